package id.go.malangkota.ejkn.bpjs;

import id.go.malangkota.ejkn.bpjs.submission.BpjsSubmissionPort;
import id.go.malangkota.ejkn.bpjs.submission.IdempotencyKey;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionMember;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionReceipt;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionRequest;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionType;
import id.go.malangkota.ejkn.intake.ApplicationRequest;
import id.go.malangkota.ejkn.intake.ApplicationVariables;
import id.go.malangkota.ejkn.intake.CandidateResult;
import id.go.malangkota.ejkn.intake.Candidates;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * The application's side of BPJS: the status check of every candidate, the submission of the approved ones
 * through the submission port, and the confirmation of activation by look-up. Times come from the engine's clock.
 */
@Service
public class BpjsEnrolmentService {

  private final BpjsClient client;
  private final BpjsSubmissionPort submissions;
  private final Candidates candidates;
  private final ApplicationVariables variables;

  public BpjsEnrolmentService(BpjsClient client, BpjsSubmissionPort submissions, Candidates candidates,
      ApplicationVariables variables) {
    this.client = client;
    this.submissions = submissions;
    this.candidates = candidates;
    this.variables = variables;
  }

  public static SubmissionType submissionType(String requestType) {
    return switch (requestType) {
      case "SWITCH_FROM_MANDIRI" -> SubmissionType.CHANGE_SEGMENT;
      case "URGENT_REACTIVATION" -> SubmissionType.REACTIVATE;
      default -> SubmissionType.REGISTER;
    };
  }

  /** Looks every candidate up at BPJS (idempotent, so a retried job simply asks again). */
  public void checkStatus(DelegateExecution execution) {
    candidates.updateAll(execution, c -> {
      Participant p = client.findByNik(c.nik());
      return c.withBpjs(p.status().name(), p.segment().name(), p.cardNumber(),
          p.careClass() == null ? null : p.careClass().name(),
          p.arrears() == null ? null : p.arrears().longValue());
    });
  }

  /** Submits the approved candidates once; a retry with the same key returns the first receipt. */
  public void submit(DelegateExecution execution) {
    ApplicationRequest a = variables.read(execution);
    SubmissionType type = submissionType(a.type());
    List<CandidateResult> approved = candidates.read(execution).stream().filter(CandidateResult::stillIn).toList();
    List<SubmissionMember> members = approved.stream().map(c -> new SubmissionMember(c.nik(), c.name(),
        LocalDate.parse(c.birthDate().substring(0, 10)), a.familyCardNumber(), c.cardNumber(),
        c.fktpCode() == null ? null : new Fktp(c.fktpCode(), c.fktpName()))).toList();
    String key = IdempotencyKey.of(execution.getProcessInstanceId(), type,
        approved.stream().map(CandidateResult::nik).toList());
    Object signedBy = execution.getVariable("signApprovalCompletedBy");
    SubmissionReceipt receipt = submissions.submit(new SubmissionRequest(key, type, members, null,
        "URGENT_REACTIVATION".equals(a.type()), (String) execution.getVariable("applicationNumber"),
        signedBy == null ? null : signedBy.toString()));
    execution.setVariable("submissionReference", receipt.reference());
    execution.setVariable("submissionKey", key);
    execution.setVariable("activationWaitStarted", ClockUtil.getCurrentTime());
    candidates.updateAll(execution, c -> c.stillIn() ? c.withOutcome("SUBMITTED", "SUBMITTED",
        "Diajukan ke BPJS Kesehatan, menunggu aktivasi.") : c);
  }

  /** Which submitted candidates BPJS now shows active; sets {@code allActive} and {@code activationOverdue}. */
  @SuppressWarnings("unchecked")
  public void checkActivation(DelegateExecution execution) {
    candidates.updateAll(execution, c -> {
      if (!"SUBMITTED".equals(c.outcome())) {
        return c;
      }
      Participant p = client.findByNik(c.nik());
      boolean done = p.isActive() && p.segment() == Segment.PBI_APBD;
      return done ? c.withCard(p.cardNumber()).withOutcome("ACTIVE", "ACTIVE",
          "Kartu KIS aktif, nomor " + p.cardNumber() + (c.fktpName() == null ? "" : ", FKTP " + c.fktpName()) + ".") : c;
    });
    boolean allActive = candidates.read(execution).stream().noneMatch(c -> "SUBMITTED".equals(c.outcome()));
    execution.setVariable("allActive", allActive);
    Map<String, Object> polling = (Map<String, Object>) execution.getVariable("activationPolling");
    Duration maxWait = Duration.parse(String.valueOf(polling == null ? "P2D" : polling.get("maxWait")));
    Date started = (Date) execution.getVariable("activationWaitStarted");
    Instant now = ClockUtil.getCurrentTime().toInstant();
    execution.setVariable("activationOverdue", !allActive && started != null
        && !now.isBefore(started.toInstant().plus(maxWait)));
  }

  public void restartWait(DelegateExecution execution) {
    execution.setVariable("activationWaitStarted", ClockUtil.getCurrentTime());
  }

  public void recordFailure(DelegateExecution execution) {
    Object note = execution.getVariable("followUpNote");
    candidates.updateAll(execution, c -> "SUBMITTED".equals(c.outcome()) ? c.withOutcome("ACTIVATION_FAILED",
        "ACTIVATION_FAILED", "Aktivasi oleh BPJS tidak terkonfirmasi" + (note == null ? "." : ": " + note)) : c);
  }
}
