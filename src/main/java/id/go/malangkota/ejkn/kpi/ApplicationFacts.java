package id.go.malangkota.ejkn.kpi;

import id.go.malangkota.ejkn.verification.SlaBreaches;
import id.go.malangkota.ejkn.identity.StaffGroups;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the KPI facts of a finished application (ADR 0007): one application row, one row per candidate (its
 * outcome and reason) and one per user task (which agency, how long, late or not). Codes and times only.
 */
@Component
public class ApplicationFacts implements OnApplicationFinished {

  static final Set<String> AGENCIES = Set.of(StaffGroups.DISPENDUKCAPIL, StaffGroups.DINSOS, StaffGroups.DISNAKER,
      StaffGroups.DINKES, StaffGroups.KADINKES);
  static final Set<String> REFUSED = Set.of("REJECTED", "NOT_ELIGIBLE", "ACTIVATION_FAILED");

  private final JdbcTemplate jdbc;
  private final HistoryService history;
  private final SlaBreaches breaches;
  private final ZoneId zone;

  public ApplicationFacts(JdbcTemplate jdbc, HistoryService history, SlaBreaches breaches,
      @Value("${ejkn.timezone:Asia/Jakarta}") String zone) {
    this.breaches = breaches;
    this.jdbc = jdbc;
    this.history = history;
    this.zone = ZoneId.of(zone);
  }

  public record Candidate(String outcome, String reason) {}

  @Override
  public void finished(FinishedApplication app) {
    String month = month(app.endedAt(), zone);
    List<Candidate> candidates = app.candidates().stream().map(c -> new Candidate(c.outcome(), c.outcomeReason()))
        .toList();
    String outcome = outcome(app, candidates);
    long active = candidates.stream().filter(c -> "ACTIVE".equals(c.outcome())).count();
    boolean breached = breaches.breached(app.applicationNumber());
    String number = app.applicationNumber();
    jdbc.update("DELETE FROM ejkn_task_fact WHERE application_number = ?", number);
    jdbc.update("DELETE FROM ejkn_candidate_fact WHERE application_number = ?", number);
    jdbc.update("DELETE FROM ejkn_application_fact WHERE application_number = ?", number);
    jdbc.update("INSERT INTO ejkn_application_fact (application_number, process_instance_id, request_type, "
            + "kelurahan_code, submitted_by_relation, representative, started_at, ended_at, end_month, cycle_seconds, "
            + "outcome, end_activity_id, candidate_count, active_count, sla_breached, recorded_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        number, app.processInstanceId(), app.requestType(), app.kelurahanCode(), app.submittedByRelation(),
        !"SELF".equals(app.submittedByRelation()), ts(app.startedAt()), ts(app.endedAt()), month,
        (app.endedAt().getTime() - app.startedAt().getTime()) / 1000, outcome, app.endActivityId(),
        candidates.size(), (int) active, breached, new Timestamp(System.currentTimeMillis()));
    int seq = 0;
    for (Candidate c : candidates) {
      jdbc.update("INSERT INTO ejkn_candidate_fact (application_number, seq, end_month, kelurahan_code, outcome, "
          + "outcome_reason) VALUES (?, ?, ?, ?, ?, ?)", number, seq++, month, app.kelurahanCode(), c.outcome(),
          REFUSED.contains(c.outcome()) ? c.reason() : null);
    }
    {
      // every instance of the application carries its number as business key (lifecycle, BPJS submission)
      for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(number)
          .finished().list()) {
        boolean overdue = t.getDueDate() != null && t.getEndTime().after(t.getDueDate());
        jdbc.update("INSERT INTO ejkn_task_fact (task_id, application_number, end_month, kelurahan_code, task_key, "
                + "agency, created_at, ended_at, duration_seconds, due_at, overdue, completed) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            t.getId(), number, month, app.kelurahanCode(), t.getTaskDefinitionKey(), agency(candidateGroup(t.getId())),
            ts(t.getStartTime()), ts(t.getEndTime()), (t.getEndTime().getTime() - t.getStartTime().getTime()) / 1000,
            t.getDueDate() == null ? null : ts(t.getDueDate()), overdue, "completed".equals(t.getDeleteReason()));
      }
    }
  }

  private String candidateGroup(String taskId) {
    return history.createHistoricIdentityLinkLogQuery().taskId(taskId).type(IdentityLinkType.CANDIDATE).list().stream()
        .filter(l -> l.getGroupId() != null).map(HistoricIdentityLinkLog::getGroupId).findFirst().orElse(null);
  }

  /** The agency a task's candidate group stands for: an agency group, or "kelurahan" for any kelurahan group. */
  static String agency(String group) {
    if (group == null) {
      return "lainnya";
    }
    if (AGENCIES.contains(group)) {
      return group;
    }
    return group.matches("35\\.73\\.\\d{2}\\.\\d{4}") ? "kelurahan" : group;
  }

  /** The outcome of the whole application (one KK) from its end and its candidates' outcomes. */
  static String outcome(FinishedApplication app, List<Candidate> candidates) {
    if (app.cancelled()) {
      return "CANCELLED";
    }
    if ("missingDocumentsEnd".equals(app.endActivityId())) {
      return "MISSING_DOCUMENTS";
    }
    long active = candidates.stream().filter(c -> "ACTIVE".equals(c.outcome())).count();
    if (active > 0) {
      return active == candidates.size() ? "ACTIVATED" : "PARTIALLY_ACTIVATED";
    }
    if (candidates.stream().anyMatch(c -> "ACTIVATION_FAILED".equals(c.outcome()))) {
      return "ACTIVATION_FAILED";
    }
    return "REJECTED";
  }

  /** Of these application numbers, those that have no facts yet. */
  public List<String> withoutFacts(List<String> numbers) {
    java.util.Set<String> recorded = new java.util.HashSet<>();
    for (int i = 0; i < numbers.size(); i += 500) {
      List<String> chunk = numbers.subList(i, Math.min(numbers.size(), i + 500));
      String in = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
      recorded.addAll(jdbc.queryForList("SELECT application_number FROM ejkn_application_fact WHERE application_number IN ("
          + in + ")", String.class, chunk.toArray()));
    }
    return numbers.stream().filter(n -> !recorded.contains(n)).toList();
  }

  /** The outcome of each of these finished applications (the audit search shows it). */
  public java.util.Map<String, String> outcomes(List<String> numbers) {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    if (numbers.isEmpty()) {
      return out;
    }
    String in = String.join(",", java.util.Collections.nCopies(numbers.size(), "?"));
    jdbc.query("SELECT application_number, outcome FROM ejkn_application_fact WHERE application_number IN (" + in + ")",
        rs -> {
          out.put(rs.getString(1), rs.getString(2));
        }, numbers.toArray());
    return out;
  }

  static String month(Date instant, ZoneId zone) {
    return YearMonth.from(instant.toInstant().atZone(zone)).toString();
  }

  private static Timestamp ts(Date d) {
    return new Timestamp(d.getTime());
  }
}
