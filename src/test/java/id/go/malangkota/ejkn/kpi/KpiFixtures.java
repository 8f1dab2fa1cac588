package id.go.malangkota.ejkn.kpi;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A history with known numbers, written straight into the fact tables: month 2031-03, Kel. Klojen (35.73.02.1001),
 * where no other test files anything.
 *
 * <pre>
 * application  type     outcome            submitted by   cycle   SLA
 * KPI-T-1      NEW      ACTIVATED          SELF           10 h
 * KPI-T-2      NEW      ACTIVATED          FAMILY_MEMBER  20 h
 * KPI-T-3      SWITCH   REJECTED           SELF           30 h
 * KPI-T-4      URGENT   ACTIVATED          OTHER          40 h    breached
 * KPI-T-5      NEW      MISSING_DOCUMENTS  SELF          100 h
 * KPI-T-6      NEW      CANCELLED          SELF          500 h    (not in the cycle time)
 * cycle time over 10, 20, 30, 40, 100 h: median 30 h, p90 = 40 + 0.6 × (100 − 40) = 76 h
 * representatives: 2 of 6 = 0.3333
 * tasks: dinsos 1 h, 3 h, 5 h (late) → median 3 h, p90 = 3 + 0.8 × 2 = 4.6 h, total 9 h, 1 late; kelurahan 2 h
 * rejections: WELFARE_NOT_IN_DTKS × 2, MISSING_DOCUMENT × 1
 * received in 2031-03: 3 (ejkn_application); SLA breaches recorded in 2031-03: 1
 * </pre>
 */
final class KpiFixtures {

  static final String KLOJEN = "35.73.02.1001";
  static final String MONTH = "2031-03";

  private KpiFixtures() {}

  static void write(JdbcTemplate jdbc) {
    for (String table : new String[] {"ejkn_task_fact", "ejkn_candidate_fact", "ejkn_application_fact", "ejkn_sla_breach",
        "ejkn_application"}) {
      jdbc.update("DELETE FROM " + table + " WHERE application_number LIKE 'KPI-T-%'");
    }
    app(jdbc, 1, "NEW", "ACTIVATED", "SELF", 10, false);
    app(jdbc, 2, "NEW", "ACTIVATED", "FAMILY_MEMBER", 20, false);
    app(jdbc, 3, "SWITCH_FROM_MANDIRI", "REJECTED", "SELF", 30, false);
    app(jdbc, 4, "URGENT_REACTIVATION", "ACTIVATED", "OTHER", 40, true);
    app(jdbc, 5, "NEW", "MISSING_DOCUMENTS", "SELF", 100, false);
    app(jdbc, 6, "NEW", "CANCELLED", "SELF", 500, false);
    candidate(jdbc, 1, 0, "ACTIVE", null);
    candidate(jdbc, 2, 0, "ACTIVE", null);
    candidate(jdbc, 3, 0, "REJECTED", "WELFARE_NOT_IN_DTKS");
    candidate(jdbc, 3, 1, "REJECTED", "WELFARE_NOT_IN_DTKS");
    candidate(jdbc, 4, 0, "ACTIVE", null);
    candidate(jdbc, 5, 0, "REJECTED", "MISSING_DOCUMENT");
    task(jdbc, "a", 3, "dinsos", 1, false);
    task(jdbc, "b", 3, "dinsos", 3, false);
    task(jdbc, "c", 4, "dinsos", 5, true);
    task(jdbc, "d", 2, "kelurahan", 2, false);
    LocalDateTime march = LocalDateTime.of(2031, 3, 10, 9, 0);
    for (int i = 1; i <= 3; i++) {
      jdbc.update("INSERT INTO ejkn_application (application_number, process_instance_id, request_type, kelurahan_code, "
          + "family_card_number, submitted_by_relation, created_at) VALUES (?, ?, 'NEW', ?, '3573020101010001', 'SELF', ?)",
          "KPI-T-" + (10 + i), "kpi-test-pi-" + i, KLOJEN, Timestamp.valueOf(march.plusDays(i)));
    }
    jdbc.update("INSERT INTO ejkn_sla_breach (application_number, process_instance_id, kelurahan_code, deadline, "
        + "recorded_at) VALUES ('KPI-T-4', 'kpi-test-pi-4', ?, ?, ?)", KLOJEN, Timestamp.valueOf(march),
        Timestamp.valueOf(march.plusHours(1)));
  }

  static void app(JdbcTemplate jdbc, int n, String type, String outcome, String relation, int hours, boolean breached) {
    LocalDateTime end = LocalDateTime.of(2031, 3, 5 + n, 15, 0);
    jdbc.update("INSERT INTO ejkn_application_fact (application_number, process_instance_id, request_type, kelurahan_code, "
            + "submitted_by_relation, representative, started_at, ended_at, end_month, cycle_seconds, outcome, "
            + "end_activity_id, candidate_count, active_count, sla_breached, recorded_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'x', 1, 1, ?, ?)",
        "KPI-T-" + n, "kpi-test-pi-" + n, type, KLOJEN, relation, !"SELF".equals(relation),
        Timestamp.valueOf(end.minusHours(hours)), Timestamp.valueOf(end), MONTH, hours * 3600L, outcome, breached,
        Timestamp.valueOf(end));
  }

  static void candidate(JdbcTemplate jdbc, int app, int seq, String outcome, String reason) {
    jdbc.update("INSERT INTO ejkn_candidate_fact (application_number, seq, end_month, kelurahan_code, outcome, "
        + "outcome_reason) VALUES (?, ?, ?, ?, ?, ?)", "KPI-T-" + app, seq, MONTH, KLOJEN, outcome, reason);
  }

  static void task(JdbcTemplate jdbc, String id, int app, String agency, int hours, boolean late) {
    LocalDateTime start = LocalDateTime.of(2031, 3, 3, 8, 0);
    jdbc.update("INSERT INTO ejkn_task_fact (task_id, application_number, end_month, kelurahan_code, task_key, agency, "
            + "created_at, ended_at, duration_seconds, due_at, overdue, completed) VALUES (?, ?, ?, ?, 'verify', ?, ?, ?, ?, ?, ?, true)",
        "kpi-t-task-" + id, "KPI-T-" + app, MONTH, KLOJEN, agency, Timestamp.valueOf(start),
        Timestamp.valueOf(start.plusHours(hours)), hours * 3600L, Timestamp.valueOf(start.plusHours(4)), late);
  }
}
