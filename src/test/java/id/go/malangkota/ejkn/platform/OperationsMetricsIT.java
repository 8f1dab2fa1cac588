package id.go.malangkota.ejkn.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.intake.TestFamilies;
import id.go.malangkota.ejkn.kpi.FinishedApplications;
import id.go.malangkota.ejkn.kpi.KpiMetrics;
import id.go.malangkota.ejkn.notification.MailDispatcher;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import id.go.malangkota.ejkn.support.Journey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The operator's figures on {@code /actuator/prometheus}, and the Grafana dashboard in {@code deploy/grafana}
 * asking only for metrics the application publishes.
 */
@EjknIntegrationTest
class OperationsMetricsIT {

  @Autowired Journey journey;
  @Autowired OperationsMetrics operations;
  @Autowired KpiMetrics kpi;
  @Autowired MailDispatcher mail;
  @Autowired FinishedApplications finished;
  @Autowired RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.TaskService tasks;
  @Autowired JdbcTemplate jdbc;

  @Autowired io.micrometer.core.instrument.MeterRegistry registry;

  /** The gauge's value; Spring's test context keeps the meters but serves no Prometheus page (StartupIT reads it). */
  double value(String name, String... tags) {
    io.micrometer.core.instrument.Gauge gauge = registry.find(name).tags(tags).gauge();
    assertThat(gauge).as("gauge %s %s", name, java.util.Arrays.toString(tags)).isNotNull();
    return gauge.value();
  }

  @Test
  void openWorkOverdueTasksIncidentsAndTheJobBacklogArePublishedAndTheDashboardAsksOnlyForThose() throws Exception {
    // one application waiting at the agencies, with an incident on it; one that stopped at once (missing document)
    Journey.Filed open = journey.file("pandanwangi", TestFamilies.twoMemberFamily("35.73.01.1006"));
    Map<String, Object> civil = journey.awaitTask("dispendukcapil", open.pid(), "verifyCivilRegistry");
    Map<String, Object> stopped = TestFamilies.twoMemberFamily("35.73.01.1006");
    stopped.put("documents", Map.of("rtRwLetter", false, "stampedStatement", false, "hospitalLetter", false));
    Journey.Filed ended = journey.file("pandanwangi", stopped);
    try {
      String atCivilRegistry = runtime.createExecutionQuery().processInstanceId(open.pid())
          .activityId("verifyCivilRegistry").singleResult().getId();
      runtime.createIncident("ejknTest", atCivilRegistry, "uji-metrik", "BPJS tidak menjawab (uji)");
      tasks.setDueDate(civil.get("id").toString(), new java.util.Date(System.currentTimeMillis() - 86_400_000L));
      finished.drain();
      await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
          "SELECT COUNT(*) FROM ejkn_application_fact WHERE application_number = ?", Integer.class, ended.number()) == 1);
      operations.refresh();
      kpi.refresh();
      mail.sweep();

      assertThat(value("ejkn.applications.open", "process", "jkn-registration")).isGreaterThanOrEqualTo(1);
      assertThat(value("ejkn.tasks.open", "agency", "dispendukcapil")).isGreaterThanOrEqualTo(1);
      assertThat(value("ejkn.tasks.overdue", "agency", "dispendukcapil")).isGreaterThanOrEqualTo(1);
      assertThat(value("ejkn.incidents.open", "process", "jkn-registration", "activity", "verifyCivilRegistry"))
          .isGreaterThanOrEqualTo(1);
      assertThat(value("ejkn.jobs", "state", "due")).isNotNegative();
      assertThat(value("ejkn.jobs", "state", "out_of_retries")).isNotNegative();
      assertThat(value("ejkn.mail.outbox.pending")).isNotNegative();
      // the names Prometheus shows: dots become underscores (gauges get no suffix)
      Set<String> published = new TreeSet<>();
      registry.getMeters().forEach(meter -> published.add(meter.getId().getName().replace('.', '_')
          + (meter instanceof io.micrometer.core.instrument.Counter ? "_total" : "")));

      // the dashboard: every metric it queries is one the application publishes
      JsonNode dashboard = new ObjectMapper().readTree(Files.readString(Path.of("deploy/grafana/ejkn-cekat.json")));
      Set<String> asked = new TreeSet<>();
      for (JsonNode panel : dashboard.get("panels")) {
        for (JsonNode target : panel.get("targets")) {
          Matcher m = Pattern.compile("\\b(ejkn_[a-z_]+)\\{").matcher(target.get("expr").asText());
          while (m.find()) {
            asked.add(m.group(1));
          }
        }
      }
      assertThat(asked).contains("ejkn_applications_open", "ejkn_tasks_overdue", "ejkn_incidents_open", "ejkn_jobs",
          "ejkn_mail_outbox_pending", "ejkn_bpjs_failures_total", "ejkn_bpjs_recovery_released_total");
      for (String metric : asked) {
        assertThat(published).as("metric %s of the dashboard", metric).contains(metric);
      }
    } finally {
      runtime.deleteProcessInstance(open.pid(), "Uji metrik selesai", true, true);
    }
  }
}
