package id.go.malangkota.ejkn.kpi;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The current month's city-wide figures as Prometheus gauges ({@code /actuator/prometheus}), recomputed every
 * few minutes from the fact tables — never on a scrape, so a scraper cannot load the database.
 */
@Component
public class KpiMetrics {

  private static final Logger log = LoggerFactory.getLogger(KpiMetrics.class);

  private final KpiService kpi;
  private final MultiGauge finished;
  private final MultiGauge cycle;
  private final MultiGauge agencyHours;
  private final MultiGauge agencyLate;
  private final MultiGauge single;

  public KpiMetrics(KpiService kpi, MeterRegistry registry) {
    this.kpi = kpi;
    finished = MultiGauge.builder("ejkn.kpi.applications.finished")
        .description("Permohonan selesai bulan ini menurut jenis dan hasil").register(registry);
    cycle = MultiGauge.builder("ejkn.kpi.cycle.time.hours")
        .description("Waktu penyelesaian permohonan bulan ini (jam), median dan persentil 90").register(registry);
    agencyHours = MultiGauge.builder("ejkn.kpi.agency.task.hours")
        .description("Durasi tugas per instansi bulan ini (jam), median dan persentil 90").register(registry);
    agencyLate = MultiGauge.builder("ejkn.kpi.agency.tasks.overdue")
        .description("Tugas yang diselesaikan melewati tenggat bulan ini per instansi").register(registry);
    single = MultiGauge.builder("ejkn.kpi").description("Indikator kinerja e-JKN Cekat bulan ini").register(registry);
  }

  @EventListener(ApplicationReadyEvent.class)
  @Scheduled(fixedDelayString = "${ejkn.kpi.metrics-interval:PT5M}", initialDelayString = "${ejkn.kpi.metrics-interval:PT5M}")
  public void refresh() {
    try {
      KpiReport r = kpi.report(kpi.currentMonth(), null);
      List<MultiGauge.Row<?>> rows = new ArrayList<>();
      for (KpiReport.TypeOutcomeCount t : r.applications().byTypeAndOutcome()) {
        rows.add(MultiGauge.Row.of(Tags.of("type", t.type(), "outcome", t.outcome()), t.count()));
      }
      finished.register(rows, true);
      KpiReport.CycleTime c = r.cycleTime();
      cycle.register(rows(Tags.of("quantile", "0.5"), c.medianHours(), Tags.of("quantile", "0.9"), c.p90Hours()), true);
      List<MultiGauge.Row<?>> hours = new ArrayList<>();
      List<MultiGauge.Row<?>> late = new ArrayList<>();
      for (KpiReport.AgencyRow a : r.agencies()) {
        hours.add(MultiGauge.Row.of(Tags.of("agency", a.agency(), "quantile", "0.5"), a.medianHours()));
        hours.add(MultiGauge.Row.of(Tags.of("agency", a.agency(), "quantile", "0.9"), a.p90Hours()));
        late.add(MultiGauge.Row.of(Tags.of("agency", a.agency()), a.overdue()));
      }
      agencyHours.register(hours, true);
      agencyLate.register(late, true);
      single.register(rows(
          Tags.of("indicator", "received"), r.applications().received(),
          Tags.of("indicator", "finished"), r.applications().finished(),
          Tags.of("indicator", "representative_share"), r.representatives().share(),
          Tags.of("indicator", "urgent_finished"), r.urgent().finished(),
          Tags.of("indicator", "urgent_sla_breached"), r.urgent().breached(),
          Tags.of("indicator", "sla_breaches_recorded"), r.urgent().breachesRecorded(),
          Tags.of("indicator", "tasks_completed_late"), r.overdueTasks().completedLate(),
          Tags.of("indicator", "tasks_overdue_open"), r.overdueTasks().openNow()), true);
    } catch (RuntimeException e) {
      log.warn("KPI metrics not refreshed: {}", e.toString());
    }
  }

  private static List<MultiGauge.Row<?>> rows(Object... tagsAndValues) {
    List<MultiGauge.Row<?>> rows = new ArrayList<>();
    for (int i = 0; i < tagsAndValues.length; i += 2) {
      if (tagsAndValues[i + 1] instanceof Number n) {
        rows.add(MultiGauge.Row.of((Tags) tagsAndValues[i], n));
      }
    }
    return rows;
  }
}
