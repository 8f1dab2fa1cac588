package id.go.malangkota.ejkn.sop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.springframework.stereotype.Component;

/** The latest deployed versions of the decision tables, evaluated through the engine. */
@Component
class EngineSopDecisions implements SopDecisions {

  private final RepositoryService repository;
  private final DecisionService decisions;

  EngineSopDecisions(RepositoryService repository, DecisionService decisions) {
    this.repository = repository;
    this.decisions = decisions;
  }

  private DecisionDefinition latest(String key) {
    return repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().singleResult();
  }

  @Override
  public List<Map<String, Object>> evaluate(String decisionKey, Map<String, Object> inputs) {
    DecisionDefinition definition = latest(decisionKey);
    if (definition == null) {
      return List.of();
    }
    Map<String, Object> variables = new HashMap<>(inputs);
    List<Map<String, Object>> rows = new ArrayList<>();
    decisions.evaluateDecisionById(definition.getId()).variables(variables).evaluate()
        .forEach(entries -> rows.add(new HashMap<>(entries.getEntryMap())));
    return rows;
  }

  @Override
  public DmnModelInstance model(String decisionKey) {
    DecisionDefinition definition = latest(decisionKey);
    return definition == null ? null : repository.getDmnModelInstance(definition.getId());
  }

  @Override
  public String versions() {
    StringBuilder b = new StringBuilder();
    for (String key : List.of(TIME_STANDARDS, REQUIRED_DOCUMENTS, VERIFICATION_ROUTE)) {
      DecisionDefinition d = latest(key);
      b.append(d == null ? "-" : d.getId()).append('|');
    }
    return b.toString();
  }
}
