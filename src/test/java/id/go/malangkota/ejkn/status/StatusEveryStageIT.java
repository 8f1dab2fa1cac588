package id.go.malangkota.ejkn.status;

import static id.go.malangkota.ejkn.support.Vars.strings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.intake.TestFamilies;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import id.go.malangkota.ejkn.support.Journey;
import id.go.malangkota.ejkn.support.Vars;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The public status ({@code GET /status/api}, not logged in) of every service a resident applies for at the counter,
 * at every stage where it waits and at every end, as the demo users drive it through the REST API. {@link #ROWS} is
 * the table a resident would read: one row per service × stage, with the stage code, the Indonesian stage text,
 * whether it is finished, which date is promised and where the milestones stand. Each journey stops at each wait
 * state and checks its row; the last check is that every row was visited.
 *
 * <p>The two system steps that would pass too fast to see (the BPJS look-up after filing, the check at BPJS after
 * the submission) are held by suspending their job definitions for the moment of the check, so the test sees
 * RECEIVED and BPJS as a resident would when BPJS is slow. Deactivation is filed at {@code /api/deactivations}, gets
 * no receipt and has no public status; the membership check is no application.
 */
@EjknIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusEveryStageIT {

  static final String PANDANWANGI = "35.73.01.1006";

  /** Which date the status promises at a stage. */
  enum Due {
    /** none: the system is at work. */
    NONE,
    /** the latest due date of the open tasks (the time standard of the step). */
    TASKS,
    /** the start of the wait for BPJS plus the activation-polling table's maximum wait (2 days; urgent 12 hours). */
    BPJS,
    /** the urgent reactivation's overall 3×24-hour deadline (also when BPJS's usual wait would end later). */
    DEADLINE,
    /** when it ended. */
    ENDED
  }

  static final String RECEIVED = "Diterima di kelurahan";
  static final String VERIFICATION = "Verifikasi instansi";
  static final String FKTP = "Penetapan puskesmas";
  static final String SIGNATURE = "Tanda tangan Kepala Dinas";
  static final String BPJS = "Aktivasi BPJS";
  static final String DONE = "Selesai";
  static final List<String> MILESTONES = List.of(RECEIVED, VERIFICATION, FKTP, SIGNATURE, BPJS, DONE);
  /** {@code progress}: the current milestone; {@link #ALL_DONE} every one done; null no milestones (an end off the way). */
  static final String ALL_DONE = "(semua selesai)";

  record Row(String service, String stop, String code, String text, boolean finished, Due due, String current) {
    String key() {
      return service + "/" + stop;
    }
  }

  static final String WAITING_BPJS = "Menunggu aktivasi BPJS";
  static final String AT_WORK = "Permohonan diterima, sedang diperiksa sistem";
  static final String RETURNED = "Dikembalikan ke kelurahan untuk dilengkapi atau diperbaiki";
  static final String AT_FKTP = "Dinas Kesehatan sedang menetapkan puskesmas (FKTP) Anda";
  static final String AT_SIGNATURE = "Menunggu tanda tangan Kepala Dinas Kesehatan";
  static final String ACTIVE = "Selesai: kartu KIS aktif";
  static final String REJECTED = "Selesai: permohonan ditolak — tanyakan alasannya di kelurahan";
  static final String STOPPED = "Dihentikan: dokumen belum lengkap — bawa dokumen yang kurang ke kelurahan";
  /** The agencies by the names of their lanes in the model. */
  static final String ALL_THREE = "Sedang diverifikasi oleh Dispendukcapil, Dinas Sosial P3AP2KB dan Disnaker PMPTSP";
  static final String CIVIL_AND_WELFARE = "Sedang diverifikasi oleh Dispendukcapil dan Dinas Sosial P3AP2KB";
  static final String CIVIL_ONLY = "Sedang diverifikasi oleh Dispendukcapil";

  /** What a resident reads: service × stage. */
  static final List<Row> ROWS = List.of(
      // service              stop            code            stage text         finished due        milestone
      new Row("NEW", "RECEIVED", "RECEIVED", AT_WORK, false, Due.NONE, RECEIVED),
      new Row("NEW", "VERIFICATION", "VERIFICATION", ALL_THREE, false, Due.TASKS, VERIFICATION),
      new Row("NEW", "RETURNED", "RETURNED", RETURNED, false, Due.TASKS, VERIFICATION),
      new Row("NEW", "FKTP", "FKTP", AT_FKTP, false, Due.TASKS, FKTP),
      new Row("NEW", "SIGNATURE", "SIGNATURE", AT_SIGNATURE, false, Due.TASKS, SIGNATURE),
      new Row("NEW", "BPJS", "BPJS", WAITING_BPJS, false, Due.BPJS, BPJS),
      new Row("NEW", "ACTIVE", "ACTIVE", ACTIVE, true, Due.ENDED, ALL_DONE),
      new Row("NEW", "REJECTED", "REJECTED", REJECTED, true, Due.ENDED, null),
      new Row("NEW", "STOPPED", "STOPPED", STOPPED, true, Due.ENDED, null),

      new Row("SWITCH_FROM_MANDIRI", "RECEIVED", "RECEIVED", AT_WORK, false, Due.NONE, RECEIVED),
      new Row("SWITCH_FROM_MANDIRI", "VERIFICATION", "VERIFICATION", CIVIL_AND_WELFARE, false, Due.TASKS, VERIFICATION),
      new Row("SWITCH_FROM_MANDIRI", "RETURNED", "RETURNED", RETURNED, false, Due.TASKS, VERIFICATION),
      new Row("SWITCH_FROM_MANDIRI", "FKTP", "FKTP", AT_FKTP, false, Due.TASKS, FKTP),
      new Row("SWITCH_FROM_MANDIRI", "SIGNATURE", "SIGNATURE", AT_SIGNATURE, false, Due.TASKS, SIGNATURE),
      new Row("SWITCH_FROM_MANDIRI", "BPJS", "BPJS", WAITING_BPJS, false, Due.BPJS, BPJS),
      new Row("SWITCH_FROM_MANDIRI", "ACTIVE", "ACTIVE", ACTIVE, true, Due.ENDED, ALL_DONE),
      new Row("SWITCH_FROM_MANDIRI", "REJECTED", "REJECTED", REJECTED, true, Due.ENDED, null),
      new Row("SWITCH_FROM_MANDIRI", "STOPPED", "STOPPED", STOPPED, true, Due.ENDED, null),

      new Row("URGENT_REACTIVATION", "RECEIVED", "RECEIVED", AT_WORK, false, Due.DEADLINE, RECEIVED),
      new Row("URGENT_REACTIVATION", "VERIFICATION", "VERIFICATION", CIVIL_ONLY, false, Due.TASKS, VERIFICATION),
      new Row("URGENT_REACTIVATION", "RETURNED", "RETURNED", RETURNED, false, Due.TASKS, VERIFICATION),
      new Row("URGENT_REACTIVATION", "FKTP", "FKTP", AT_FKTP, false, Due.TASKS, FKTP),
      new Row("URGENT_REACTIVATION", "SIGNATURE", "SIGNATURE", AT_SIGNATURE, false, Due.TASKS, SIGNATURE),
      new Row("URGENT_REACTIVATION", "BPJS", "BPJS", WAITING_BPJS, false, Due.DEADLINE, BPJS),
      new Row("URGENT_REACTIVATION", "ACTIVE", "ACTIVE", ACTIVE, true, Due.ENDED, ALL_DONE),
      new Row("URGENT_REACTIVATION", "REJECTED", "REJECTED", REJECTED, true, Due.ENDED, null),
      new Row("URGENT_REACTIVATION", "STOPPED", "STOPPED", STOPPED, true, Due.ENDED, null));

  @Autowired TestRestTemplate rest;
  @Autowired Journey journey;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired AttemptLimiter limiter;
  final ObjectMapper json = new ObjectMapper();
  final Set<String> visited = new LinkedHashSet<>();
  final List<String> started = new ArrayList<>();
  int journeys;

  @BeforeEach
  void setUp() {
    limiter.reset();
  }

  @AfterEach
  void journeyDone() {
    journeys++;
  }

  /** Deletes what is left open (the Tasklist lists stay short); when every journey ran, every row was checked. */
  @AfterAll
  void everyRowIsVisitedAndNothingIsLeftOpen() {
    runtime.deleteProcessInstancesIfExists(started, "uji status setiap tahap selesai", true, true, false);
    long all = java.util.Arrays.stream(getClass().getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Test.class))
        .count();
    if (journeys == all) {
      assertThat(visited).containsExactlyInAnyOrderElementsOf(ROWS.stream().map(Row::key).toList());
    }
  }

  // ---- the journeys ------------------------------------------------------------------------------------------

  @Test
  void aNewRegistrationAtEveryStageFromTheCounterToAnActiveCard() throws Exception {
    Journey.Filed f = held("checkBpjsStatus", () -> file("NEW", documents(true, false, false)), a -> at(a, "NEW",
        "RECEIVED"));
    at(f, "NEW", "VERIFICATION", "verifyCivilRegistry", "verifyWelfare", "verifyEmployment");
    returnAndCorrect(f, "NEW");
    at(f, "NEW", "VERIFICATION", "verifyCivilRegistry", "verifyWelfare", "verifyEmployment");
    approve(f, "verifyCivilRegistry", "verifyWelfare", "verifyEmployment");
    throughFktpAndSignatureToActive(f, "NEW");
  }

  @Test
  void aNewRegistrationRefusedByDinsosEndsRejected() {
    Journey.Filed f = file("NEW", documents(true, false, false));
    journey.awaitTask("dinsos", f.pid(), "verifyWelfare");
    journey.complete("dinsos", f.pid(), "verifyWelfare", strings("welfareDecision", "REJECT",
        "welfareReason", "NOT_IN_DTKS", "welfareNote", "Tidak ada di DTKS 2026"));
    approve(f, "verifyCivilRegistry", "verifyEmployment");
    atEnd(f, "NEW", "REJECTED");
  }

  @Test
  void aNewRegistrationWithoutTheRtRwLetterIsStopped() {
    atEnd(file("NEW", documents(false, false, false)), "NEW", "STOPPED");
  }

  @Test
  void aSwitchFromMandiriAtEveryStageToAnActiveCard() throws Exception {
    Journey.Filed f = held("checkBpjsStatus", () -> file("SWITCH_FROM_MANDIRI", documents(true, true, false)),
        a -> at(a, "SWITCH_FROM_MANDIRI", "RECEIVED"));
    at(f, "SWITCH_FROM_MANDIRI", "VERIFICATION", "verifyCivilRegistry", "verifyWelfare");
    returnAndCorrect(f, "SWITCH_FROM_MANDIRI");
    at(f, "SWITCH_FROM_MANDIRI", "VERIFICATION", "verifyCivilRegistry", "verifyWelfare");
    approve(f, "verifyCivilRegistry", "verifyWelfare");
    throughFktpAndSignatureToActive(f, "SWITCH_FROM_MANDIRI");
  }

  @Test
  void aSwitchFromMandiriRefusedByTheKepalaDinasEndsRejected() throws Exception {
    Journey.Filed f = file("SWITCH_FROM_MANDIRI", documents(true, true, false));
    approve(f, "verifyCivilRegistry", "verifyWelfare");
    assignFktp(f);
    journey.complete("kadinkes", f.pid(), "signApproval", strings("signDecision", "REJECT",
        "signNote", "Data DTKS belum mutakhir"));
    atEnd(f, "SWITCH_FROM_MANDIRI", "REJECTED");
  }

  @Test
  void aSwitchFromMandiriWithoutTheStampedStatementIsStopped() {
    atEnd(file("SWITCH_FROM_MANDIRI", documents(true, false, false)), "SWITCH_FROM_MANDIRI", "STOPPED");
  }

  /**
   * Admitted 65 hours ago: 7 hours are left of the 3×24, less than BPJS's usual 12 hours for an urgent activation, so
   * every promised date is the hospital's deadline at the latest.
   */
  @Test
  void anUrgentReactivationAtEveryStageWithinItsDeadline() throws Exception {
    Journey.Filed f = held("checkBpjsStatus", () -> file("URGENT_REACTIVATION", documents(false, false, true), 65),
        a -> at(a, "URGENT_REACTIVATION", "RECEIVED"));
    at(f, "URGENT_REACTIVATION", "VERIFICATION", "verifyCivilRegistry");
    returnAndCorrect(f, "URGENT_REACTIVATION");
    at(f, "URGENT_REACTIVATION", "VERIFICATION", "verifyCivilRegistry");
    approve(f, "verifyCivilRegistry");
    throughFktpAndSignatureToActive(f, "URGENT_REACTIVATION");
  }

  @Test
  void anUrgentReactivationAtItsRejectedEndSaysRejectedNotDone() {
    Journey.Filed f = file("URGENT_REACTIVATION", documents(false, false, true));
    journey.complete("dispendukcapil", f.pid(), "verifyCivilRegistry", strings("civilRegistryDecision", "REJECT",
        "civilRegistryReason", "NOT_DOMICILED", "civilRegistryNote", "Pindah ke Kabupaten Malang"));
    Map<String, Object> status = atEnd(f, "URGENT_REACTIVATION", "REJECTED");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(f.pid()).singleResult().getEndActivityId())
        .as("the urgent wrapper itself ends at its (outcome-less) completed end").isEqualTo("urgentCompletedEnd");
    assertThat(status.get("stage").toString()).doesNotContain("aktif").isNotEqualTo("Layanan mendesak selesai");
  }

  @Test
  void anUrgentReactivationWithoutTheHospitalLetterIsStopped() {
    atEnd(file("URGENT_REACTIVATION", documents(false, false, false)), "URGENT_REACTIVATION", "STOPPED");
  }

  // ---- steps -------------------------------------------------------------------------------------------------

  void returnAndCorrect(Journey.Filed f, String service) {
    journey.complete("dispendukcapil", f.pid(), "verifyCivilRegistry", strings("civilRegistryDecision", "RETURN",
        "civilRegistryReason", "DATA_INCOMPLETE", "civilRegistryNote", "Alamat tidak lengkap"));
    approveOthers(f, service);
    journey.awaitTask("pandanwangi", f.pid(), "correctApplication");
    at(f, service, "RETURNED", "correctApplication");
    journey.complete("pandanwangi", f.pid(), "correctApplication", strings("correctionNote", "Alamat dilengkapi"));
  }

  void approveOthers(Journey.Filed f, String service) {
    switch (service) {
      case "NEW" -> approve(f, "verifyWelfare", "verifyEmployment");
      case "SWITCH_FROM_MANDIRI" -> approve(f, "verifyWelfare");
      default -> { }
    }
  }

  static final Map<String, String[]> VERIFIERS = Map.of(
      "verifyCivilRegistry", new String[] {"dispendukcapil", "civilRegistryDecision"},
      "verifyWelfare", new String[] {"dinsos", "welfareDecision"},
      "verifyEmployment", new String[] {"disnaker", "employmentDecision"});

  void approve(Journey.Filed f, String... taskKeys) {
    for (String key : taskKeys) {
      String[] who = VERIFIERS.get(key);
      journey.complete(who[0], f.pid(), key, strings(who[1], "APPROVE"));
    }
  }

  @SuppressWarnings("unchecked")
  void assignFktp(Journey.Filed f) throws Exception {
    Map<String, Object> fktp = journey.awaitTask("dinkes", f.pid(), "assignFktp");
    List<Map<String, Object>> rows = json.readValue(journey.variable("dinkes", fktp, "fktpAssignments"), List.class);
    rows.forEach(r -> r.put("fktpCode", "PKM-PANDANWANGI"));
    journey.complete("dinkes", fktp, Map.of("fktpAssignments", Vars.json(json.writeValueAsString(rows))));
  }

  void throughFktpAndSignatureToActive(Journey.Filed f, String service) throws Exception {
    journey.awaitTask("dinkes", f.pid(), "assignFktp");
    at(f, service, "FKTP", "assignFktp");
    assignFktp(f);
    journey.awaitTask("kadinkes", f.pid(), "signApproval");
    at(f, service, "SIGNATURE", "signApproval");
    held("checkSubmissionAtBpjs", () -> {
      journey.complete("kadinkes", f.pid(), "signApproval", strings("signDecision", "APPROVE"));
      return f;
    }, a -> at(a, service, "BPJS"));
    atEnd(f, service, "ACTIVE");
  }

  // ---- filing ------------------------------------------------------------------------------------------------

  static Map<String, Boolean> documents(boolean rtRwLetter, boolean stampedStatement, boolean hospitalLetter) {
    return Map.of("rtRwLetter", rtRwLetter, "stampedStatement", stampedStatement, "hospitalLetter", hospitalLetter);
  }

  /** One applicant, arranged at the BPJS simulator as the service expects (none, active mandiri, inactive). */
  Journey.Filed file(String type, Map<String, Boolean> documents) {
    return file(type, documents, 1);
  }

  /** {@code admittedHoursAgo}: for an urgent reactivation, when the patient was admitted. */
  Journey.Filed file(String type, Map<String, Boolean> documents, int admittedHoursAgo) {
    String birthDate = switch (type) {
      case "NEW" -> "1991-03-05";
      case "SWITCH_FROM_MANDIRI" -> "1979-06-30";
      default -> "1960-02-10";
    };
    String nik = TestFamilies.nik(birthDate, false);
    if (!"NEW".equals(type)) {
      journey.bpjsSays(nik, "Warga Uji Status", birthDate, "SWITCH_FROM_MANDIRI".equals(type), "PBPU", 0);
    }
    Map<String, Object> a = TestFamilies.application(PANDANWANGI,
        List.of(TestFamilies.member(nik, "Warga Uji Status", birthDate, "KEPALA_KELUARGA", true)));
    a.put("type", type);
    a.put("documents", documents);
    if ("URGENT_REACTIVATION".equals(type)) {
      a.put("hospitalAdmission", OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(admittedHoursAgo).withNano(0).toString());
    }
    Journey.Filed f = journey.file("pandanwangi", a);
    started.add(f.pid());
    return f;
  }

  // ---- holding a system step ---------------------------------------------------------------------------------

  interface Step {
    Journey.Filed run() throws Exception;
  }

  /**
   * Runs {@code step} while the jobs of {@code activityId} (every deployed version) are suspended, waits until the
   * application's job there exists, checks it with {@code check}, then lets the job go.
   */
  Journey.Filed held(String activityId, Step step, Consumer<Journey.Filed> check) throws Exception {
    List<JobDefinition> definitions = management.createJobDefinitionQuery().activityIdIn(activityId).list();
    assertThat(definitions).as("job definitions of " + activityId).isNotEmpty();
    definitions.forEach(d -> management.suspendJobDefinitionById(d.getId(), true));
    try {
      Journey.Filed f = step.run();
      org.awaitility.Awaitility.await().atMost(Journey.PATIENCE).until(() -> runtime.createProcessInstanceQuery()
          .processInstanceBusinessKey(f.number()).list().stream().anyMatch(pi -> management.createJobQuery()
              .processInstanceId(pi.getId()).activityId(activityId).suspended().count() > 0));
      check.accept(f);
      return f;
    } finally {
      definitions.forEach(d -> management.activateJobDefinitionById(d.getId(), true));
    }
  }

  // ---- the checks --------------------------------------------------------------------------------------------

  static Row row(String service, String stop) {
    return ROWS.stream().filter(r -> r.service().equals(service) && r.stop().equals(stop)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no row " + service + "/" + stop));
  }

  /** Waits until the application is at its end, then checks the row. */
  Map<String, Object> atEnd(Journey.Filed f, String service, String stop) {
    org.awaitility.Awaitility.await().atMost(Journey.PATIENCE).pollInterval(Duration.ofMillis(300)).until(
        () -> history.createHistoricProcessInstanceQuery().processInstanceId(f.pid()).finished().count() == 1);
    return at(f, service, stop);
  }

  /** The status answer matches the row; {@code waitingAt}, when given, are the task keys open right now. */
  @SuppressWarnings("unchecked")
  Map<String, Object> at(Journey.Filed f, String service, String stop, String... waitingAt) {
    Row row = row(service, stop);
    if (waitingAt.length > 0) {
      org.awaitility.Awaitility.await().atMost(Journey.PATIENCE).pollInterval(Duration.ofMillis(300)).until(
          () -> openTasks(f).stream().map(Task::getTaskDefinitionKey).collect(java.util.stream.Collectors.toSet()),
          keys -> keys.equals(Set.of(waitingAt)));
    }
    limiter.reset();
    ResponseEntity<Map> r = journey.status(f.number(), f.birthDate());
    assertThat(r.getStatusCode()).as(row.key()).isEqualTo(HttpStatus.OK);
    Map<String, Object> s = r.getBody();
    String as = row.key() + " " + s;
    assertThat(s).as(as).containsEntry("applicationNumber", f.number()).containsEntry("stageCode", row.code())
        .containsEntry("stage", row.text()).containsEntry("finished", row.finished())
        .containsEntry("service", id.go.malangkota.ejkn.application.RequestType.labelOf(service));
    assertThat(s.get("detail")).as(as).isNotNull();
    Date expected = s.get("expectedDate") == null ? null : Date.from(Instant.parse(s.get("expectedDate").toString()));
    switch (row.due()) {
      case NONE -> assertThat(expected).as(as + ": no date while the system works").isNull();
      case TASKS -> assertThat(expected).as(as + ": the latest due date of the open tasks")
          .isEqualTo(openTasks(f).stream().map(Task::getDueDate).filter(Objects::nonNull).max(Date::compareTo)
              .orElseThrow());
      case BPJS -> assertThat(expected).as(as + ": the wait for BPJS plus the polling table's maximum wait")
          .isEqualTo(Date.from(waitStarted(f).toInstant().plus(Duration.ofDays(2))));
      case DEADLINE -> {
        assertThat(expected).as(as + ": the 3×24-hour deadline").isEqualTo(deadline(f));
        if ("BPJS".equals(stop)) {
          assertThat(waitStarted(f).toInstant().plus(Duration.ofHours(12))).as("BPJS's usual 12 hours end later")
              .isAfter(deadline(f).toInstant());
        }
      }
      case ENDED -> assertThat(expected).as(as + ": when it ended")
          .isEqualTo(history.createHistoricProcessInstanceQuery().processInstanceId(f.pid()).singleResult().getEndTime());
    }
    if (expected != null) {
      assertThat(s.get("expectedDateText").toString()).as(as).endsWith("WIB");
    }
    if ("URGENT_REACTIVATION".equals(service) && !row.finished()) {
      assertThat(expected).as(as + ": an urgent stage never promises beyond the hospital's deadline").isNotNull()
          .isBeforeOrEqualTo(deadline(f));
    }
    assertThat((List<Map<String, Object>>) s.get("progress")).as(as).isEqualTo(progress(row.current()));
    assertThat(s.toString()).as(as + ": no personal data").doesNotContain("Warga Uji Status", "WARGA UJI STATUS");
    visited.add(row.key());
    return s;
  }

  static List<Map<String, Object>> progress(String current) {
    if (current == null) {
      return List.of();
    }
    int at = ALL_DONE.equals(current) ? MILESTONES.size() : MILESTONES.indexOf(current);
    assertThat(at).as("milestone " + current).isNotNegative();
    List<Map<String, Object>> list = new ArrayList<>();
    for (int i = 0; i < MILESTONES.size(); i++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("label", MILESTONES.get(i));
      m.put("state", i < at ? "DONE" : i == at ? "CURRENT" : "TODO");
      list.add(m);
    }
    return list;
  }

  List<Task> openTasks(Journey.Filed f) {
    return tasks.createTaskQuery().processInstanceBusinessKey(f.number()).list();
  }

  Date deadline(Journey.Filed f) {
    return (Date) runtime.getVariable(f.pid(), "overallDeadline");
  }

  Date waitStarted(Journey.Filed f) {
    return (Date) runtime.createProcessInstanceQuery().processInstanceBusinessKey(f.number())
        .processDefinitionKey("jkn-bpjs-submission").list().stream()
        .map(pi -> runtime.getVariable(pi.getId(), "submissionWaitStarted")).filter(Objects::nonNull).findFirst()
        .orElseThrow();
  }
}
