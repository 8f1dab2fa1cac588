package id.go.malangkota.ejkn.status;

import static org.assertj.core.api.Assertions.assertThat;
import static id.go.malangkota.ejkn.support.Vars.json;
import static id.go.malangkota.ejkn.support.Vars.string;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.intake.TestFamilies;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import id.go.malangkota.ejkn.support.Journey;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The public status page as a resident (not logged in) uses it, for an application filed at the counter. */
@EjknIntegrationTest
class StatusPageIT {

  @Autowired TestRestTemplate rest;
  @Autowired Journey journey;
  @Autowired TaskService tasks;
  @Autowired AttemptLimiter limiter;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void freshLimits() {
    limiter.reset();
  }

  Journey.Filed file() {
    return journey.file("pandanwangi", TestFamilies.twoMemberFamily("35.73.01.1006"));
  }

  /** The engine's task, for its due date. */
  Task awaitTask(String user, String pid, String key) {
    return tasks.createTaskQuery().taskId(journey.awaitTask(user, pid, key).get("id").toString()).singleResult();
  }

  ResponseEntity<Map> api(String number, String birthDate) {
    return journey.status(number, birthDate);
  }

  ResponseEntity<String> page(String number, String birthDate) {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("number", number);
    form.add("birthDate", birthDate);
    return rest.postForEntity("/status", new HttpEntity<>(form, h), String.class);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aRunningApplicationShowsItsStageAndTheDueDateOfTheCurrentTask() throws Exception {
    Journey.Filed f = file();
    Task civil = awaitTask("dispendukcapil", f.pid(), "verifyCivilRegistry");
    awaitTask("disnaker", f.pid(), "verifyEmployment");
    ResponseEntity<Map> r = api(f.number().toLowerCase(), f.birthDate());
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(r.getBody()).containsEntry("applicationNumber", f.number()).containsEntry("stageCode", "VERIFICATION")
        .containsEntry("finished", false).containsEntry("service", "Pendaftaran Baru Peserta JKN (PBI APBD)");
    assertThat(r.getBody().get("stage").toString()).startsWith("Sedang diverifikasi oleh")
        .contains(id.go.malangkota.ejkn.identity.Agency.DISPENDUKCAPIL.shortLabel(),
            id.go.malangkota.ejkn.identity.Agency.DINSOS.shortLabel(), id.go.malangkota.ejkn.identity.Agency.DISNAKER.shortLabel());
    java.util.Date latestDue = tasks.createTaskQuery().processInstanceId(f.pid()).list().stream()
        .map(Task::getDueDate).max(java.util.Date::compareTo).orElseThrow();
    assertThat(latestDue).isCloseTo(civil.getDueDate(), 60_000);
    assertThat(r.getBody().get("expectedDate")).isEqualTo(latestDue.toInstant().toString());
    assertThat(r.getBody().get("expectedDateText").toString()).endsWith("WIB");
    assertThat(r.getHeaders().getCacheControl()).contains("no-store");

    journey.complete("dispendukcapil", f.pid(), "verifyCivilRegistry", Map.of("civilRegistryDecision", string("APPROVE")));
    assertThat(api(f.number(), f.birthDate()).getBody().get("stage").toString())
        .startsWith("Sedang diverifikasi oleh ").contains(id.go.malangkota.ejkn.identity.Agency.DINSOS.shortLabel() + " ",
            " dan ", id.go.malangkota.ejkn.identity.Agency.DISNAKER.shortLabel())
        .doesNotContain(id.go.malangkota.ejkn.identity.Agency.DISPENDUKCAPIL.shortLabel());
    journey.complete("dinsos", f.pid(), "verifyWelfare", Map.of("welfareDecision", string("APPROVE")));
    journey.complete("disnaker", f.pid(), "verifyEmployment", Map.of("employmentDecision", string("APPROVE")));
    Task fktp = awaitTask("dinkes", f.pid(), "assignFktp");
    assertThat(api(f.number(), f.birthDate()).getBody()).containsEntry("stageCode", "FKTP");
    Object assignments = tasks.getVariableTyped(fktp.getId(), "fktpAssignments", false).getValue();
    List<Map<String, Object>> rows = json.readValue(assignments.toString(), List.class);
    rows.forEach(row -> row.put("fktpCode", "PKM-PANDANWANGI"));
    journey.complete("dinkes", f.pid(), "assignFktp", Map.of("fktpAssignments", json(json.writeValueAsString(rows))));
    Task sign = awaitTask("kadinkes", f.pid(), "signApproval");

    ResponseEntity<String> html = page(f.number(), f.birthDate());
    assertThat(html.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(html.getBody()).contains("Menunggu tanda tangan Kepala Dinas Kesehatan").contains(f.number())
        .contains("Perkiraan tahap ini selesai").contains("aria-current=\"step\"").contains("href=\"/sop\"");
    assertThat(api(f.number(), f.birthDate()).getBody()).containsEntry("stageCode", "SIGNATURE")
        .containsEntry("expectedDate", sign.getDueDate().toInstant().toString());

    // no personal data: names, NIKs, KK number, address and phone of the family stay out of the page
    for (Map<String, Object> m : (List<Map<String, Object>>) f.body().get("members")) {
      assertThat(html.getBody()).doesNotContain(m.get("name").toString()).doesNotContain(m.get("nik").toString());
    }
    assertThat(html.getBody()).doesNotContain(f.body().get("familyCardNumber").toString())
        .doesNotContain("Simpang Borobudur").doesNotContain("3456").doesNotContain("warga@example.id");
    assertThat(api(f.number(), f.birthDate()).getBody().toString()).doesNotContain("Slamet").doesNotContain("Sri Wahyuni");
  }

  @Test
  void aWrongBirthDateAndAnUnknownNumberGetTheSameAnswer() {
    Journey.Filed f = file();
    ResponseEntity<Map> wrongDate = api(f.number(), "1985-04-13");
    ResponseEntity<Map> unknown = api("JKN-1999-000001", f.birthDate());
    assertThat(wrongDate.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND).isEqualTo(unknown.getStatusCode());
    assertThat(wrongDate.getBody()).isEqualTo(unknown.getBody()).containsEntry("code", "NOT_FOUND");
    assertThat(wrongDate.getBody().get("message").toString()).contains("tidak ditemukan");

    ResponseEntity<String> wrongPage = page(f.number(), "1985-04-13");
    ResponseEntity<String> unknownPage = page("JKN-1999-000001", f.birthDate());
    assertThat(wrongPage.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND).isEqualTo(unknownPage.getStatusCode());
    assertThat(wrongPage.getBody().replace(f.number(), "X")).isEqualTo(unknownPage.getBody().replace("JKN-1999-000001", "X"));
    assertThat(wrongPage.getBody()).doesNotContain("Slamet");
  }

  @Test
  void tooManyAttemptsAreRefusedWithA429InIndonesian() {
    for (int i = 0; i < limiter.maxAttempts(); i++) {
      assertThat(api("JKN-2020-00000" + i, "1990-01-0" + (i + 1)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
    ResponseEntity<Map> refused = api("JKN-2020-000099", "1990-01-01");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(refused.getBody()).containsEntry("code", "TOO_MANY_ATTEMPTS");
    assertThat(refused.getBody().get("message").toString()).startsWith("Terlalu banyak percobaan").contains("detik");
    assertThat(Long.parseLong(refused.getHeaders().getFirst("Retry-After"))).isBetween(1L, 60L);
    ResponseEntity<String> page = page("JKN-2020-000099", "1990-01-01");
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(page.getBody()).contains("Terlalu banyak percobaan");
  }

  @Test
  void theFormIsPublicAndInvalidInputIsExplained() {
    ResponseEntity<String> form = rest.getForEntity("/status", String.class);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).contains("Cek status permohonan").contains("name=\"number\"").contains("type=\"date\"")
        .contains("<label for=\"birthDate\">");
    ResponseEntity<Map> invalid = api("", "kemarin");
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalid.getBody().get("message").toString()).contains("nomor permohonan").contains("tanggal lahir");
  }
}
