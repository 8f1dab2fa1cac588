package id.go.malangkota.ejkn.kpi;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's figures for one month (and optionally one kelurahan), as SQL aggregates over the fact tables
 * (ADR 0007). Every query is a range or equality on the leading columns of an index ({@code end_month,
 * kelurahan_code}); percentiles are {@code PERCENTILE_CONT} (linear interpolation, the same on H2 and PostgreSQL).
 * No engine table is read, so the benchmark runs on the fact tables alone.
 */
public class KpiQueries {

  /** Cancelled applications count as finished but not in the cycle time (percentiles ignore NULLs). */
  static final String CYCLE_UNLESS_CANCELLED = "CASE WHEN outcome <> 'CANCELLED' THEN cycle_seconds END";

  private final JdbcTemplate jdbc;
  private final ZoneId zone;

  public KpiQueries(JdbcTemplate jdbc, ZoneId zone) {
    this.jdbc = jdbc;
    this.zone = zone;
  }

  /** month ('yyyy-MM') and optional kelurahan code → the figures, JSON-ready, labels in Bahasa Indonesia. */
  public Map<String, Object> report(YearMonth month, String kelurahan) {
    String m = month.toString();
    Filter f = new Filter(kelurahan);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("month", m);
    out.put("kelurahanCode", kelurahan);

    Map<String, Object> apps = new LinkedHashMap<>();
    Timestamp from = Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant());
    Timestamp to = Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    apps.put("received", jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_application WHERE created_at >= ? AND created_at < ?"
        + f.and("kelurahan_code"), Long.class, f.args(from, to)));
    List<Map<String, Object>> byTypeOutcome = new ArrayList<>();
    long finished = 0;
    for (Map<String, Object> r : jdbc.queryForList("SELECT request_type, outcome, COUNT(*) AS n FROM ejkn_application_fact "
        + "WHERE end_month = ?" + f.and("kelurahan_code") + " GROUP BY request_type, outcome ORDER BY request_type, outcome",
        f.args(m))) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("type", r.get("request_type"));
      row.put("typeLabel", KpiLabels.type((String) r.get("request_type")));
      row.put("outcome", r.get("outcome"));
      row.put("outcomeLabel", KpiLabels.outcome((String) r.get("outcome")));
      long n = number(r.get("n")).longValue();
      row.put("count", n);
      finished += n;
      byTypeOutcome.add(row);
    }
    apps.put("finished", finished);
    apps.put("byTypeAndOutcome", byTypeOutcome);
    out.put("applications", apps);

    Map<String, Object> cycle = new LinkedHashMap<>();
    Map<String, Object> c = jdbc.queryForMap("SELECT COUNT(*) AS n, "
        + "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY cycle_seconds) AS p50, "
        + "PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY cycle_seconds) AS p90 "
        + "FROM ejkn_application_fact WHERE end_month = ? AND outcome <> 'CANCELLED'" + f.and("kelurahan_code"), f.args(m));
    cycle.put("count", number(c.get("n")).longValue());
    cycle.put("medianHours", hours(c.get("p50")));
    cycle.put("p90Hours", hours(c.get("p90")));
    List<Map<String, Object>> cycleByType = new ArrayList<>();
    for (Map<String, Object> r : jdbc.queryForList("SELECT request_type, COUNT(*) AS n, "
        + "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY cycle_seconds) AS p50, "
        + "PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY cycle_seconds) AS p90 FROM ejkn_application_fact "
        + "WHERE end_month = ? AND outcome <> 'CANCELLED'" + f.and("kelurahan_code") + " GROUP BY request_type ORDER BY request_type",
        f.args(m))) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("type", r.get("request_type"));
      row.put("typeLabel", KpiLabels.type((String) r.get("request_type")));
      row.put("count", number(r.get("n")).longValue());
      row.put("medianHours", hours(r.get("p50")));
      row.put("p90Hours", hours(r.get("p90")));
      cycleByType.add(row);
    }
    cycle.put("byType", cycleByType);
    out.put("cycleTime", cycle);

    Map<String, Object> rep = new LinkedHashMap<>();
    List<Map<String, Object>> byRelation = new ArrayList<>();
    long represented = 0;
    long all = 0;
    for (Map<String, Object> r : jdbc.queryForList("SELECT submitted_by_relation, COUNT(*) AS n FROM ejkn_application_fact "
        + "WHERE end_month = ?" + f.and("kelurahan_code") + " GROUP BY submitted_by_relation ORDER BY submitted_by_relation",
        f.args(m))) {
      long n = number(r.get("n")).longValue();
      String relation = (String) r.get("submitted_by_relation");
      all += n;
      if (!"SELF".equals(relation)) {
        represented += n;
      }
      byRelation.add(Map.of("relation", relation, "label", KpiLabels.relation(relation), "count", n));
    }
    rep.put("applications", all);
    rep.put("byRepresentative", represented);
    rep.put("share", all == 0 ? null : round((double) represented / all, 4));
    rep.put("byRelation", byRelation);
    out.put("representatives", rep);

    List<Map<String, Object>> agencies = new ArrayList<>();
    long overdueDone = 0;
    for (Map<String, Object> r : jdbc.queryForList("SELECT agency, COUNT(*) AS n, SUM(duration_seconds) AS total, "
        + "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY duration_seconds) AS p50, "
        + "PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY duration_seconds) AS p90, "
        + "SUM(CASE WHEN overdue THEN 1 ELSE 0 END) AS late FROM ejkn_task_fact "
        + "WHERE end_month = ?" + f.and("kelurahan_code") + " GROUP BY agency ORDER BY agency", f.args(m))) {
      Map<String, Object> row = new LinkedHashMap<>();
      String agency = (String) r.get("agency");
      row.put("agency", agency);
      row.put("label", KpiLabels.agency(agency));
      row.put("tasks", number(r.get("n")).longValue());
      row.put("totalHours", hours(r.get("total")));
      row.put("medianHours", hours(r.get("p50")));
      row.put("p90Hours", hours(r.get("p90")));
      long late = number(r.get("late")).longValue();
      row.put("overdue", late);
      overdueDone += late;
      agencies.add(row);
    }
    out.put("agencies", agencies);
    Map<String, Object> overdue = new LinkedHashMap<>();
    overdue.put("completedLate", overdueDone);
    out.put("overdueTasks", overdue);

    Map<String, Object> urgent = new LinkedHashMap<>();
    Map<String, Object> u = jdbc.queryForMap("SELECT COUNT(*) AS n, SUM(CASE WHEN sla_breached THEN 1 ELSE 0 END) AS b "
        + "FROM ejkn_application_fact WHERE end_month = ? AND request_type = 'URGENT_REACTIVATION'" + f.and("kelurahan_code"),
        f.args(m));
    urgent.put("finished", number(u.get("n")).longValue());
    urgent.put("breached", u.get("b") == null ? 0L : number(u.get("b")).longValue());
    urgent.put("breachesRecorded", jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_sla_breach WHERE recorded_at >= ? "
        + "AND recorded_at < ?" + f.and("kelurahan_code"), Long.class, f.args(from, to)));
    out.put("urgent", urgent);

    List<Map<String, Object>> reasons = new ArrayList<>();
    for (Map<String, Object> r : jdbc.queryForList("SELECT outcome_reason, COUNT(*) AS n FROM ejkn_candidate_fact "
        + "WHERE end_month = ? AND outcome_reason IS NOT NULL" + f.and("kelurahan_code")
        + " GROUP BY outcome_reason ORDER BY n DESC, outcome_reason", f.args(m))) {
      if (reasons.size() == 10) {
        break;
      }
      String reason = (String) r.get("outcome_reason");
      reasons.add(Map.of("reason", reason, "label", KpiLabels.reason(reason), "count", number(r.get("n")).longValue()));
    }
    out.put("rejectionReasons", reasons);
    out.put("trend", trend(month, f));
    return out;
  }

  /** The twelve months up to this one: finished applications, cycle time and the representatives' share. */
  List<Map<String, Object>> trend(YearMonth month, Filter f) {
    YearMonth first = month.minusMonths(11);
    Map<String, Map<String, Object>> byMonth = new LinkedHashMap<>();
    for (YearMonth m = first; !m.isAfter(month); m = m.plusMonths(1)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("month", m.toString());
      row.put("finished", 0L);
      row.put("medianHours", null);
      row.put("p90Hours", null);
      row.put("representativeShare", null);
      byMonth.put(m.toString(), row);
    }
    for (Map<String, Object> r : jdbc.queryForList("SELECT end_month, COUNT(*) AS n, "
        + "SUM(CASE WHEN representative THEN 1 ELSE 0 END) AS rep, "
        + "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY " + CYCLE_UNLESS_CANCELLED + ") AS p50, "
        + "PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY " + CYCLE_UNLESS_CANCELLED + ") AS p90 FROM ejkn_application_fact "
        + "WHERE end_month >= ? AND end_month <= ?" + f.and("kelurahan_code") + " GROUP BY end_month",
        f.args(first.toString(), month.toString()))) {
      Map<String, Object> row = byMonth.get((String) r.get("end_month"));
      long n = number(r.get("n")).longValue();
      row.put("finished", n);
      row.put("medianHours", hours(r.get("p50")));
      row.put("p90Hours", hours(r.get("p90")));
      row.put("representativeShare", round(number(r.get("rep")).doubleValue() / n, 4));
    }
    return new ArrayList<>(byMonth.values());
  }

  /** The optional kelurahan condition and its argument. */
  record Filter(String kelurahan) {
    String and(String column) {
      return kelurahan == null ? "" : " AND " + column + " = ?";
    }

    Object[] args(Object... leading) {
      if (kelurahan == null) {
        return leading;
      }
      Object[] all = java.util.Arrays.copyOf(leading, leading.length + 1);
      all[leading.length] = kelurahan;
      return all;
    }
  }

  private static Number number(Object o) {
    return o == null ? 0 : (Number) o;
  }

  static Double hours(Object seconds) {
    return seconds == null ? null : round(((Number) seconds).doubleValue() / 3600.0, 2);
  }

  static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
