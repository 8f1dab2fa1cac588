package id.go.malangkota.ejkn.intake;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * An application as the kelurahan officer enters it (CONTRACT.md, {@code POST /api/applications}). Dates stay
 * strings here so that a wrong date becomes a field error in Indonesian rather than a parse failure.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationRequest(
    String type,
    String kelurahanCode,
    String familyCardNumber,
    String address,
    String phone,
    String email,
    SubmittedBy submittedBy,
    List<Member> members,
    Map<String, Boolean> documents,
    String hospitalAdmission) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SubmittedBy(String relation, String name, String nik, Boolean powerOfAttorney) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Member(String nik, String name, String birthDate, String relationship, Boolean candidate) {
    public boolean isCandidate() {
      return Boolean.TRUE.equals(candidate);
    }
  }

  public boolean document(String flag) {
    return documents != null && Boolean.TRUE.equals(documents.get(flag));
  }

  public List<Member> candidates() {
    return members == null ? List.of() : members.stream().filter(Member::isCandidate).toList();
  }

  public ApplicationRequest withKelurahanCode(String code) {
    return new ApplicationRequest(type, code, familyCardNumber, address, phone, email, submittedBy, members, documents,
        hospitalAdmission);
  }

  public ApplicationRequest withPhone(String normalised) {
    return new ApplicationRequest(type, kelurahanCode, familyCardNumber, address, normalised, email, submittedBy, members,
        documents, hospitalAdmission);
  }
}
