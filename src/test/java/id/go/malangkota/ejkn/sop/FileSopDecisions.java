package id.go.malangkota.ejkn.sop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;

/** The decision tables of dmn/ on a plain DMN engine, and SOPs built from the diagrams of processes/ without the app. */
final class FileSopDecisions implements SopDecisions {

  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Map<String, DmnModelInstance> models = new HashMap<>();

  @Override
  public List<Map<String, Object>> evaluate(String decisionKey, Map<String, Object> inputs) {
    DmnModelInstance model = model(decisionKey);
    if (model == null) {
      return List.of();
    }
    DmnDecision decision = ENGINE.parseDecision(decisionKey, model);
    List<Map<String, Object>> rows = new ArrayList<>();
    ENGINE.evaluateDecisionTable(decision, new HashMap<>(inputs)).forEach(r -> rows.add(new HashMap<>(r.getEntryMap())));
    return rows;
  }

  @Override
  public DmnModelInstance model(String decisionKey) {
    return models.computeIfAbsent(decisionKey, key -> {
      try (InputStream in = FileSopDecisions.class.getResourceAsStream("/dmn/" + key + ".dmn")) {
        return in == null ? null : Dmn.readModelFromStream(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Override
  public String versions() {
    return "files";
  }

  /** The SOP of a service of a diagram in processes/, e.g. ("jkn-registration", "NEW"). */
  static Sop sop(String processKey, String requestType) {
    try (InputStream in = FileSopDecisions.class.getResourceAsStream("/processes/" + processKey + ".bpmn")) {
      SopFlow flow = SopFlow.of(Bpmn.readModelFromStream(in), processKey);
      ServiceOffer service = ServiceOffer.of(processKey, SopFlow.clean(flow.process().getName()), requestType);
      return new SopBuilder(new FileSopDecisions()).build(flow, 1, null, new java.util.Date(0), service, List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
