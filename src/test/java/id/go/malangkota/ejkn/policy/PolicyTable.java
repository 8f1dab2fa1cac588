package id.go.malangkota.ejkn.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.DmnExpressionImpl;

/**
 * One DMN table from {@code dmn/} on the classpath, evaluated by a standalone engine with the same
 * defaults as the process engine (FEEL for input expressions and entries), recording which rules matched.
 */
final class PolicyTable {

  /** The result of one evaluation: the decision result and the ids of the rules that produced it. */
  record Evaluation(DmnDecisionResult result, List<String> matchedRuleIds) {
    Map<String, Object> single() {
      return result.getSingleResult().getEntryMap();
    }
  }

  private final String decisionId;
  private final DmnEngine engine;
  private final DmnDecision decision;
  private final List<String> lastMatched = new ArrayList<>();

  private PolicyTable(String decisionId) {
    this.decisionId = decisionId;
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    DmnDecisionTableEvaluationListener recorder = this::record;
    configuration.customPostDecisionTableEvaluationListeners(List.of(recorder));
    this.engine = configuration.buildEngine();
    try (InputStream in = resource(decisionId)) {
      this.decision = engine.parseDecision(decisionId, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PolicyTable load(String decisionId) {
    return new PolicyTable(decisionId);
  }

  static InputStream resource(String decisionId) {
    InputStream in = PolicyTable.class.getClassLoader().getResourceAsStream("dmn/" + decisionId + ".dmn");
    if (in == null) {
      throw new IllegalStateException("dmn/" + decisionId + ".dmn is not on the classpath");
    }
    return in;
  }

  private void record(DmnDecisionTableEvaluationEvent event) {
    for (DmnEvaluatedDecisionRule rule : event.getMatchingRules()) {
      lastMatched.add(rule.getId());
    }
  }

  Evaluation evaluate(Map<String, Object> variables) {
    lastMatched.clear();
    DmnDecisionResult result = engine.evaluateDecision(decision, variables);
    return new Evaluation(result, List.copyOf(lastMatched));
  }

  String decisionId() {
    return decisionId;
  }

  String hitPolicy() {
    return table().getHitPolicyHandler().getHitPolicyEntry().getHitPolicy().name();
  }

  /** Every rule id of the table, in table order. */
  Set<String> ruleIds() {
    return table().getRules().stream().map(DmnDecisionTableRuleImpl::getId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  List<String> outputNames() {
    return table().getOutputs().stream().map(DmnDecisionTableOutputImpl::getOutputName).toList();
  }

  /** The literal texts of one output column, rule by rule (rule id → FEEL text). */
  Map<String, String> outputTexts(String outputName) {
    int column = outputNames().indexOf(outputName);
    if (column < 0) {
      throw new IllegalArgumentException(decisionId + " has no output " + outputName);
    }
    Map<String, String> texts = new HashMap<>();
    for (DmnDecisionTableRuleImpl rule : table().getRules()) {
      DmnExpressionImpl conclusion = rule.getConclusions().get(column);
      texts.put(rule.getId(), conclusion.getExpression());
    }
    return Collections.unmodifiableMap(texts);
  }

  private DmnDecisionTableImpl table() {
    return (DmnDecisionTableImpl) decision.getDecisionLogic();
  }

  /** A variable map that may hold nulls: key, value, key, value… */
  static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  /** A copy of {@code base} with some variables replaced (a null value stays as an explicit null). */
  static Map<String, Object> with(Map<String, Object> base, Object... keyValues) {
    Map<String, Object> map = new HashMap<>(base);
    map.putAll(vars(keyValues));
    return map;
  }

  /** A copy of {@code base} without the given variables (absent, not null). */
  static Map<String, Object> without(Map<String, Object> base, String... names) {
    Map<String, Object> map = new HashMap<>(base);
    for (String name : names) {
      map.remove(name);
    }
    return map;
  }
}
