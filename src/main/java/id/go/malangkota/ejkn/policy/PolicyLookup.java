package id.go.malangkota.ejkn.policy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;

/**
 * Looks a value up in a policy table (DMN) the process owner maintains — a deadline, a polling interval, a window —
 * without writing decision history: these look-ups happen at every task and are not decisions about a person
 * (ADR 1402). Decisions an auditor must be able to retrace (eligibility, representation, routing) go through the
 * engine's decision service and keep their history.
 *
 * <p>Uses the latest deployed version of the table, re-read at most every {@link #REFRESH} (a published change
 * takes effect within seconds, on every node).
 */
public class PolicyLookup {

  static final Duration REFRESH = Duration.ofSeconds(10);

  private final Supplier<ProcessEngineConfigurationImpl> engine;
  private final Map<String, Cached> latest = new ConcurrentHashMap<>();
  /** A DMN engine of its own, without the process engine's history listener. */
  private final org.camunda.bpm.dmn.engine.DmnEngine dmn =
      org.camunda.bpm.dmn.engine.DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private record Cached(DmnDecision decision, long readAt) {}

  /** @param engine the engine's configuration, asked for at the first look-up (plugins create the lookup early) */
  public PolicyLookup(Supplier<ProcessEngineConfigurationImpl> engine) {
    this.engine = engine;
  }

  /** The single matching rule's outputs (hit policy UNIQUE/FIRST), or empty when no rule matches. */
  public Optional<Map<String, Object>> single(String decisionKey, Map<String, Object> inputs) {
    DmnDecisionResult result = evaluate(decisionKey, inputs);
    return result.isEmpty() ? Optional.empty() : Optional.of(result.getSingleResult().getEntryMap());
  }

  /** The outputs of every matching rule (hit policy COLLECT), in rule order. */
  public List<Map<String, Object>> all(String decisionKey, Map<String, Object> inputs) {
    return evaluate(decisionKey, inputs).getResultList();
  }

  /**
   * The outputs of every matching rule, evaluated by the engine's own DMN engine so that the evaluation is written to
   * decision history: called from a service task, it is linked to that task's process instance (Cockpit and the audit
   * trail show it). For decisions about a person — e.g. which documents stop an application — not for look-ups.
   */
  public List<Map<String, Object>> decideAll(String decisionKey, Map<String, Object> inputs) {
    return engine.get().getDmnEngine().evaluateDecision(decision(decisionKey), inputs).getResultList();
  }

  /** Like {@link #single} but the table must answer: a table without a matching rule is a modelling error. */
  public Map<String, Object> required(String decisionKey, Map<String, Object> inputs) {
    return single(decisionKey, inputs).orElseThrow(() -> new IllegalStateException("Tabel " + decisionKey
        + " tidak memiliki aturan untuk " + inputs + "; lengkapi tabel melalui usulan perubahan SOP."));
  }

  /**
   * The literal outputs of every rule of the table, in rule order (e.g. every document the {@code required-documents}
   * table knows, with its label); text values without their quotes.
   */
  public List<Map<String, String>> ruleOutputs(String decisionKey) {
    var table = (org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl) decision(decisionKey).getDecisionLogic();
    List<Map<String, String>> rows = new java.util.ArrayList<>();
    for (var rule : table.getRules()) {
      Map<String, String> row = new java.util.LinkedHashMap<>();
      for (int i = 0; i < table.getOutputs().size(); i++) {
        String text = rule.getConclusions().get(i).getExpression();
        String value = text == null ? null : text.strip();
        if (value != null && value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        row.put(table.getOutputs().get(i).getOutputName(), value);
      }
      rows.add(row);
    }
    return rows;
  }

  private DmnDecisionResult evaluate(String decisionKey, Map<String, Object> inputs) {
    return dmn.evaluateDecision(decision(decisionKey), inputs);
  }

  private DmnDecision decision(String key) {
    long now = System.currentTimeMillis();
    Cached cached = latest.get(key);
    if (cached != null && now - cached.readAt() < REFRESH.toMillis()) {
      return cached.decision();
    }
    ProcessEngineConfigurationImpl configuration = engine.get();
    Command<DecisionDefinitionEntity> find = context -> context.runWithoutAuthorization(
        () -> (DecisionDefinitionEntity) configuration.getDeploymentCache().findDeployedLatestDecisionDefinitionByKey(key));
    DecisionDefinitionEntity definition = configuration.getCommandExecutorTxRequired().execute(find);
    latest.put(key, new Cached(definition, now));
    return definition;
  }

}
