package id.go.malangkota.ejkn.platform;

import id.go.malangkota.ejkn.identity.StaffGroups;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What an operator watches, as Prometheus gauges ({@code /actuator/prometheus}, dashboard {@code
 * deploy/grafana/ejkn-cekat.json}): open applications per process, open and overdue tasks per agency, open incidents
 * per process and activity (a BPJS call that failed after its retries is one), the job backlog and the jobs out of
 * retries. Counted through the engine's query API every {@code ejkn.metrics.operations-interval} (one minute) on each
 * node, never on a scrape, so a scraper cannot load the database; every node reports the same cluster-wide figures.
 */
@Component
public class OperationsMetrics {

  private static final Logger LOG = LoggerFactory.getLogger(OperationsMetrics.class);

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final RepositoryService repository;
  private final MultiGauge applications;
  private final MultiGauge openTasks;
  private final MultiGauge overdueTasks;
  private final MultiGauge incidents;
  private final MultiGauge jobs;

  public OperationsMetrics(RuntimeService runtime, TaskService tasks, ManagementService management,
      RepositoryService repository, MeterRegistry registry) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.repository = repository;
    applications = MultiGauge.builder("ejkn.applications.open")
        .description("Permohonan yang sedang berjalan per proses").register(registry);
    openTasks = MultiGauge.builder("ejkn.tasks.open").description("Tugas terbuka per instansi").register(registry);
    overdueTasks = MultiGauge.builder("ejkn.tasks.overdue")
        .description("Tugas terbuka yang melewati tenggat per instansi").register(registry);
    incidents = MultiGauge.builder("ejkn.incidents.open")
        .description("Insiden terbuka per proses dan aktivitas (mis. panggilan BPJS yang gagal)").register(registry);
    jobs = MultiGauge.builder("ejkn.jobs").description("Job mesin proses: antrean yang jatuh tempo dan yang habis "
        + "percobaan").register(registry);
  }

  @Scheduled(fixedDelayString = "${ejkn.metrics.operations-interval:PT1M}", initialDelayString = "PT20S")
  public void refresh() {
    try {
      Date now = new Date();
      List<MultiGauge.Row<?>> apps = new ArrayList<>();
      for (String key : processKeys()) {
        apps.add(MultiGauge.Row.of(Tags.of("process", key),
            runtime.createProcessInstanceQuery().processDefinitionKey(key).count()));
      }
      applications.register(apps, true);
      List<MultiGauge.Row<?>> open = new ArrayList<>();
      List<MultiGauge.Row<?>> late = new ArrayList<>();
      for (StaffGroups.GroupSpec agency : StaffGroups.AGENCIES) {
        Tags tags = Tags.of("agency", agency.id());
        open.add(MultiGauge.Row.of(tags, tasks.createTaskQuery().taskCandidateGroup(agency.id()).includeAssignedTasks()
            .count()));
        late.add(MultiGauge.Row.of(tags, tasks.createTaskQuery().taskCandidateGroup(agency.id()).includeAssignedTasks()
            .dueBefore(now).count()));
      }
      openTasks.register(open, true);
      overdueTasks.register(late, true);
      Map<String, Integer> byActivity = new TreeMap<>();
      for (Incident i : runtime.createIncidentQuery().listPage(0, 10_000)) {
        String process = repository.getProcessDefinition(i.getProcessDefinitionId()).getKey();
        byActivity.merge(process + "\u0000" + i.getActivityId(), 1, Integer::sum);
      }
      List<MultiGauge.Row<?>> incidentRows = new ArrayList<>();
      byActivity.forEach((k, n) -> incidentRows.add(MultiGauge.Row.of(Tags.of("process", k.split("\u0000")[0],
          "activity", String.valueOf(k.split("\u0000", -1)[1])), n)));
      incidents.register(incidentRows, true);
      jobs.register(List.of(
          MultiGauge.Row.of(Tags.of("state", "due"), management.createJobQuery().executable().count()),
          MultiGauge.Row.of(Tags.of("state", "out_of_retries"), management.createJobQuery().noRetriesLeft().count())),
          true);
    } catch (RuntimeException e) {
      LOG.warn("Metrik operasional belum dapat dihitung: {}", e.toString());
    }
  }

  private List<String> processKeys() {
    return repository.createProcessDefinitionQuery().latestVersion().list().stream().map(d -> d.getKey()).distinct()
        .sorted().toList();
  }
}
