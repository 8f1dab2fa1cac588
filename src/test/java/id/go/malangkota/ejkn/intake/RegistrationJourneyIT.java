package id.go.malangkota.ejkn.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMailUtil;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import id.go.malangkota.ejkn.support.TestInfrastructure;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A whole new registration through the real REST API as the real users, from the kelurahan counter to an active
 * card at the BPJS simulator and the resident's mail.
 */
@EjknIntegrationTest
class RegistrationJourneyIT {

  static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate rest;
  final ObjectMapper json = new ObjectMapper();

  TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  List<Map<String, Object>> tasks(String user, String processInstanceId) {
    ResponseEntity<String> r = as(user).exchange("/engine-rest/task?processInstanceId=" + processInstanceId,
        HttpMethod.GET, null, String.class);
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
    try {
      return json.readValue(r.getBody(), new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>>() {});
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  Map<String, Object> awaitTask(String user, String processInstanceId, String key) {
    return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(
        () -> tasks(user, processInstanceId).stream().filter(t -> key.equals(t.get("taskDefinitionKey"))).findFirst(),
        java.util.Optional::isPresent).orElseThrow();
  }

  void complete(String user, Map<String, Object> task, Map<String, Object> variables) {
    ResponseEntity<String> r = as(user).postForEntity("/engine-rest/task/" + task.get("id") + "/complete",
        Map.of("variables", variables), String.class);
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
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

  static Map<String, Object> string(String value) {
    return Map.of("value", value, "type", "String");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aFamilyOfTwoGoesFromTheCounterToActiveCards() throws Exception {
    Map<String, Object> application = TestFamilies.twoMemberFamily("35.73.01.1006");
    application.put("email", "keluarga.riyadi@example.id");
    List<Map<String, Object>> members = (List<Map<String, Object>>) application.get("members");
    ResponseEntity<Map> created = as("pandanwangi").postForEntity("/api/applications", application, Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().get("id").toString();
    String pid = created.getBody().get("processInstanceId").toString();
    assertThat(number).matches("JKN-\\d{4}-\\d{6}");

    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("kind", "KK");
    form.add("file", new ByteArrayResource("%PDF-1.4\n%%EOF".getBytes()) {
      @Override
      public String getFilename() {
        return "kk-riyadi.pdf";
      }
    });
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<Map> doc = as("pandanwangi").postForEntity("/api/applications/" + number + "/documents",
        new HttpEntity<>(form, h), Map.class);
    assertThat(doc.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    Map<String, Object> civil = awaitTask("dispendukcapil", pid, "verifyCivilRegistry");
    assertThat(civil.get("name")).as("the task card names the application")
        .isEqualTo("Verifikasi NIK, KK dan domisili — " + number + " · Slamet Riyadi · Kelurahan Pandanwangi");
    assertThat(tasks("dispendukcapil", pid)).hasSize(1);
    assertThat(tasks("pandanwangi", pid)).isEmpty();
    String summary = as("dispendukcapil").getForEntity("/engine-rest/task/" + civil.get("id")
        + "/variables/verificationSummary", Map.class).getBody().get("value").toString();
    assertThat(summary).contains("Slamet Riyadi", "kk-riyadi.pdf");
    assertThat(as("dispendukcapil").getForEntity("/api/applications/" + number + "/documents/" + doc.getBody().get("id"),
        byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
    complete("dispendukcapil", civil, Map.of("civilRegistryDecision", string("APPROVE")));
    complete("dinsos", awaitTask("dinsos", pid, "verifyWelfare"), Map.of("welfareDecision", string("APPROVE")));
    Map<String, Object> employment = awaitTask("disnaker", pid, "verifyEmployment");
    assertThat(tasks("disnaker", pid)).hasSize(1);
    complete("disnaker", employment, Map.of("employmentDecision", string("APPROVE")));

    Map<String, Object> fktpTask = awaitTask("dinkes", pid, "assignFktp");
    Map<String, Object> variable = as("dinkes").getForEntity("/engine-rest/task/" + fktpTask.get("id")
        + "/variables/fktpAssignments?deserializeValue=false", Map.class).getBody();
    List<Map<String, Object>> rows = json.readValue(variable.get("value").toString(), List.class);
    assertThat(rows).hasSize(2);
    rows.forEach(r -> r.put("fktpCode", "PKM-PANDANWANGI"));
    complete("dinkes", fktpTask, Map.of("fktpAssignments", Map.of("value", json.writeValueAsString(rows), "type", "Json")));

    Map<String, Object> sign = awaitTask("kadinkes", pid, "signApproval");
    assertThat(as("dinkes").postForEntity("/engine-rest/task/" + sign.get("id") + "/complete",
        Map.of("variables", Map.of("signDecision", string("APPROVE"))), String.class).getStatusCode().value())
        .isIn(403, 404);
    complete("kadinkes", sign, Map.of("signDecision", string("APPROVE")));

    Map<String, Object> done = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(
        () -> as("pandanwangi").getForEntity("/api/applications/" + number, Map.class).getBody(),
        b -> "COMPLETED".equals(b.get("status")));
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
