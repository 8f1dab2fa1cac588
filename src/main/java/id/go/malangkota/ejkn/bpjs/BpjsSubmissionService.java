package id.go.malangkota.ejkn.bpjs;

import id.go.malangkota.ejkn.application.RequestType;
import id.go.malangkota.ejkn.bpjs.submission.BpjsSubmissionPort;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionReceipt;
import id.go.malangkota.ejkn.policy.PolicyLookup;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The shared BPJS submission (ADR 1403): submit once through the submission port, then ask BPJS on the
 * {@code activation-polling} table's schedule until it confirms, or hand over to Dinkes when the wait is too long.
 * Used by every service that needs BPJS to act, through its {@link SubmissionSubject}.
 */
@Service
public class BpjsSubmissionService {

  public static final String POLLING = "activation-polling";

  /** What the look-up showed: whether BPJS confirmed, whether the wait is too long, and when to ask again. */
  public record Check(boolean confirmed, boolean overdue, String pollInterval) {}

  private final BpjsSubmissionPort port;
  private final List<SubmissionSubject> subjects;
  private final PolicyLookup policy;

  public BpjsSubmissionService(BpjsSubmissionPort port, List<SubmissionSubject> subjects, PolicyLookup policy) {
    this.port = port;
    this.subjects = subjects;
    this.policy = policy;
  }

  /** Submits once; a retry with the same key returns the first receipt and sends nothing. */
  public SubmissionReceipt submit(RequestType type, String number, String processInstanceId) {
    SubmissionSubject subject = subject(type);
    SubmissionReceipt receipt = port.submit(subject.request(number, processInstanceId));
    subject.submitted(number);
    return receipt;
  }

  public Check check(RequestType type, String number, Instant waitStarted, Instant now) {
    boolean confirmed = subject(type).confirmed(number);
    Map<String, Object> plan = policy.required(POLLING, Map.of("requestType", type.name()));
    Duration maxWait = Duration.parse(String.valueOf(plan.get("maxWait")));
    boolean overdue = !confirmed && waitStarted != null && !now.isBefore(waitStarted.plus(maxWait));
    return new Check(confirmed, overdue, String.valueOf(plan.get("pollInterval")));
  }

  /** When BPJS is expected to have confirmed, for the status page: the wait's start plus the table's maximum wait. */
  public Instant expectedBy(RequestType type, Instant waitStarted) {
    Map<String, Object> plan = policy.required(POLLING, Map.of("requestType", type.name()));
    return waitStarted.plus(Duration.parse(String.valueOf(plan.get("maxWait"))));
  }

  public void notConfirmed(RequestType type, String number, String note) {
    subject(type).notConfirmed(number, note);
  }

  private SubmissionSubject subject(RequestType type) {
    return subjects.stream().filter(s -> s.supports(type)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no BPJS submission for " + type));
  }
}
