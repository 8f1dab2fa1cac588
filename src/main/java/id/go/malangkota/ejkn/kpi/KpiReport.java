package id.go.malangkota.ejkn.kpi;

import java.util.List;

/**
 * The dashboard's figures for one month ({@code GET /api/kpi}), read by the Cockpit plugin's KPI view and
 * {@link KpiMetrics}. Field order is the JSON's order; nulls are written as null. Durations are in hours, shares
 * between 0 and 1; labels are in Bahasa Indonesia.
 *
 * @param kelurahanCode null for the whole city
 * @param trend the twelve months up to {@code month}, oldest first
 * @param kelurahanName the kelurahan's name, or the city's; null until {@link #with} (the queries do not know it)
 */
public record KpiReport(String month, String kelurahanCode, Applications applications, CycleTime cycleTime,
    Representatives representatives, List<AgencyRow> agencies, OverdueTasks overdueTasks, Urgent urgent,
    List<ReasonCount> rejectionReasons, List<TrendMonth> trend, String kelurahanName) {

  /** This report with what does not come from the fact tables: the kelurahan's name and the open overdue tasks. */
  public KpiReport with(String kelurahanName, long openOverdueTasks) {
    return new KpiReport(month, kelurahanCode, applications, cycleTime, representatives, agencies,
        new OverdueTasks(overdueTasks.completedLate(), openOverdueTasks), urgent, rejectionReasons, trend, kelurahanName);
  }

  /** Applications received in the month (by creation) and finished in it (by type and outcome). */
  public record Applications(long received, long finished, List<TypeOutcomeCount> byTypeAndOutcome) {}

  public record TypeOutcomeCount(String type, String typeLabel, String outcome, String outcomeLabel, long count) {}

  /** Cycle time of the applications finished in the month, cancelled ones left out. */
  public record CycleTime(long count, Double medianHours, Double p90Hours, List<TypeCycleTime> byType) {}

  public record TypeCycleTime(String type, String typeLabel, long count, Double medianHours, Double p90Hours) {}

  /** Finished applications submitted by someone other than the applicant; {@code share} null when none finished. */
  public record Representatives(long applications, long byRepresentative, Double share, List<RelationCount> byRelation) {}

  public record RelationCount(String relation, String label, long count) {}

  /** Tasks an agency completed in the month: how many, how long, how many late. */
  public record AgencyRow(String agency, String label, long tasks, Double totalHours, Double medianHours,
      Double p90Hours, long overdue) {}

  /** Tasks completed late in the month; {@code openNow} (open and past due) null until {@link KpiReport#with}. */
  public record OverdueTasks(long completedLate, Long openNow) {}

  /** Urgent reactivations finished in the month, how many missed their time standard, and breaches recorded. */
  public record Urgent(long finished, long breached, long breachesRecorded) {}

  /** A candidate outcome reason among the month's ten most frequent. */
  public record ReasonCount(String reason, String label, long count) {}

  /** One month of the trend; the share null when nothing finished, the durations also when all were cancelled. */
  public record TrendMonth(String month, long finished, Double medianHours, Double p90Hours,
      Double representativeShare) {}
}
