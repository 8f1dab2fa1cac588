package id.go.malangkota.ejkn.intake;

import java.util.List;

/** The application has invalid fields; nothing was stored. */
public class InvalidApplicationException extends org.camunda.bpm.engine.BadUserRequestException {

  private final transient List<FieldError> errors;

  public InvalidApplicationException(List<FieldError> errors) {
    super("Permohonan belum dapat disimpan. " + FieldLabels.describe(errors));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
