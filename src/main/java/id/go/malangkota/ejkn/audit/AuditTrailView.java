package id.go.malangkota.ejkn.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The audit trail of one application as the API returns it ({@code GET /api/audit/applications/{id}}), read by the
 * Cockpit plugin's audit view and {@link AuditCsv}. Field order is the JSON's order; a null is written as null
 * except where a component says otherwise. Times are ISO-8601 with offset, in the configured zone.
 *
 * @param maskingNote only when personal data is masked
 * @param candidates the register's candidates as JSON (masked for the viewer), each with an {@code outcomeLabel}
 * @param events everything above on one time line, oldest first
 */
public record AuditTrailView(
    Summary application,
    boolean personalDataMasked,
    @JsonInclude(JsonInclude.Include.NON_NULL) String maskingNote,
    List<ActivityRow> activities,
    List<TaskRow> tasks,
    List<OperationRow> operations,
    List<DecisionRow> decisions,
    List<Map<String, Object>> candidates,
    List<VariableChange> variableChanges,
    List<IncidentRow> incidents,
    List<DocumentRow> documents,
    List<Event> events) {

  /** The application and how its process ended; {@code outcome} and its label only once the KPI facts have one. */
  public record Summary(String applicationNumber, String processInstanceId, String lifecycleInstanceId, String type,
      String typeLabel, String kelurahanCode, String kelurahanName, String submittedByRelation, String submittedByLabel,
      String status, String statusLabel, String startedAt, String startedBy, String endedAt, Long durationMs,
      Double durationHours, String endActivityId, String endActivityName,
      @JsonInclude(JsonInclude.Include.NON_NULL) String outcome,
      @JsonInclude(JsonInclude.Include.NON_NULL) String outcomeLabel,
      String applicantName, String applicantNik) {}

  /** One activity instance of the application's process instances. */
  public record ActivityRow(String activityId, String name, String type, String typeLabel, String startedAt,
      String endedAt, Long durationMs, String assignee, boolean canceled, String processInstanceId) {}

  /** One user task: who could take it, who claimed and completed it, and whether it was late. */
  public record TaskRow(String taskId, String taskKey, String name, List<String> candidateGroups, String createdAt,
      String dueAt, String endedAt, boolean overdue, String assignee, String claimedBy, String claimedAt,
      String completedBy, String completedAt, String endReason) {}

  /** One entry of the engine's user operation log. */
  public record OperationRow(String time, String userId, String operation, String operationLabel, String entityType,
      String property, String orgValue, String newValue, String taskName, String annotation) {}

  /** One decision evaluated for the application, with its inputs and the outputs of the rules that matched. */
  public record DecisionRow(String time, String decisionKey, String decisionName, String activityName,
      boolean linkedToInstance, List<NameValue> inputs, List<RuleOutput> outputs) {}

  /** A decision input: the clause, its value and the value in words. */
  public record NameValue(String name, String value, String valueText) {}

  /** A decision output: like {@link NameValue}, with the order of the rule that produced it. */
  public record RuleOutput(String name, String value, String valueText, Integer rule) {}

  /** One change of a process variable, with who made it (when through a user operation) and where. */
  public record VariableChange(String time, String name, String label, String type, String value, String valueText,
      int revision, String activityName, String userId) {}

  /** One incident; {@code state} TERBUKA, DISELESAIKAN or DIHAPUS. */
  public record IncidentRow(String createdAt, String endedAt, String type, String activityId, String message,
      String state) {}

  /** One uploaded document; {@code link} only for those who see personal data (the scan is personal data). */
  public record DocumentRow(String id, String kind, String fileName, String contentType, long size, String sha256,
      String uploadedBy, String uploadedAt, String link) {}

  /** A line of the time line; {@code category} is one of {@link AuditTrail#CATEGORIES}. */
  public record Event(String time, String category, String categoryLabel, String title, String userId, String detail,
      String activity) {}

  /** One read of the application's personal data ({@code GET .../access-log}). */
  public record AccessLogRow(String time, String userId, String kind, String kindLabel, String detail) {}
}
