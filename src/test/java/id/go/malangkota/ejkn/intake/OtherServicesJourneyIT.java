package id.go.malangkota.ejkn.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMailUtil;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import id.go.malangkota.ejkn.support.Journey;
import id.go.malangkota.ejkn.support.TestInfrastructure;
import id.go.malangkota.ejkn.support.Vars;
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
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/** Switch from mandiri and urgent reactivation through the REST API as the demo users, with the BPJS simulator. */
@EjknIntegrationTest
class OtherServicesJourneyIT {

  static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate rest;
  @Autowired Journey journey;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired UrgentTaskEscalation halfway;
  final ObjectMapper json = new ObjectMapper();

  TestRestTemplate as(String user) {
    return journey.as(user);
  }

  @SuppressWarnings("unchecked")
  void fktpAndSign(String pid) throws Exception {
    Map<String, Object> fktp = journey.awaitTask("dinkes", pid, "assignFktp");
    List<Map<String, Object>> rows = json.readValue(journey.variable("dinkes", fktp, "fktpAssignments"), List.class);
    rows.forEach(r -> r.put("fktpCode", "PKM-PANDANWANGI"));
    journey.complete("dinkes", fktp, Map.of("fktpAssignments", Vars.json(json.writeValueAsString(rows))));
    journey.complete("kadinkes", pid, "signApproval", Map.of("signDecision", Map.of("value", "APPROVE")));
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
    journey.bpjsSays(nik, "Bambang Sutejo", "1979-06-30", true, "PBPU", 105000);
    Map<String, Object> a = TestFamilies.application("35.73.01.1006",
        List.of(TestFamilies.member(nik, "Bambang Sutejo", "1979-06-30", "KEPALA_KELUARGA", true)));
    a.put("type", "SWITCH_FROM_MANDIRI");
    a.put("documents", Map.of("rtRwLetter", true, "stampedStatement", true, "hospitalLetter", false));
    Journey.Filed created = journey.file("pandanwangi", a);
    String pid = created.pid();
    Map<String, Object> civil = journey.awaitTask("dispendukcapil", pid, "verifyCivilRegistry");
    String summary = journey.formValue("dispendukcapil", civil, "verificationSummary");
    assertThat(summary).contains("PBPU", "Rp105.000", "KELAS III");
    journey.complete("dispendukcapil", civil, Map.of("civilRegistryDecision", Map.of("value", "APPROVE")));
    journey.complete("dinsos", pid, "verifyWelfare", Map.of("welfareDecision", Map.of("value", "APPROVE")));
    fktpAndSign(pid);
    Map<String, Object> done = journey.awaitCompleted("pandanwangi", created.number());
    assertThat((List<Map<String, Object>>) done.get("candidates")).singleElement()
        .satisfies(c -> assertThat(c.get("outcome")).isEqualTo("ACTIVE"));
    assertThat(rest.getForEntity("/bpjs-simulator/peserta/" + nik, String.class).getBody()).contains("PBI (APBD)");
  }

  @Test
  @SuppressWarnings("unchecked")
  void anUrgentReactivationEscalatesWithTheDeadlineInJakartaTimeAndTellsTheHospital() throws Exception {
    String nik = TestFamilies.nik("1960-02-10", false);
    journey.bpjsSays(nik, "Sumarno", "1960-02-10", false, "PBPU", 105000);
    Map<String, Object> a = TestFamilies.application("35.73.01.1006",
        List.of(TestFamilies.member(nik, "Sumarno", "1960-02-10", "KEPALA_KELUARGA", true)));
    a.put("type", "URGENT_REACTIVATION");
    a.put("email", "igd@rssa.example.id");
    a.put("documents", Map.of("hospitalLetter", true));
    a.put("hospitalAdmission", OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(1).withNano(0).toString());
    Journey.Filed created = journey.file("pandanwangi", a);
    String pid = created.pid();
    String number = created.number();

    Map<String, Object> civil = journey.awaitTask("dispendukcapil", pid, "verifyCivilRegistry");
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

    journey.complete("dispendukcapil", civil, Map.of("civilRegistryDecision", Map.of("value", "APPROVE")));
    fktpAndSign(pid);
    Map<String, Object> done = journey.awaitCompleted("pandanwangi", number);
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
