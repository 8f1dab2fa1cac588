package id.go.malangkota.ejkn.intake;

import static id.go.malangkota.ejkn.support.Vars.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMailUtil;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import id.go.malangkota.ejkn.support.Journey;
import id.go.malangkota.ejkn.support.TestInfrastructure;
import id.go.malangkota.ejkn.support.Vars;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A whole new registration through the real REST API as the real users, from the kelurahan counter to an active
 * card at the BPJS simulator and the resident's mail.
 */
@EjknIntegrationTest
class RegistrationJourneyIT {

  @Autowired TestRestTemplate rest;
  @Autowired Journey journey;
  final ObjectMapper json = new ObjectMapper();

  TestRestTemplate as(String user) {
    return journey.as(user);
  }

  static String subject(MimeMessage m) {
    try {
      return String.valueOf(m.getSubject());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String recipients(MimeMessage m) {
    try {
      return GreenMailUtil.getAddressList(m.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void aFamilyOfTwoGoesFromTheCounterToActiveCards() throws Exception {
    Map<String, Object> application = TestFamilies.twoMemberFamily("35.73.01.1006");
    application.put("email", "keluarga.riyadi@example.id");
    List<Map<String, Object>> members = (List<Map<String, Object>>) application.get("members");
    Journey.Filed created = journey.file("pandanwangi", application);
    String number = created.number();
    String pid = created.pid();
    assertThat(number).matches("JKN-\\d{4}-\\d{6}");

    ResponseEntity<Map> doc = journey.upload("pandanwangi", number, "KK", "kk-riyadi.pdf");
    assertThat(doc.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    Map<String, Object> civil = journey.awaitTask("dispendukcapil", pid, "verifyCivilRegistry");
    assertThat(civil.get("name")).as("the task card names the application")
        .isEqualTo("Verifikasi NIK, KK dan domisili — " + number + " · Slamet Riyadi · Kelurahan Pandanwangi");
    assertThat(journey.tasks("dispendukcapil", pid)).hasSize(1);
    assertThat(journey.tasks("pandanwangi", pid)).isEmpty();
    String summary = journey.formValue("dispendukcapil", civil, "verificationSummary");
    assertThat(summary).contains("Slamet Riyadi", "kk-riyadi.pdf");
    assertThat(as("dispendukcapil").getForEntity("/api/applications/" + number + "/documents/" + doc.getBody().get("id"),
        byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
    journey.complete("dispendukcapil", civil, Map.of("civilRegistryDecision", string("APPROVE")));
    journey.complete("dinsos", pid, "verifyWelfare", Map.of("welfareDecision", string("APPROVE")));
    Map<String, Object> employment = journey.awaitTask("disnaker", pid, "verifyEmployment");
    assertThat(journey.tasks("disnaker", pid)).hasSize(1);
    journey.complete("disnaker", employment, Map.of("employmentDecision", string("APPROVE")));

    Map<String, Object> fktpTask = journey.awaitTask("dinkes", pid, "assignFktp");
    List<Map<String, Object>> rows = json.readValue(journey.variable("dinkes", fktpTask, "fktpAssignments"), List.class);
    assertThat(rows).hasSize(2);
    rows.forEach(r -> r.put("fktpCode", "PKM-PANDANWANGI"));
    journey.complete("dinkes", fktpTask, Map.of("fktpAssignments", Vars.json(json.writeValueAsString(rows))));

    Map<String, Object> sign = journey.awaitTask("kadinkes", pid, "signApproval");
    assertThat(as("dinkes").postForEntity("/engine-rest/task/" + sign.get("id") + "/complete",
        Map.of("variables", Map.of("signDecision", string("APPROVE"))), String.class).getStatusCode().value())
        .isIn(403, 404);
    journey.complete("kadinkes", sign, Map.of("signDecision", string("APPROVE")));

    Map<String, Object> done = journey.awaitCompleted("pandanwangi", number);
    assertThat((List<Map<String, Object>>) done.get("candidates")).hasSize(2)
        .allSatisfy(c -> assertThat(c.get("outcome")).isEqualTo("ACTIVE"));
    for (Map<String, Object> m : members) {
      String peserta = rest.getForEntity("/bpjs-simulator/peserta/" + m.get("nik"), String.class).getBody();
      assertThat(peserta).contains("PBI (APBD)").contains("Puskesmas Pandanwangi");
    }
    MimeMessage[] mails = await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(
            TestInfrastructure.greenMail().getReceivedMessages())
        .filter(m -> recipients(m).contains("keluarga.riyadi@example.id") && subject(m).contains(number))
        .toArray(MimeMessage[]::new), a -> a.length > 0);
    assertThat(mails[0].getSubject()).contains("Kartu KIS aktif", number);
    assertThat(GreenMailUtil.getBody(mails[0])).contains("Slamet Riyadi: AKTIF");
  }
}
