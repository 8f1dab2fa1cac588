package id.go.malangkota.ejkn.sop;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.dmn.DmnModelInstance;

/** The decision tables the SOP reads: the engine's latest deployed versions in the app, a plain DMN engine in tests. */
public interface SopDecisions {

  String TIME_STANDARDS = "time-standards";
  String REQUIRED_DOCUMENTS = "required-documents";
  String VERIFICATION_ROUTE = "verification-route";

  /** The result rows of a decision table for the given inputs; empty when the decision is not deployed. */
  List<Map<String, Object>> evaluate(String decisionKey, Map<String, Object> inputs);

  /** The decision's model (for its inputs and their allowed values); null when it is not deployed. */
  DmnModelInstance model(String decisionKey);

  /** Changes whenever a new version of one of the decisions is deployed (for caching). */
  String versions();
}
