package id.go.malangkota.ejkn.intake;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One candidate's way through the application (the JSON variable {@code candidates} holds one per candidate):
 * what BPJS said, what the eligibility decision said, the FKTP, and the outcome.
 *
 * @param outcome IN_PROGRESS, NOT_ELIGIBLE, REJECTED, SUBMITTED, ACTIVE, ACTIVATION_FAILED
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CandidateResult(
    String nik, String name, String birthDate, String relationship,
    String bpjsStatus, String bpjsSegment, String cardNumber, String careClass, Long arrears,
    Boolean eligible, String reason, String reasonText,
    String fktpCode, String fktpName,
    String outcome, String outcomeReason, String outcomeText) {

  public static CandidateResult of(ApplicationRequest.Member m) {
    return new CandidateResult(m.nik(), m.name(), m.birthDate(), m.relationship(), null, null, null, null, null, null,
        null, null, null, null, "IN_PROGRESS", null, null);
  }

  public CandidateResult withBpjs(String status, String segment, String card, String careClass, Long arrears) {
    return new CandidateResult(nik, name, birthDate, relationship, status, segment, card, careClass, arrears, eligible,
        reason, reasonText, fktpCode, fktpName, outcome, outcomeReason, outcomeText);
  }

  public CandidateResult withEligibility(boolean isEligible, String code, String text) {
    return new CandidateResult(nik, name, birthDate, relationship, bpjsStatus, bpjsSegment, cardNumber, careClass, arrears,
        isEligible, code, text, fktpCode, fktpName, isEligible ? outcome : "NOT_ELIGIBLE",
        isEligible ? outcomeReason : code, isEligible ? outcomeText : text);
  }

  public CandidateResult withFktp(String code, String fktp) {
    return new CandidateResult(nik, name, birthDate, relationship, bpjsStatus, bpjsSegment, cardNumber, careClass, arrears,
        eligible, reason, reasonText, code, fktp, outcome, outcomeReason, outcomeText);
  }

  public CandidateResult withOutcome(String newOutcome, String code, String text) {
    return new CandidateResult(nik, name, birthDate, relationship, bpjsStatus, bpjsSegment, cardNumber, careClass, arrears,
        eligible, reason, reasonText, fktpCode, fktpName, newOutcome, code, text);
  }

  public CandidateResult withCard(String card) {
    return new CandidateResult(nik, name, birthDate, relationship, bpjsStatus, bpjsSegment, card, careClass, arrears,
        eligible, reason, reasonText, fktpCode, fktpName, outcome, outcomeReason, outcomeText);
  }

  public boolean stillIn() {
    return !"NOT_ELIGIBLE".equals(outcome) && !"REJECTED".equals(outcome);
  }
}
