package id.go.malangkota.ejkn.bpjs;

import id.go.malangkota.ejkn.application.RequestType;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionRequest;

/**
 * What the shared BPJS submission ({@code jkn-bpjs-submission}) submits and confirms, for one kind of request: the
 * registration lifecycle (new, switch, urgent reactivation) or a deactivation. Implemented by the domain that owns the
 * request's register.
 */
public interface SubmissionSubject {

  boolean supports(RequestType type);

  /** The signed request for the people of this application (the same key on every retry). */
  SubmissionRequest request(String number, String processInstanceId);

  /** The submission went out. */
  void submitted(String number);

  /** Whether BPJS now shows what was asked for (cards active, or membership ended); records what it sees. */
  boolean confirmed(String number);

  /** Dinkes closed the follow-up: BPJS did not confirm. */
  void notConfirmed(String number, String note);
}
