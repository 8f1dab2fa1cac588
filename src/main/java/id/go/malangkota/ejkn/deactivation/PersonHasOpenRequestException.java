package id.go.malangkota.ejkn.deactivation;

import id.go.malangkota.ejkn.application.CandidateAlreadyOpenException;
import java.util.List;

/**
 * The person already has a request in progress (a registration or another deactivation): HTTP 409 with the same
 * code as every open-request conflict ({@code CANDIDATE_HAS_OPEN_APPLICATION}), worded for a deactivation.
 */
public class PersonHasOpenRequestException extends CandidateAlreadyOpenException {

  private final String requestType;

  public PersonHasOpenRequestException(String nik, String openNumber, String requestType) {
    super(List.of(nik), openNumber);
    this.requestType = requestType;
  }

  public String requestType() {
    return requestType;
  }

  @Override
  public String getMessage() {
    String what = DeactivationVariables.REQUEST_TYPE.equals(requestType) ? "permohonan penonaktifan"
        : "permohonan kepesertaan (pendaftaran/peralihan/reaktivasi)";
    return "Peserta ini masih memiliki " + what + " yang sedang diproses (" + openApplication() + "). "
        + "Penonaktifan dapat diajukan setelah permohonan itu selesai.";
  }
}
