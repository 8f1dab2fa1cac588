package id.go.malangkota.ejkn.application;

/**
 * The file a task form shows for one kind of request ({{verificationSummary}}): the family and candidates of an
 * application, or the person and evidence of a deactivation. Implemented by the domain that owns the register.
 */
public interface TaskFile {

  boolean supports(RequestType type);

  String file(String number, String kelurahanName);
}
