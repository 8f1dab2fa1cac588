package id.go.malangkota.ejkn.intake;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * An officer tried to act for a kelurahan that is not theirs (HTTP 403 through our API and the engine's REST API
 * alike: it is an {@link AuthorizationException}).
 */
public class KelurahanNotYoursException extends AuthorizationException {

  public static final String CODE = "KELURAHAN_NOT_YOURS";
  public static final String MESSAGE = "Anda hanya dapat mengajukan permohonan untuk kelurahan Anda sendiri.";

  public KelurahanNotYoursException() {
    super(MESSAGE);
  }
}
