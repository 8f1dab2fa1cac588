package id.go.malangkota.ejkn.governance;

import org.camunda.bpm.engine.AuthorizationException;

/** A human user tried an engine command reserved for the SOP publishing path (ADR 1501). */
public class EngineRightRefusedException extends AuthorizationException {

  public static final String CODE = "ENGINE_RIGHT_RESERVED";
  public static final String MESSAGE = "Tindakan ini (%s) tidak dapat dilakukan langsung oleh pengguna mana pun, termasuk"
      + " administrator: model dan definisi proses hanya berubah melalui jalur publikasi SOP. Ajukan usulan ke"
      + " /api/sop-proposals; setelah disetujui Kepala Dinas Kesehatan atau admin, sistem yang men-deploy.";

  private final String action;

  public EngineRightRefusedException(String userId, String action) {
    super(String.format(MESSAGE, action));
    this.action = action;
  }

  public String action() {
    return action;
  }
}
