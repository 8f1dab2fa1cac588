package id.go.malangkota.ejkn.verification;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Service;

/**
 * Evaluates the {@code jkn-eligibility} decision (dmn/, the process owner's table) for one candidate. The decision
 * is the system's act, so it runs without the current officer's authorizations; the engine records every
 * evaluation in its decision history.
 */
@Service
public class EligibilityService {

  public static final String DECISION = "jkn-eligibility";

  public record Facts(String requestType, boolean residentOfMalang, String bpjsStatus, String bpjsSegment,
      boolean formalWorker, boolean hasRtRwLetter, boolean hasStampedStatement, boolean hasHospitalLetter) {}

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
    DmnDecisionResultEntries result = Context.getCommandContext() == null
        ? decisions.evaluateDecisionByKey(DECISION).variables(in).evaluate().getSingleResult()
        : Context.getCommandContext().runWithoutAuthorization(
            () -> decisions.evaluateDecisionByKey(DECISION).variables(in).evaluate().getSingleResult());
    return new Verdict(Boolean.TRUE.equals(result.get("eligible")), (String) result.get("reason"),
        (String) result.get("reasonText"));
  }
}
