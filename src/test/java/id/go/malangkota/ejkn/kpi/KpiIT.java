package id.go.malangkota.ejkn.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.intake.TestFamilies;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The leaders' figures against a history with known numbers ({@link KpiFixtures}), and from a real application. */
@EjknIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiIT {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired FinishedApplications finished;
  @Autowired KpiMetrics metrics;
  @Autowired io.micrometer.core.instrument.MeterRegistry registry;

  @BeforeAll
  void knownHistory() {
    KpiFixtures.write(jdbc);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> kpi(String user, String query) {
    ResponseEntity<Map> r = rest.withBasicAuth(user, "demo").getForEntity("/api/kpi?" + query, Map.class);
    assertThat(r.getStatusCode()).as(user + " " + r.getBody()).isEqualTo(HttpStatus.OK);
    return r.getBody();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Map<String, Object> m, String key) {
    return (Map<String, Object>) m.get(key);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Map<String, Object> m, String key) {
    return (List<Map<String, Object>>) m.get(key);
  }

  @Test
  void theMonthsFiguresAreExact() {
    for (String query : List.of("month=2031-03&kelurahan=" + KpiFixtures.KLOJEN, "month=2031-03")) {
      Map<String, Object> r = kpi("kadinkes", query);
      assertThat(map(r, "applications")).containsEntry("received", 3).containsEntry("finished", 6);
      assertThat(list(map(r, "applications"), "byTypeAndOutcome")).extracting(
              m -> m.get("type") + "/" + m.get("outcome") + "=" + m.get("count"))
          .containsExactly("NEW/ACTIVATED=2", "NEW/CANCELLED=1", "NEW/MISSING_DOCUMENTS=1",
              "SWITCH_FROM_MANDIRI/REJECTED=1", "URGENT_REACTIVATION/ACTIVATED=1");
      assertThat(list(map(r, "applications"), "byTypeAndOutcome").get(0))
          .containsEntry("typeLabel", "Pendaftaran baru").containsEntry("outcomeLabel", "Kartu aktif");
      assertThat(map(r, "cycleTime")).containsEntry("count", 5).containsEntry("medianHours", 30.0)
          .containsEntry("p90Hours", 76.0);
      assertThat(map(r, "representatives")).containsEntry("applications", 6).containsEntry("byRepresentative", 2)
          .containsEntry("share", 0.3333);
      assertThat(list(r, "agencies")).extracting(a -> a.get("agency") + " n=" + a.get("tasks") + " med=" + a.get("medianHours")
              + " p90=" + a.get("p90Hours") + " total=" + a.get("totalHours") + " late=" + a.get("overdue"))
          .containsExactly("dinsos n=3 med=3.0 p90=4.6 total=9.0 late=1", "kelurahan n=1 med=2.0 p90=2.0 total=2.0 late=0");
      assertThat(map(r, "overdueTasks")).containsEntry("completedLate", 1);
      assertThat(map(r, "urgent")).containsEntry("finished", 1).containsEntry("breached", 1)
          .containsEntry("breachesRecorded", 1);
      assertThat(list(r, "rejectionReasons")).extracting(x -> x.get("reason") + "=" + x.get("count"))
          .containsExactly("WELFARE_NOT_IN_DTKS=2", "MISSING_DOCUMENT=1");
      assertThat(list(r, "rejectionReasons").get(0)).containsEntry("label", "Dinsos: tidak terdaftar di DTKS");
      List<Map<String, Object>> trend = list(r, "trend");
      assertThat(trend).hasSize(12);
      assertThat(trend.get(0)).containsEntry("month", "2030-04").containsEntry("finished", 0);
      assertThat(trend.get(11)).containsEntry("month", "2031-03").containsEntry("finished", 6)
          .containsEntry("medianHours", 30.0).containsEntry("p90Hours", 76.0).containsEntry("representativeShare", 0.3333);
    }
    Map<String, Object> other = kpi("auditor", "month=2031-03&kelurahan=35.73.01.1002");
    assertThat(map(other, "applications")).containsEntry("finished", 0).containsEntry("received", 0);
    assertThat(map(other, "cycleTime")).containsEntry("medianHours", null);
    assertThat(map(other, "representatives")).containsEntry("share", null);
  }

  static List<String> fields(JsonNode node) {
    assertThat(node.isObject()).as(String.valueOf(node)).isTrue();
    List<String> out = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** What the Cockpit plugin's KPI view reads: every section's fields in this order, nulls written. */
  @Test
  void theReportsJsonKeepsItsFieldsAndTheirOrder() throws Exception {
    ResponseEntity<String> response = rest.withBasicAuth("kadinkes", "demo").getForEntity("/api/kpi?month=2031-03",
        String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode r = new ObjectMapper().readTree(response.getBody());
    assertThat(fields(r)).containsExactly("month", "kelurahanCode", "applications", "cycleTime", "representatives",
        "agencies", "overdueTasks", "urgent", "rejectionReasons", "trend", "kelurahanName");
    assertThat(r.get("kelurahanCode").isNull()).isTrue();
    assertThat(fields(r.get("applications"))).containsExactly("received", "finished", "byTypeAndOutcome");
    assertThat(fields(r.get("applications").get("byTypeAndOutcome").get(0)))
        .containsExactly("type", "typeLabel", "outcome", "outcomeLabel", "count");
    assertThat(fields(r.get("cycleTime"))).containsExactly("count", "medianHours", "p90Hours", "byType");
    assertThat(fields(r.get("cycleTime").get("byType").get(0)))
        .containsExactly("type", "typeLabel", "count", "medianHours", "p90Hours");
    assertThat(fields(r.get("representatives"))).containsExactly("applications", "byRepresentative", "share", "byRelation");
    assertThat(fields(r.get("representatives").get("byRelation").get(0))).containsExactly("relation", "label", "count");
    assertThat(fields(r.get("agencies").get(0)))
        .containsExactly("agency", "label", "tasks", "totalHours", "medianHours", "p90Hours", "overdue");
    assertThat(fields(r.get("overdueTasks"))).containsExactly("completedLate", "openNow");
    assertThat(fields(r.get("urgent"))).containsExactly("finished", "breached", "breachesRecorded");
    assertThat(fields(r.get("rejectionReasons").get(0))).containsExactly("reason", "label", "count");
    assertThat(fields(r.get("trend").get(0)))
        .containsExactly("month", "finished", "medianHours", "p90Hours", "representativeShare");
    assertThat(r.get("trend").get(0).get("medianHours").isNull()).as("a month without figures").isTrue();
  }

  @Test
  void leadersReadTheFiguresAndNobodyElse() {
    for (String user : List.of("kadinkes", "dinkes", "auditor", "pemilik-proses", "admin")) {
      kpi(user, "month=2031-03");
    }
    for (String user : List.of("pandanwangi", "dinsos", "dispendukcapil", "disnaker")) {
      assertThat(rest.withBasicAuth(user, "demo").getForEntity("/api/kpi", String.class).getStatusCode())
          .as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(rest.getForEntity("/api/kpi", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("kadinkes", "demo").getForEntity("/api/kpi?month=Maret", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rest.withBasicAuth("kadinkes", "demo").getForEntity("/api/kpi?kelurahan=99", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aFinishedApplicationBecomesFactsWithoutPersonalData() {
    Map<String, Object> family = TestFamilies.twoMemberFamily("35.73.01.1002");
    family.put("documents", Map.of("rtRwLetter", false));
    family.put("submittedBy", Map.of("relation", "OTHER", "nik", "3573011203800001", "name", "Tetangga Baik",
        "powerOfAttorney", true));
    ResponseEntity<Map> created = rest.withBasicAuth("arjosari", "demo").postForEntity("/api/applications", family, Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = (String) created.getBody().get("id");
    finished.drain();
    Map<String, Object> fact = await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
        "SELECT * FROM ejkn_application_fact WHERE application_number = ?", number), l -> l.size() == 1).get(0);
    assertThat(fact).containsEntry("OUTCOME", "MISSING_DOCUMENTS").containsEntry("REQUEST_TYPE", "NEW")
        .containsEntry("KELURAHAN_CODE", "35.73.01.1002").containsEntry("SUBMITTED_BY_RELATION", "OTHER")
        .containsEntry("REPRESENTATIVE", true).containsEntry("CANDIDATE_COUNT", 2).containsEntry("ACTIVE_COUNT", 0)
        .containsEntry("END_ACTIVITY_ID", "missingDocumentsEnd");
    assertThat(jdbc.queryForList("SELECT outcome, outcome_reason FROM ejkn_candidate_fact WHERE application_number = ?",
        number)).hasSize(2).allSatisfy(c -> assertThat(c.values()).containsExactly("REJECTED", "MISSING_DOCUMENT"));
    // the register keeps the people (the auditor's NIK search), the facts do not
    assertThat(jdbc.queryForList("SELECT nik FROM ejkn_application_member WHERE application_number = ? ORDER BY seq",
        String.class, number)).hasSize(2).allSatisfy(nik -> assertThat(nik).hasSize(16));
    assertThat(jdbc.queryForObject("SELECT submitted_by_nik FROM ejkn_application WHERE application_number = ?",
        String.class, number)).isEqualTo("3573011203800001");
    assertThat(fact.values()).noneMatch(v -> String.valueOf(v).matches("\\d{16}"));
    // recording is idempotent: the catch-up finds nothing left, a second recording changes nothing
    assertThat(finished.catchUp()).isZero();
    String pid = (String) created.getBody().get("processInstanceId");
    assertThat(finished.record(pid)).isTrue();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_candidate_fact WHERE application_number = ?", Integer.class,
        number)).isEqualTo(2);
  }

  @Test
  void theFiguresAreAlsoMetrics() {
    // @SpringBootTest switches the Prometheus export off; the gauges are in the registry the endpoint scrapes, and
    // they carry the same figures as this month's report
    Map<String, Object> month = kpi("kadinkes", "");
    metrics.refresh();
    Map<String, Object> apps = map(month, "applications");
    assertThat(registry.find("ejkn.kpi").tag("indicator", "finished").gauge().value())
        .isEqualTo(((Number) apps.get("finished")).doubleValue());
    assertThat(registry.find("ejkn.kpi").tag("indicator", "received").gauge().value())
        .isEqualTo(((Number) apps.get("received")).doubleValue());
    assertThat(registry.find("ejkn.kpi").tag("indicator", "tasks_overdue_open").gauge().value())
        .isEqualTo(((Number) map(month, "overdueTasks").get("openNow")).doubleValue());
    assertThat(registry.find("ejkn.kpi.cycle.time.hours").gauges()).hasSizeLessThanOrEqualTo(2);
  }
}
