package id.go.malangkota.ejkn.kpi;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import id.go.malangkota.ejkn.kpi.KpiReport.AgencyRow;
import id.go.malangkota.ejkn.kpi.KpiReport.Applications;
import id.go.malangkota.ejkn.kpi.KpiReport.CycleTime;
import id.go.malangkota.ejkn.kpi.KpiReport.OverdueTasks;
import id.go.malangkota.ejkn.kpi.KpiReport.ReasonCount;
import id.go.malangkota.ejkn.kpi.KpiReport.RelationCount;
import id.go.malangkota.ejkn.kpi.KpiReport.Representatives;
import id.go.malangkota.ejkn.kpi.KpiReport.TrendMonth;
import id.go.malangkota.ejkn.kpi.KpiReport.TypeCycleTime;
import id.go.malangkota.ejkn.kpi.KpiReport.TypeOutcomeCount;
import id.go.malangkota.ejkn.kpi.KpiReport.Urgent;
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

  /**
   * month ('yyyy-MM') and optional kelurahan code → the figures, labels in Bahasa Indonesia; without the kelurahan's
   * name and the open overdue tasks (see {@link KpiReport#with}).
   */
  public KpiReport report(YearMonth month, String kelurahan) {
    Filter f = new Filter(kelurahan);
    Timestamp from = Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant());
    Timestamp to = Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    Applications applications = applications(month, f, from, to);
    CycleTime cycleTime = cycleTime(month, f);
    Representatives representatives = representatives(month, f);
    List<AgencyRow> agencies = agencies(month, f);
    OverdueTasks overdue = new OverdueTasks(agencies.stream().mapToLong(AgencyRow::overdue).sum(), null);
    return new KpiReport(month.toString(), kelurahan, applications, cycleTime, representatives, agencies, overdue,
        urgent(month, f, from, to), rejectionReasons(month, f), trend(month, f), null);
  }

  /** Received: created in [from, to); finished: by type and outcome, from the facts of the month. */
  Applications applications(YearMonth month, Filter f, Timestamp from, Timestamp to) {
    long received = jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_application WHERE created_at >= ? AND created_at < ?"
        + f.and("kelurahan_code"), Long.class, f.args(from, to));
    List<TypeOutcomeCount> byTypeOutcome = new ArrayList<>();
    for (Map<String, Object> r : jdbc.queryForList("SELECT request_type, outcome, COUNT(*) AS n FROM ejkn_application_fact "
        + "WHERE end_month = ?" + f.and("kelurahan_code") + " GROUP BY request_type, outcome ORDER BY request_type, outcome",
        f.args(month.toString()))) {
      String type = (String) r.get("request_type");
      String outcome = (String) r.get("outcome");
      byTypeOutcome.add(new TypeOutcomeCount(type, KpiLabels.type(type), outcome, KpiLabels.outcome(outcome),
          number(r.get("n")).longValue()));
    }
    return new Applications(received, byTypeOutcome.stream().mapToLong(TypeOutcomeCount::count).sum(), byTypeOutcome);
  }

  CycleTime cycleTime(YearMonth month, Filter f) {
    Map<String, Object> c = jdbc.queryForMap("SELECT COUNT(*) AS n, "
        + "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY cycle_seconds) AS p50, "
        + "PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY cycle_seconds) AS p90 "
        + "FROM ejkn_application_fact WHERE end_month = ? AND outcome <> 'CANCELLED'" + f.and("kelurahan_code"),
        f.args(month.toString()));
    List<TypeCycleTime> byType = new ArrayList<>();
    for (Map<String, Object> r : jdbc.queryForList("SELECT request_type, COUNT(*) AS n, "
        + "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY cycle_seconds) AS p50, "
        + "PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY cycle_seconds) AS p90 FROM ejkn_application_fact "
        + "WHERE end_month = ? AND outcome <> 'CANCELLED'" + f.and("kelurahan_code") + " GROUP BY request_type ORDER BY request_type",
        f.args(month.toString()))) {
      String type = (String) r.get("request_type");
      byType.add(new TypeCycleTime(type, KpiLabels.type(type), number(r.get("n")).longValue(), hours(r.get("p50")),
          hours(r.get("p90"))));
    }
    return new CycleTime(number(c.get("n")).longValue(), hours(c.get("p50")), hours(c.get("p90")), byType);
  }

  /** Every relation but SELF counts as a representative. */
  Representatives representatives(YearMonth month, Filter f) {
    List<RelationCount> byRelation = new ArrayList<>();
    for (Map<String, Object> r : jdbc.queryForList("SELECT submitted_by_relation, COUNT(*) AS n FROM ejkn_application_fact "
        + "WHERE end_month = ?" + f.and("kelurahan_code") + " GROUP BY submitted_by_relation ORDER BY submitted_by_relation",
        f.args(month.toString()))) {
      String relation = (String) r.get("submitted_by_relation");
      byRelation.add(new RelationCount(relation, KpiLabels.relation(relation), number(r.get("n")).longValue()));
    }
    long all = byRelation.stream().mapToLong(RelationCount::count).sum();
    long represented = byRelation.stream().filter(r -> !"SELF".equals(r.relation())).mapToLong(RelationCount::count).sum();
    return new Representatives(all, represented, all == 0 ? null : round((double) represented / all, 4), byRelation);
  }

  List<AgencyRow> agencies(YearMonth month, Filter f) {
    List<AgencyRow> agencies = new ArrayList<>();
    for (Map<String, Object> r : jdbc.queryForList("SELECT agency, COUNT(*) AS n, SUM(duration_seconds) AS total, "
        + "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY duration_seconds) AS p50, "
        + "PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY duration_seconds) AS p90, "
        + "SUM(CASE WHEN overdue THEN 1 ELSE 0 END) AS late FROM ejkn_task_fact "
        + "WHERE end_month = ?" + f.and("kelurahan_code") + " GROUP BY agency ORDER BY agency", f.args(month.toString()))) {
      String agency = (String) r.get("agency");
      agencies.add(new AgencyRow(agency, KpiLabels.agency(agency), number(r.get("n")).longValue(), hours(r.get("total")),
          hours(r.get("p50")), hours(r.get("p90")), number(r.get("late")).longValue()));
    }
    return agencies;
  }

  /** Breaches recorded: by the time of recording in [from, to), not by the application's end. */
  Urgent urgent(YearMonth month, Filter f, Timestamp from, Timestamp to) {
    Map<String, Object> u = jdbc.queryForMap("SELECT COUNT(*) AS n, SUM(CASE WHEN sla_breached THEN 1 ELSE 0 END) AS b "
        + "FROM ejkn_application_fact WHERE end_month = ? AND request_type = 'URGENT_REACTIVATION'" + f.and("kelurahan_code"),
        f.args(month.toString()));
    return new Urgent(number(u.get("n")).longValue(), u.get("b") == null ? 0L : number(u.get("b")).longValue(),
        jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_sla_breach WHERE recorded_at >= ? AND recorded_at < ?"
            + f.and("kelurahan_code"), Long.class, f.args(from, to)));
  }

  /** The ten most frequent candidate outcome reasons of the month. */
  List<ReasonCount> rejectionReasons(YearMonth month, Filter f) {
    List<ReasonCount> reasons = new ArrayList<>();
    for (Map<String, Object> r : jdbc.queryForList("SELECT outcome_reason, COUNT(*) AS n FROM ejkn_candidate_fact "
        + "WHERE end_month = ? AND outcome_reason IS NOT NULL" + f.and("kelurahan_code")
        + " GROUP BY outcome_reason ORDER BY n DESC, outcome_reason", f.args(month.toString()))) {
      if (reasons.size() == 10) {
        break;
      }
      String reason = (String) r.get("outcome_reason");
      reasons.add(new ReasonCount(reason, KpiLabels.reason(reason), number(r.get("n")).longValue()));
    }
    return reasons;
  }

  /** The twelve months up to this one: finished applications, cycle time and the representatives' share. */
  List<TrendMonth> trend(YearMonth month, Filter f) {
    YearMonth first = month.minusMonths(11);
    Map<String, TrendMonth> byMonth = new LinkedHashMap<>();
    for (YearMonth m = first; !m.isAfter(month); m = m.plusMonths(1)) {
      byMonth.put(m.toString(), new TrendMonth(m.toString(), 0L, null, null, null));
    }
    for (Map<String, Object> r : jdbc.queryForList("SELECT end_month, COUNT(*) AS n, "
        + "SUM(CASE WHEN representative THEN 1 ELSE 0 END) AS rep, "
        + "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY " + CYCLE_UNLESS_CANCELLED + ") AS p50, "
        + "PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY " + CYCLE_UNLESS_CANCELLED + ") AS p90 FROM ejkn_application_fact "
        + "WHERE end_month >= ? AND end_month <= ?" + f.and("kelurahan_code") + " GROUP BY end_month",
        f.args(first.toString(), month.toString()))) {
      String m = (String) r.get("end_month");
      long n = number(r.get("n")).longValue();
      byMonth.put(m, new TrendMonth(m, n, hours(r.get("p50")), hours(r.get("p90")),
          round(number(r.get("rep")).doubleValue() / n, 4)));
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
