package id.go.malangkota.ejkn.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a careful attacker sent (issue 15): every hostile body answers 4xx with field errors, never a 500, and leaves
 * no instance, no register row and no reservation behind — through our API and through the engine's REST API.
 */
@EjknIntegrationTest
class HostileInputIT {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;

  TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  long stored() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_application", Long.class)
        + jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_open_candidate", Long.class)
        + runtime.createProcessInstanceQuery().count();
  }

  @SuppressWarnings("unchecked")
  List<String> refusedFields(Map<String, Object> application) {
    long before = stored();
    ResponseEntity<Map> r = as("pandanwangi").postForEntity("/api/applications", application, Map.class);
    assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    List<Map<String, String>> errors = (List<Map<String, String>>) r.getBody().get("errors");
    assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e.get("message")).isNotBlank());
    assertThat(stored()).as("nothing is stored").isEqualTo(before);
    return errors.stream().map(e -> e.get("field")).toList();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> members(Map<String, Object> a) {
    return (List<Map<String, Object>>) a.get("members");
  }

  @Test
  void aNullMemberIsAFieldError() {
    Map<String, Object> a = TestFamilies.twoMemberFamily("35.73.01.1006");
    List<Object> members = new ArrayList<>();
    members.add(null);
    a.put("members", members);
    assertThat(refusedFields(a)).anySatisfy(f -> assertThat(f).startsWith("members"));
  }

  @Test
  void overlongTextIsRefusedWithTheField() {
    Map<String, Object> a = TestFamilies.twoMemberFamily("35.73.01.1006");
    Map<String, Object> by = new HashMap<>((Map<String, Object>) a.get("submittedBy"));
    by.put("name", "x".repeat(5000));
    a.put("submittedBy", by);
    a.put("address", "Jl. Ijen " + "9".repeat(100_000));
    assertThat(refusedFields(a)).contains("submittedBy.name", "address");
  }

  @Test
  void aDateHasExactlyOneFormatAndARange() {
    Map<String, Object> a = TestFamilies.twoMemberFamily("35.73.01.1006");
    members(a).get(0).put("birthDate", members(a).get(0).get("birthDate") + "<script>alert(1)</script>");
    members(a).get(1).put("birthDate", members(a).get(1).get("birthDate") + "x".repeat(100_000));
    assertThat(refusedFields(a)).contains("members[0].birthDate", "members[1].birthDate");

    Map<String, Object> urgent = TestFamilies.twoMemberFamily("35.73.01.1006");
    urgent.put("type", "URGENT_REACTIVATION");
    urgent.put("hospitalAdmission", "+999999999-12-31T23:59:59Z");
    assertThat(refusedFields(urgent)).contains("hospitalAdmission");
  }

  @Test
  void controlCharactersAndNulBytesAreRefused() {
    Map<String, Object> a = TestFamilies.twoMemberFamily("35.73.01.1006");
    a.put("address", "Jl. Ijen 1\u0000; DROP TABLE ejkn_application");
    members(a).get(1).put("name", "Sri\r\nBcc: semua@example.id");
    assertThat(refusedFields(a)).contains("address", "members[1].name");
  }

  @Test
  void unknownDocumentKeysAreRefusedNotStored() {
    Map<String, Object> a = TestFamilies.twoMemberFamily("35.73.01.1006");
    Map<String, Object> documents = new LinkedHashMap<>();
    for (int i = 0; i < 1000; i++) {
      documents.put("dokumen" + i, true);
    }
    a.put("documents", documents);
    assertThat(refusedFields(a)).anySatisfy(f -> assertThat(f).startsWith("documents"));
  }

  @Test
  void aMultipartWithoutBoundaryIsA400() {
    String number = as("pandanwangi").postForEntity("/api/applications", TestFamilies.twoMemberFamily("35.73.01.1006"),
        Map.class).getBody().get("id").toString();
    HttpHeaders h = new HttpHeaders();
    h.set(HttpHeaders.CONTENT_TYPE, "multipart/form-data");
    ResponseEntity<String> r = as("pandanwangi").postForEntity("/api/applications/" + number + "/documents",
        new HttpEntity<>("--x\r\nisi\r\n--x--", h), String.class);
    assertThat(r.getStatusCode().is4xxClientError()).as(r.getStatusCode() + " " + r.getBody()).isTrue();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_document WHERE application_number = ?", Long.class, number))
        .isZero();
  }

  @SuppressWarnings("unchecked")
  ResponseEntity<Map> engineStart(String user, Map<String, Object> variables) {
    Map<String, Object> vars = new LinkedHashMap<>();
    variables.forEach((k, v) -> vars.put(k, Map.of("value", v, "type", v instanceof Boolean ? "Boolean" : "String")));
    return as(user).postForEntity("/engine-rest/process-definition/key/jkn-registration/start",
        Map.of("variables", vars), Map.class);
  }

  Map<String, Object> formStart(String kelurahanCode, String nik) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("kelurahanCode", kelurahanCode);
    v.put("familyCardNumber", "3573012001150001");
    v.put("address", "Jl. Simpang Borobudur No. 7");
    v.put("phone", "081234567890");
    v.put("submittedByRelation", "SELF");
    v.put("members", "[{\"nik\":\"" + nik + "\",\"name\":\"Slamet\",\"birthDate\":\"1985-04-12\","
        + "\"relationship\":\"KEPALA_KELUARGA\",\"candidate\":true}]");
    v.put("docKtp", true);
    v.put("docFamilyCard", true);
    v.put("docRtRwLetter", true);
    return v;
  }

  @Test
  @SuppressWarnings("unchecked")
  void theEngineRestStartIsRefusedLikeTheApiAndLeavesNothing() {
    long before = stored();
    Map<String, Object> preset = formStart("35.73.01.1006", TestFamilies.nik("1985-04-12", false));
    preset.put("applicationNumber", "JKN-2026-999999\r\nBcc: penyerang@example.id");
    ResponseEntity<Map> r = engineStart("pandanwangi", preset);
    assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) r.getBody().get("errors")).extracting(e -> e.get("field"))
        .contains("applicationNumber");

    ResponseEntity<Map> badNik = engineStart("pandanwangi", formStart("35.73.01.1006", "123"));
    assertThat(badNik.getStatusCode()).as(String.valueOf(badNik.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) badNik.getBody().get("errors")).extracting(e -> e.get("field"))
        .contains("members[0].nik");

    ResponseEntity<Map> garbled = engineStart("pandanwangi",
        Map.of("kelurahanCode", "35.73.01.1006", "members", "[{\"nik\": "));
    assertThat(garbled.getStatusCode()).as(String.valueOf(garbled.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);

    ResponseEntity<Map> arjosari = engineStart("pandanwangi", formStart("35.73.01.1002", TestFamilies.nik("1985-04-12", false)));
    assertThat(arjosari.getStatusCode()).as(String.valueOf(arjosari.getBody())).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(stored()).as("no instance, no register row, no reservation").isEqualTo(before);
  }

  @Test
  void aMigrationWithoutPlanIsA400() {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> r = as("admin").postForEntity("/engine-rest/migration/execute", new HttpEntity<>("{}", h),
        String.class);
    assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
  }
}
