package id.go.malangkota.ejkn.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An application as the register holds it, validated and normalised: one family card (KK) handed in at a
 * kelurahan. The engine holds only the few values its gateways, forms and decisions need (ADR 1401).
 *
 * @param documents the document flags (keys of the {@code required-documents} table's {@code documentFlag}) handed in
 */
public record Application(String number, String processInstanceId, RequestType type, String kelurahanCode,
    String familyCardNumber, String address, String phone, String email, Submitter submittedBy, List<Member> members,
    Set<String> documents, Instant hospitalAdmission, Instant overallDeadline, String createdBy, Instant createdAt) {

  /** Who handed the application in: the resident (SELF), a family member, or another person. */
  public record Submitter(String relation, String name, String nik, boolean powerOfAttorney) {}

  /** A person on the family card; {@code candidate} when the application is for them. */
  public record Member(String nik, String name, LocalDate birthDate, String relationship, boolean candidate) {}

  public Application {
    members = List.copyOf(members);
    documents = Set.copyOf(documents);
  }

  public boolean has(String documentFlag) {
    return documents.contains(documentFlag);
  }

  public List<Member> candidates() {
    return members.stream().filter(Member::candidate).toList();
  }

  /** The person the application is about: the submitter if they are on the KK, otherwise the first candidate. */
  public Member applicant() {
    String by = submittedBy.nik();
    return members.stream().filter(m -> m.nik().equals(by)).findFirst().orElse(candidates().get(0));
  }

  /** Whether the person handing it in is on the same family card (for the representation policy). */
  public boolean submittedByOnFamilyCard() {
    String by = submittedBy.nik();
    return "SELF".equals(submittedBy.relation()) || by != null && members.stream().anyMatch(m -> by.equals(m.nik()));
  }

  public Application withNumber(String applicationNumber, String instanceId) {
    return new Application(applicationNumber, instanceId, type, kelurahanCode, familyCardNumber, address, phone, email,
        submittedBy, members, documents, hospitalAdmission, overallDeadline, createdBy, createdAt);
  }
}
