package id.go.malangkota.ejkn.intake;

import java.util.List;

/** The body is not JSON at all (HTTP 400, code MALFORMED_JSON); nothing was read or stored. */
public class MalformedRequestException extends InvalidApplicationException {

  public static final String MESSAGE = "Isi permintaan bukan JSON yang valid.";

  public MalformedRequestException() {
    super(List.of(new FieldError("", MESSAGE)));
  }
}
