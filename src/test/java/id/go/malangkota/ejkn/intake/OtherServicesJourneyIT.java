package id.go.malangkota.ejkn.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMailUtil;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import id.go.malangkota.ejkn.support.TestInfrastructure;
import id.go.malangkota.ejkn.verification.TaskDeadlines;
import id.go.malangkota.ejkn.verification.UrgentTaskEscalation;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Switch from mandiri and urgent reactivation through the REST API as the demo users, with the BPJS simulator. */
@EjknIntegrationTest
class OtherServicesJourneyIT {

  static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired UrgentTaskEscalation halfway;
  final ObjectMapper json = new ObjectMapper();

  TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  void arrange(String nik, String name, String birthDate, String statusCode, String segment) {
    Map<String, Object> peserta = Map.of("nama", name.toUpperCase(), "tglLahir", birthDate, "sex", "L",
        "statusPeserta", Map.of("kode", statusCode, "keterangan", "0".equals(statusCode) ? "AKTIF" : "NON AKTIF"),
        "jenisPeserta", Map.of("kode", "14", "keterangan", segment),
        "hakKelas", Map.of("kode", "3", "keterangan", "KELAS III"),
        "provUmum", Map.of("kdProvider", "13050101", "nmProvider", "PUSKESMAS PANDANWANGI"),
        "tunggakan", 105000);
    rest.exchange("/bpjs-simulator/peserta/" + nik, HttpMethod.PUT, new HttpEntity<>(peserta), String.class);
  }

  String lifecycle(String pid) {
    var child = runtime.createProcessInstanceQuery().superProcessInstanceId(pid).singleResult();
    return child == null ? pid : child.getId();
  }

  Map<String, Object> awaitTask(String user, String pid, String key) {
    return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(
        () -> as(user).exchange("/engine-rest/task?processInstanceId=" + lifecycle(pid), HttpMethod.GET, null, LIST)
            .getBody().stream().filter(t -> key.equals(t.get("taskDefinitionKey"))).findFirst(),
        java.util.Optional::isPresent).orElseThrow();
  }

  void complete(String user, Map<String, Object> task, Map<String, Object> variables) {
    ResponseEntity<String> r = as(user).postForEntity("/engine-rest/task/" + task.get("id") + "/complete",
        Map.of("variables", variables), String.class);
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @SuppressWarnings("unchecked")
  void fktpAndSign(String pid) throws Exception {
    Map<String, Object> fktp = awaitTask("dinkes", pid, "assignFktp");
    Map<String, Object> v = as("dinkes").getForEntity("/engine-rest/task/" + fktp.get("id")
        + "/variables/fktpAssignments?deserializeValue=false", Map.class).getBody();
    List<Map<String, Object>> rows = json.readValue(v.get("value").toString(), List.class);
    rows.forEach(r -> r.put("fktpCode", "PKM-PANDANWANGI"));
    complete("dinkes", fktp, Map.of("fktpAssignments", Map.of("value", json.writeValueAsString(rows), "type", "Json")));
    complete("kadinkes", awaitTask("kadinkes", pid, "signApproval"), Map.of("signDecision", Map.of("value", "APPROVE")));
  }

  Map<String, Object> awaitCompleted(String number) {
    return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(
        () -> as("pandanwangi").getForEntity("/api/applications/" + number, Map.class).getBody(),
        b -> "COMPLETED".equals(b.get("status")));
  }

  List<MimeMessage> mailsTo(String address, String subjectPart) {
    return Arrays.stream(TestInfrastructure.greenMail().getReceivedMessages()).filter(m -> {
      try {
        return GreenMailUtil.getAddressList(m.getAllRecipients()).contains(address) && m.getSubject().contains(subjectPart);
      } catch (jakarta.mail.MessagingException e) {
        return false;
      }
    }).toList();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aMandiriMemberSwitchesToCityFunding() throws Exception {
    String nik = TestFamilies.nik("1979-06-30", false);
    arrange(nik, "Bambang Sutejo", "1979-06-30", "0", "PBPU");
    Map<String, Object> a = TestFamilies.application("35.73.01.1006",
        List.of(TestFamilies.member(nik, "Bambang Sutejo", "1979-06-30", "KEPALA_KELUARGA", true)));
    a.put("type", "SWITCH_FROM_MANDIRI");
    a.put("documents", Map.of("rtRwLetter", true, "stampedStatement", true, "hospitalLetter", false));
    ResponseEntity<Map> created = as("pandanwangi").postForEntity("/api/applications", a, Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String pid = created.getBody().get("processInstanceId").toString();
    Map<String, Object> civil = awaitTask("dispendukcapil", pid, "verifyCivilRegistry");
    String summary = as("dispendukcapil").getForEntity("/engine-rest/task/" + civil.get("id")
        + "/variables/verificationSummary", Map.class).getBody().get("value").toString();
    assertThat(summary).contains("PBPU", "Rp105.000", "KELAS III");
    complete("dispendukcapil", civil, Map.of("civilRegistryDecision", Map.of("value", "APPROVE")));
    complete("dinsos", awaitTask("dinsos", pid, "verifyWelfare"), Map.of("welfareDecision", Map.of("value", "APPROVE")));
    fktpAndSign(pid);
    Map<String, Object> done = awaitCompleted(created.getBody().get("id").toString());
    assertThat((List<Map<String, Object>>) done.get("candidates")).singleElement()
        .satisfies(c -> assertThat(c.get("outcome")).isEqualTo("ACTIVE"));
    assertThat(rest.getForEntity("/bpjs-simulator/peserta/" + nik, String.class).getBody()).contains("PBI (APBD)");
  }

  @Test
  @SuppressWarnings("unchecked")
  void anUrgentReactivationEscalatesWithTheDeadlineInJakartaTimeAndTellsTheHospital() throws Exception {
    String nik = TestFamilies.nik("1960-02-10", false);
    arrange(nik, "Sumarno", "1960-02-10", "1", "PBPU");
    Map<String, Object> a = TestFamilies.application("35.73.01.1006",
        List.of(TestFamilies.member(nik, "Sumarno", "1960-02-10", "KEPALA_KELUARGA", true)));
    a.put("type", "URGENT_REACTIVATION");
    a.put("email", "igd@rssa.example.id");
    a.put("documents", Map.of("hospitalLetter", true));
    a.put("hospitalAdmission", OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(1).withNano(0).toString());
    ResponseEntity<Map> created = as("pandanwangi").postForEntity("/api/applications", a, Map.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    String pid = created.getBody().get("processInstanceId").toString();
    String number = created.getBody().get("id").toString();

    Map<String, Object> civil = awaitTask("dispendukcapil", pid, "verifyCivilRegistry");
    assertThat(((Number) civil.get("priority")).intValue()).isGreaterThanOrEqualTo(90);
    Date deadline = (Date) runtime.getVariable(pid, "overallDeadline");
    String deadlineText = TaskDeadlines.format(deadline, TimeZone.getTimeZone("Asia/Jakarta"));
    assertThat(deadlineText).endsWith("WIB");
    String urgentFilter = as("dispendukcapil").exchange("/engine-rest/filter?resourceType=Task", HttpMethod.GET, null, LIST)
        .getBody().stream().filter(f -> "Mendesak".equals(f.get("name"))).findFirst().orElseThrow().get("id").toString();
    List<Map<String, Object>> urgent = as("dispendukcapil").exchange("/engine-rest/filter/" + urgentFilter + "/list",
        HttpMethod.GET, null, LIST).getBody();
    assertThat(urgent).extracting(t -> t.get("id")).contains(civil.get("id"));

    // half-way to the task's due date: the responsible group is told
    // the urgent verification standard is hours long: five hours on, the task is past half-way
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 5 * 3600 * 1000L));
    try {
      assertThat(halfway.escalate()).isGreaterThanOrEqualTo(1);
    } finally {
      ClockUtil.reset();
    }
    // mails leave through the outbox once the step has committed
    await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo("dispendukcapil@demo.ejkn.malangkota.go.id", number).isEmpty());
    assertThat(mailsTo("dispendukcapil@demo.ejkn.malangkota.go.id", number)).isNotEmpty()
        .allSatisfy(m -> {
          assertThat(m.getSubject()).contains("MENDESAK");
          assertThat(decoded(m)).contains(deadlineText, "Verifikasi NIK, KK dan domisili");
        });

    // 75 % of the window and the window itself: the timers on the urgent process
    var threeQuarters = management.createJobQuery().processInstanceId(pid).activityId("windowThreeQuarters").singleResult();
    management.executeJob(threeQuarters.getId());
    var passed = management.createJobQuery().processInstanceId(pid).activityId("windowPassed").singleResult();
    management.executeJob(passed.getId());
    List<MimeMessage> escalations = await().atMost(Duration.ofSeconds(20))
        .until(() -> mailsTo("kadinkes@demo.ejkn.malangkota.go.id", number), l -> l.size() >= 2);
    assertThat(escalations).hasSize(2);
    assertThat(escalations).allSatisfy(m -> assertThat(decoded(m)).contains(deadlineText));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_sla_breach WHERE application_number = ?", Integer.class,
        number)).isEqualTo(1);

    complete("dispendukcapil", civil, Map.of("civilRegistryDecision", Map.of("value", "APPROVE")));
    fktpAndSign(pid);
    Map<String, Object> done = awaitCompleted(number);
    assertThat((List<Map<String, Object>>) done.get("candidates")).singleElement()
        .satisfies(c -> assertThat(c.get("outcome")).isEqualTo("ACTIVE"));
    await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo("igd@rssa.example.id", "Kartu KIS aktif").isEmpty());
  }

  static String decoded(MimeMessage m) {
    try {
      return m.getContent().toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
