package id.go.malangkota.ejkn.deactivation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * A request to stop the city's funding of one member (CONTRACT.md, {@code POST /api/deactivations}):
 * {@code kelurahanCode}, {@code nik}, {@code reason}, {@code note} are the contract; {@code email} (the family's,
 * for the notification) and {@code documents} (evidence handed in, by the flags of the {@code required-documents}
 * table) are optional additions. Unknown fields are refused.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeactivationRequest(String kelurahanCode, String nik, String reason, String note, String email,
    Map<String, Boolean> documents) {

  public DeactivationRequest withKelurahanCode(String code) {
    return new DeactivationRequest(code, nik, reason, note, email, documents);
  }

  /** Leading and trailing spaces removed, empty optional fields absent. */
  public DeactivationRequest normalised() {
    return new DeactivationRequest(trim(kelurahanCode), trim(nik), trim(reason), blankToNull(note), blankToNull(email),
        documents);
  }

  private static String trim(String s) {
    return s == null ? null : s.strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
