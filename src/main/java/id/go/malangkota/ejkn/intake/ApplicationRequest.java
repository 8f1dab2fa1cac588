package id.go.malangkota.ejkn.intake;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An application as the kelurahan officer enters it (CONTRACT.md, {@code POST /api/applications}): the input, not
 * yet validated. Dates stay strings so that a wrong date becomes a field error in Indonesian rather than a parse
 * failure. Unknown fields are refused (a typo must not be silently dropped).
 */
@JsonIgnoreProperties(ignoreUnknown = false)
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

  @JsonIgnoreProperties(ignoreUnknown = false)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SubmittedBy(String relation, String name, String nik, Boolean powerOfAttorney) {
    SubmittedBy normalised() {
      return new SubmittedBy(trim(relation), trim(name), trim(nik), powerOfAttorney);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = false)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Member(String nik, String name, String birthDate, String relationship, Boolean candidate) {
    public boolean isCandidate() {
      return Boolean.TRUE.equals(candidate);
    }

    Member normalised() {
      return new Member(trim(nik), trim(name), trim(birthDate), trim(relationship), candidate);
    }
  }

  public boolean document(String flag) {
    return documents != null && Boolean.TRUE.equals(documents.get(flag));
  }

  /** The candidates among the members (a missing member counts as none). */
  public List<Member> candidates() {
    return members == null ? List.of()
        : members.stream().filter(m -> m != null && m.isCandidate()).toList();
  }

  /** Leading and trailing spaces removed, empty optional fields absent. */
  public ApplicationRequest normalised() {
    return new ApplicationRequest(trim(type), trim(kelurahanCode), trim(familyCardNumber), trim(address), trim(phone),
        blankToNull(email), submittedBy == null ? null : submittedBy.normalised(),
        members == null ? null : members.stream().map(m -> m == null ? null : m.normalised()).toList(), documents,
        blankToNull(hospitalAdmission));
  }

  public ApplicationRequest withKelurahanCode(String code) {
    return new ApplicationRequest(type, code, familyCardNumber, address, phone, email, submittedBy, members, documents,
        hospitalAdmission);
  }

  public ApplicationRequest withKelurahanCodeIfAbsent(String code) {
    return kelurahanCode == null || kelurahanCode.isBlank() ? withKelurahanCode(code) : this;
  }

  public ApplicationRequest withType(String newType) {
    return new ApplicationRequest(newType, kelurahanCode, familyCardNumber, address, phone, email, submittedBy, members,
        documents, hospitalAdmission);
  }

  public ApplicationRequest withDocuments(Map<String, Boolean> newDocuments) {
    return new ApplicationRequest(type, kelurahanCode, familyCardNumber, address, phone, email, submittedBy, members,
        new LinkedHashMap<>(newDocuments), hospitalAdmission);
  }

  public ApplicationRequest withHospitalAdmission(String admission) {
    return new ApplicationRequest(type, kelurahanCode, familyCardNumber, address, phone, email, submittedBy, members,
        documents, admission);
  }

  static String trim(String s) {
    return s == null ? null : s.strip();
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
