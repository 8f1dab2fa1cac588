package id.go.malangkota.ejkn.deactivation;

import id.go.malangkota.ejkn.bpjs.ActivationCheck;
import id.go.malangkota.ejkn.bpjs.BpjsClient;
import id.go.malangkota.ejkn.bpjs.Masking;
import id.go.malangkota.ejkn.bpjs.Participant;
import id.go.malangkota.ejkn.bpjs.submission.BpjsSubmissionPort;
import id.go.malangkota.ejkn.bpjs.submission.IdempotencyKey;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionMember;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionReceipt;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionRequest;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionType;
import id.go.malangkota.ejkn.intake.ApplicationVariables;
import id.go.malangkota.ejkn.intake.IdentityNumbers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * The steps of the deactivation SOP that are glue: the evidence check, the BPJS look-up, the verifier's file, the
 * submission through the submission port and its confirmation by look-up, and the recorded outcome. Which evidence,
 * whether the city may deactivate, and who verifies are the DMN tables' decisions; this class passes facts in and
 * records results. Times come from the engine's clock.
 */
@Service
public class DeactivationProcessService {

  /** Verifier decisions and reasons as the form verify-deactivation submits them. */
  static final Map<String, String> VERIFICATION_REASONS = Map.of(
      "EVIDENCE_INVALID", "Bukti tidak sah atau tidak sesuai alasan",
      "NOT_CONFIRMED", "Data instansi tidak membenarkan alasan penonaktifan",
      "WRONG_PERSON", "Identitas (NIK) tidak sesuai dengan orang yang dimaksud",
      "OTHER", "Alasan lain");

  private final BpjsClient client;
  private final ActivationCheck activation;
  private final BpjsSubmissionPort submissions;
  private final ApplicationVariables json;

  public DeactivationProcessService(BpjsClient client, ActivationCheck activation, BpjsSubmissionPort submissions,
      ApplicationVariables json) {
    this.client = client;
    this.activation = activation;
    this.submissions = submissions;
    this.json = json;
  }

  /**
   * Compares the evidence the {@code required-documents} table asks for with what was handed in. A request that
   * declared no documents at all (API without {@code documents}) counts as handed in and is marked for the verifier.
   */
  @SuppressWarnings("unchecked")
  public void checkDocuments(DelegateExecution execution) {
    boolean declared = !Boolean.FALSE.equals(execution.getVariable(DeactivationVariables.DOCUMENTS_DECLARED));
    List<Map<String, Object>> required = (List<Map<String, Object>>) execution.getVariable("requiredDocuments");
    List<String> missing = new ArrayList<>();
    List<String> evidence = new ArrayList<>();
    for (Map<String, Object> doc : required == null ? List.<Map<String, Object>>of() : required) {
      String flag = (String) doc.get("documentFlag");
      String label = (String) doc.get("documentLabel");
      boolean given = flag != null && Boolean.TRUE.equals(execution.getVariable(ApplicationVariables.formFlag(flag)));
      boolean mandatory = Boolean.TRUE.equals(doc.get("mandatory"));
      if (declared && mandatory && !given) {
        missing.add(label);
      }
      evidence.add((declared ? (given ? "✔ " : "✘ ") : "? ") + label + (mandatory ? "" : " (bila ada)"));
    }
    execution.setVariable("missingDocuments", json.toJson(missing));
    execution.setVariable("evidenceChecklist", json.toJson(evidence));
    execution.setVariable("documentsComplete", missing.isEmpty());
  }

  /** What BPJS knows about the person today (idempotent, so a retried job simply asks again). */
  public void lookUp(DelegateExecution execution) {
    String nik = (String) execution.getVariable(DeactivationVariables.NIK);
    Participant p = client.findByNik(nik);
    execution.setVariable("bpjsStatus", p.status().name());
    execution.setVariable("bpjsSegment", p.segment().name());
    execution.setVariable("cardNumber", p.cardNumber());
    execution.setVariable("participantName", p.name());
    execution.setVariable("participantBirthDate", p.birthDate() == null ? null : p.birthDate().toString());
    execution.setVariable("fktpName", p.fktp() == null ? null : p.fktp().name());
    execution.setVariable("careClass", p.careClass() == null ? null : p.careClass().name());
    if (p.name() != null && !p.name().isBlank()) {
      execution.setVariable("applicantName", p.name());
    }
  }

  /** The agencies the {@code verification-route} table chose become the candidate groups of the verification. */
  @SuppressWarnings("unchecked")
  public void prepareVerification(DelegateExecution execution) {
    List<String> agencies = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    Object route = execution.getVariable("verificationRoute");
    if (route instanceof List<?> rows) {
      for (Object row : rows) {
        Map<String, Object> r = (Map<String, Object>) row;
        agencies.add(String.valueOf(r.get("agency")));
        labels.add(String.valueOf(r.get("agencyLabel")));
      }
    }
    if (agencies.isEmpty()) {
      // a table edit left a reason without a verifier: stop here as an incident rather than skip verification
      throw new IllegalStateException("Tabel verification-route tidak menghasilkan instansi verifikator untuk alasan "
          + execution.getVariable(DeactivationVariables.REASON) + "; lengkapi tabel lalu ulangi (retry) pekerjaan ini.");
    }
    execution.setVariable("deactivationVerifiers", String.join(",", agencies));
    execution.setVariable("verifierLabels", String.join(", ", labels));
    for (String v : List.of("verificationDecision", "verificationReason", "verificationNote")) {
      execution.removeVariable(v);
    }
    refreshSummary(execution);
  }

  /** The verifier has decided: the file Kepala Dinkes signs shows who and what. */
  public void recordVerification(DelegateExecution execution) {
    refreshSummary(execution);
  }

  /** Submits the deactivation once; a retry with the same key returns the first receipt and sends nothing. */
  public void submit(DelegateExecution execution) {
    String nik = (String) execution.getVariable(DeactivationVariables.NIK);
    String name = (String) execution.getVariable("participantName");
    Object bpjsBirthDate = execution.getVariable("participantBirthDate");
    LocalDate birthDate = bpjsBirthDate != null ? LocalDate.parse(bpjsBirthDate.toString())
        : IdentityNumbers.encodedBirthDate(nik, LocalDate.now().getYear()).orElseThrow();
    SubmissionMember member = new SubmissionMember(nik, name == null ? "NIK " + Masking.nik(nik) : name, birthDate,
        null, (String) execution.getVariable("cardNumber"), null);
    String key = IdempotencyKey.of(execution.getProcessInstanceId(), SubmissionType.DEACTIVATE, List.of(nik));
    Object signedBy = execution.getVariable("signDeactivationCompletedBy");
    SubmissionReceipt receipt = submissions.submit(new SubmissionRequest(key, SubmissionType.DEACTIVATE, List.of(member),
        (String) execution.getVariable(DeactivationVariables.REASON), false,
        (String) execution.getVariable("applicationNumber"), signedBy == null ? null : signedBy.toString()));
    execution.setVariable("submissionReference", receipt.reference());
    execution.setVariable("submissionKey", key);
    execution.setVariable("deactivationWaitStarted", ClockUtil.getCurrentTime());
  }

  /** Whether the look-up shows the membership ended; sets {@code deactivationConfirmed} and {@code deactivationOverdue}. */
  @SuppressWarnings("unchecked")
  public void checkConfirmed(DelegateExecution execution) {
    boolean done = activation.isCompleted(SubmissionType.DEACTIVATE,
        (String) execution.getVariable(DeactivationVariables.NIK));
    execution.setVariable("deactivationConfirmed", done);
    Map<String, Object> polling = (Map<String, Object>) execution.getVariable("deactivationPolling");
    Duration maxWait = Duration.parse(String.valueOf(polling == null ? "P2D" : polling.get("maxWait")));
    Date started = (Date) execution.getVariable("deactivationWaitStarted");
    Instant now = ClockUtil.getCurrentTime().toInstant();
    execution.setVariable("deactivationOverdue", !done && started != null
        && !now.isBefore(started.toInstant().plus(maxWait)));
    if (done) {
      execution.setVariable("deactivationOutcome", "DEACTIVATED");
      execution.setVariable("deactivationOutcomeText", "Kepesertaan JKN yang dibiayai Pemerintah Kota Malang telah "
          + "dinonaktifkan oleh BPJS Kesehatan.");
    }
  }

  public void restartWait(DelegateExecution execution) {
    execution.setVariable("deactivationWaitStarted", ClockUtil.getCurrentTime());
  }

  /** Why the request did not end in a deactivation, from the step that stopped it (the latest step first). */
  @SuppressWarnings("unchecked")
  public void recordOutcome(DelegateExecution execution) {
    String code;
    String text;
    if ("CLOSE_FAILED".equals(execution.getVariable("followUpDecision"))) {
      code = "NOT_CONFIRMED_BY_BPJS";
      text = "BPJS Kesehatan belum mengonfirmasi penonaktifan" + note(execution, "followUpNote");
    } else if ("REJECT".equals(execution.getVariable("signDecision"))) {
      code = "REJECTED_BY_KADINKES";
      text = "Ditolak Kepala Dinas Kesehatan" + note(execution, "signNote");
    } else if ("REJECT".equals(execution.getVariable("verificationDecision"))) {
      code = "REJECTED_BY_VERIFIER";
      Object reason = execution.getVariable("verificationReason");
      text = "Ditolak " + execution.getVariable("verifierLabels") + ": "
          + VERIFICATION_REASONS.getOrDefault(reason == null ? "OTHER" : reason.toString(), String.valueOf(reason))
          + note(execution, "verificationNote");
    } else {
      Map<String, Object> verdict = (Map<String, Object>) execution.getVariable("deactivationEligibility");
      code = verdict == null ? "NOT_ALLOWED" : String.valueOf(verdict.get("reason"));
      text = verdict == null ? "Penonaktifan tidak dapat dilakukan." : String.valueOf(verdict.get("reasonText"));
    }
    execution.setVariable("deactivationOutcome", code);
    execution.setVariable("deactivationOutcomeText", text);
  }

  public void refreshSummary(DelegateExecution execution) {
    execution.setVariable("verificationSummary", DeactivationSummary.markdown(execution, json));
  }

  private static String note(DelegateExecution execution, String name) {
    Object n = execution.getVariable(name);
    return n == null || n.toString().isBlank() ? "." : ": " + n.toString().trim();
  }
}
