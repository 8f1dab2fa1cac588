package id.go.malangkota.ejkn.application;

import java.util.List;

/** A candidate already has an application in progress (HTTP 409). */
public class CandidateAlreadyOpenException extends org.camunda.bpm.engine.BadUserRequestException {

  private final transient List<String> niks;
  private final String openApplication;

  public CandidateAlreadyOpenException(List<String> niks, String openApplication) {
    super("Calon peserta masih memiliki permohonan yang sedang diproses (" + openApplication + "). "
        + "Tunggu hingga permohonan itu selesai sebelum mengajukan yang baru.");
    this.niks = List.copyOf(niks);
    this.openApplication = openApplication;
  }

  public List<String> niks() {
    return niks;
  }

  public String openApplication() {
    return openApplication;
  }
}
