package id.go.malangkota.ejkn.application;

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

  public static final String IN_PROGRESS = "IN_PROGRESS";
  public static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";
  public static final String REJECTED = "REJECTED";
  public static final String SUBMITTED = "SUBMITTED";
  public static final String ACTIVE = "ACTIVE";
  public static final String ACTIVATION_FAILED = "ACTIVATION_FAILED";

  /** How a resident reads an outcome, e.g. in a mail: "AKTIF", "ditolak". */
  public static String outcomeLabel(String outcome) {
    return switch (outcome == null ? "" : outcome) {
      case ACTIVE -> "AKTIF";
      case NOT_ELIGIBLE -> "tidak memenuhi syarat";
      case REJECTED -> "ditolak";
      case ACTIVATION_FAILED -> "gagal diaktifkan";
      case SUBMITTED -> "diajukan ke BPJS";
      default -> "diproses";
    };
  }

  public static CandidateResult of(Application.Member m) {
    return new CandidateResult(m.nik(), m.name(), m.birthDate().toString(), m.relationship(), null, null, null, null,
        null, null, null, null, null, null, IN_PROGRESS, null, null);
  }

  public CandidateResult withBpjs(String status, String segment, String card, String careClass, Long arrears) {
    return new CandidateResult(nik, name, birthDate, relationship, status, segment, card, careClass, arrears, eligible,
        reason, reasonText, fktpCode, fktpName, outcome, outcomeReason, outcomeText);
  }

  public CandidateResult withEligibility(boolean isEligible, String code, String text) {
    return new CandidateResult(nik, name, birthDate, relationship, bpjsStatus, bpjsSegment, cardNumber, careClass, arrears,
        isEligible, code, text, fktpCode, fktpName, isEligible ? outcome : NOT_ELIGIBLE,
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
    return !NOT_ELIGIBLE.equals(outcome) && !REJECTED.equals(outcome);
  }
}
