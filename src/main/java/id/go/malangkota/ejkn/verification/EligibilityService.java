package id.go.malangkota.ejkn.verification;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Service;

/**
 * Evaluates the decisions about a candidate and a verification round ({@code jkn-eligibility},
 * {@code verification-outcome}: dmn/, the process owner's tables). They are the system's acts, so they run without
 * the current officer's authorizations; evaluated inside a process step, the engine records each evaluation in the
 * decision history of that process instance (the audit trail shows inputs and outputs).
 */
@Service
public class EligibilityService {

  public static final String DECISION = "jkn-eligibility";
  public static final String OUTCOME_DECISION = "verification-outcome";

  /** The facts of one candidate; {@code welfareRefusal} is Dinsos's reason code when it refused them, else null. */
  public record Facts(String requestType, boolean residentOfMalang, String bpjsStatus, String bpjsSegment,
      boolean formalWorker, boolean hasRtRwLetter, boolean hasStampedStatement, boolean hasHospitalLetter,
      String welfareRefusal) {}

  public record Verdict(boolean eligible, String reason, String reasonText) {}

  private final DecisionService decisions;

  public EligibilityService(DecisionService decisions) {
    this.decisions = decisions;
  }

  public Verdict evaluate(Facts facts) {
    Map<String, Object> in = new HashMap<>();
    in.put("requestType", facts.requestType());
    in.put("residentOfMalang", facts.residentOfMalang());
    in.put("bpjsStatus", facts.bpjsStatus());
    in.put("bpjsSegment", facts.bpjsSegment());
    in.put("formalWorker", facts.formalWorker());
    in.put("hasRtRwLetter", facts.hasRtRwLetter());
    in.put("hasStampedStatement", facts.hasStampedStatement());
    in.put("hasHospitalLetter", facts.hasHospitalLetter());
    in.put("welfareRefusal", facts.welfareRefusal());
    DmnDecisionResultEntries result = evaluate(DECISION, in);
    return new Verdict(Boolean.TRUE.equals(result.get("eligible")), (String) result.get("reason"),
        (String) result.get("reasonText"));
  }

  /** Whether this verification round goes back to the kelurahan for correction ({@code verification-outcome}). */
  public boolean roundReturned(boolean anyReturned) {
    Map<String, Object> in = new HashMap<>();
    in.put("anyReturned", anyReturned);
    return "RETURNED".equals(evaluate(OUTCOME_DECISION, in).get("outcome"));
  }

  private DmnDecisionResultEntries evaluate(String key, Map<String, Object> in) {
    DmnDecisionResultEntries result = Context.getCommandContext() == null
        ? decisions.evaluateDecisionByKey(key).variables(in).evaluate().getSingleResult()
        : Context.getCommandContext().runWithoutAuthorization(
            () -> decisions.evaluateDecisionByKey(key).variables(in).evaluate().getSingleResult());
    if (result == null) {
      throw new IllegalStateException("Tabel " + key + " tidak memberi hasil untuk " + in
          + "; lengkapi tabel melalui usulan perubahan SOP.");
    }
    return result;
  }
}
