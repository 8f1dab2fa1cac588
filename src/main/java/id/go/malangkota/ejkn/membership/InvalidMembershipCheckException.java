package id.go.malangkota.ejkn.membership;

import id.go.malangkota.ejkn.intake.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/** The NIK or birth date of a check is not valid; nothing was looked up (HTTP 400). */
public class InvalidMembershipCheckException extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidMembershipCheckException(List<FieldError> errors) {
    super("Cek kepesertaan belum dapat dilakukan: " + errors.stream()
        .map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
