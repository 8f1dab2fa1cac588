package id.go.malangkota.ejkn.policy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The documents an application may name and which of them a request needs, both from the {@code required-documents}
 * table: a new row there (a new document) needs no change in Java.
 */
@Component
public class DocumentFlags {

  public static final String DECISION = "required-documents";

  /** One required (or optional) document for a request. */
  public record Requirement(String code, String label, String flag, boolean mandatory) {}

  private final PolicyLookup policy;

  public DocumentFlags(PolicyLookup policy) {
    this.policy = policy;
  }

  /** Every document flag the table knows (the keys an application's {@code documents} may use). */
  public Set<String> known() {
    return labels().keySet();
  }

  /** Each document flag with how a resident reads it (the first rule's label for that flag). */
  public Map<String, String> labels() {
    Map<String, String> labels = new java.util.LinkedHashMap<>();
    for (Map<String, String> row : policy.ruleOutputs(DECISION)) {
      String flag = row.get("documentFlag");
      if (flag != null && !flag.isBlank() && !"null".equals(flag)) {
        labels.putIfAbsent(flag, row.get("documentLabel"));
      }
    }
    return labels;
  }

  /** What the table requires for these facts (request type, who submits, …): a look-up, no decision history. */
  public List<Requirement> required(Map<String, Object> facts) {
    return requirements(policy.all(DECISION, facts));
  }

  /**
   * The same answer as the decision that stops or passes an application: recorded in decision history and, from a
   * service task, linked to its process instance so the audit trail shows which rule asked for what.
   */
  public List<Requirement> decide(Map<String, Object> facts) {
    return requirements(policy.decideAll(DECISION, facts));
  }

  private static List<Requirement> requirements(List<Map<String, Object>> rows) {
    return rows.stream().map(r -> new Requirement((String) r.get("documentCode"), (String) r.get("documentLabel"),
        (String) r.get("documentFlag"), Boolean.TRUE.equals(r.get("mandatory")))).toList();
  }
}
