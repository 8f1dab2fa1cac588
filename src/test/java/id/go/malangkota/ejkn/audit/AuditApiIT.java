package id.go.malangkota.ejkn.audit;

import static id.go.malangkota.ejkn.support.Vars.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.intake.TestFamilies;
import id.go.malangkota.ejkn.kpi.FinishedApplications;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import id.go.malangkota.ejkn.support.Journey;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The auditors' trail through the real REST API as the demo users: an application of Kel. Pandanwangi goes through
 * the three verifications and is refused by Dinas Sosial; another stops at once for missing documents. Who reads
 * what, masked or not, and that nobody writes.
 */
@EjknIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditApiIT {

  static final String PANDANWANGI = "35.73.01.1006";
  @Autowired TestRestTemplate rest;
  @Autowired Journey journey;
  @Autowired JdbcTemplate jdbc;
  @Autowired FinishedApplications finished;

  String number;
  String pid;
  Map<String, Object> family;
  String documentId;
  String missingNumber;

  TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  @BeforeAll
  @SuppressWarnings("unchecked")
  void anApplicationRefusedByDinsosAndOneWithMissingDocuments() {
    family = TestFamilies.twoMemberFamily(PANDANWANGI);
    family.put("email", "keluarga.audit@example.id");
    ResponseEntity<Map> created = as("pandanwangi").postForEntity("/api/applications", family, Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    number = created.getBody().get("id").toString();
    pid = created.getBody().get("processInstanceId").toString();

    documentId = journey.upload("pandanwangi", number, "KK", "kk-keluarga.pdf").getBody().get("id").toString();

    Map<String, Object> civil = journey.awaitTask("dispendukcapil", pid, "verifyCivilRegistry");
    assertThat(as("dispendukcapil").postForEntity("/engine-rest/task/" + civil.get("id") + "/claim",
        Map.of("userId", "dispendukcapil"), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    journey.complete("dispendukcapil", civil, Map.of("civilRegistryDecision", string("APPROVE")));
    journey.complete("dinsos", pid, "verifyWelfare", Map.of("welfareDecision", string("REJECT"),
        "welfareReason", string("NOT_IN_DTKS"), "welfareNote", string("Tidak ada di DTKS 2026")));
    journey.complete("disnaker", pid, "verifyEmployment", Map.of("employmentDecision", string("APPROVE")));
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(
        () -> jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_application_fact WHERE application_number = ?",
            Integer.class, number) == 1);

    Map<String, Object> missing = TestFamilies.twoMemberFamily(PANDANWANGI);
    missing.put("documents", Map.of("rtRwLetter", false, "stampedStatement", false, "hospitalLetter", false));
    missing.put("submittedBy", Map.of("relation", "FAMILY_MEMBER",
        "nik", ((List<Map<String, Object>>) missing.get("members")).get(1).get("nik"),
        "name", "Sri Wahyuni", "powerOfAttorney", false));
    ResponseEntity<Map> second = as("pandanwangi").postForEntity("/api/applications", missing, Map.class);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    missingNumber = second.getBody().get("id").toString();
    finished.drain();
    await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
        "SELECT COUNT(*) FROM ejkn_application_fact WHERE application_number = ?", Integer.class, missingNumber) == 1);
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> members() {
    return (List<Map<String, Object>>) family.get("members");
  }

  Map<String, Object> trail(String user, String id) {
    ResponseEntity<Map> r = as(user).getForEntity("/api/audit/applications/" + id, Map.class);
    assertThat(r.getStatusCode()).as(user + " " + r.getBody()).isEqualTo(HttpStatus.OK);
    return r.getBody();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Map<String, Object> body, String key) {
    return (List<Map<String, Object>>) body.get(key);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theTrailOfAFinishedApplicationShowsStepsPeopleDecisionsAndChanges() {
    Map<String, Object> t = trail("auditor", number);
    Map<String, Object> app = (Map<String, Object>) t.get("application");
    assertThat(app).containsEntry("status", "SELESAI").containsEntry("endActivityId", "rejectedEnd")
        .containsEntry("outcome", "REJECTED").containsEntry("startedBy", "pandanwangi")
        .containsEntry("applicantName", "Slamet Riyadi").containsEntry("applicantNik", members().get(0).get("nik"));
    assertThat(t.get("personalDataMasked")).isEqualTo(false);

    assertThat(list(t, "activities")).extracting(a -> a.get("activityId"))
        .contains("applicationReceived", "checkDocuments", "checkBpjsStatus",
            "verifyCivilRegistry", "verifyWelfare", "verifyEmployment", "consolidateVerification", "rejectedEnd");
    assertThat(list(t, "activities")).allSatisfy(a -> assertThat(a.get("endedAt")).isNotNull());

    Map<String, Map<String, Object>> tasks = new java.util.HashMap<>();
    list(t, "tasks").forEach(task -> tasks.put((String) task.get("taskKey"), task));
    assertThat(tasks.get("verifyCivilRegistry")).containsEntry("claimedBy", "dispendukcapil")
        .containsEntry("completedBy", "dispendukcapil").containsEntry("endReason", "Diselesaikan");
    assertThat((List<String>) tasks.get("verifyCivilRegistry").get("candidateGroups")).containsExactly("dispendukcapil");
    assertThat(tasks.get("verifyWelfare")).containsEntry("completedBy", "dinsos");
    assertThat(tasks.get("verifyEmployment")).containsEntry("completedBy", "disnaker");
    assertThat(list(t, "operations")).anySatisfy(o -> assertThat(o).containsEntry("operation", "Claim")
        .containsEntry("userId", "dispendukcapil").containsEntry("operationLabel", "Mengambil tugas"));

    List<Map<String, Object>> decisions = list(t, "decisions");
    Map<String, Object> documents = decisions.stream().filter(d -> "required-documents".equals(d.get("decisionKey")))
        .findFirst().orElseThrow();
    assertThat(documents).containsEntry("linkedToInstance", true);
    assertThat((List<Map<String, Object>>) documents.get("inputs")).anySatisfy(i -> {
      assertThat(i.get("value")).isEqualTo("NEW");
      assertThat(i.get("valueText")).isEqualTo("Pendaftaran baru");
    });
    assertThat((List<Map<String, Object>>) documents.get("outputs")).isNotEmpty();
    // evaluated by a delegate through the DecisionService: in the history of the instance, and per candidate
    assertThat(decisions).filteredOn(d -> "jkn-eligibility".equals(d.get("decisionKey")))
        .anySatisfy(d -> assertThat(d).containsEntry("linkedToInstance", true));
    assertThat(decisions).as("every decision about this family is in the instance's own history")
        .allSatisfy(d -> assertThat(d).containsEntry("linkedToInstance", true));
    assertThat(decisions).filteredOn(d -> "jkn-eligibility".equals(d.get("decisionKey"))).as("before and after verification, per candidate")
        .hasSize(4);

    assertThat(list(t, "candidates")).hasSize(2).allSatisfy(c -> assertThat(c)
        .containsEntry("outcome", "NOT_ELIGIBLE").containsEntry("outcomeReason", "WELFARE_NOT_IN_DTKS"));
    assertThat(list(t, "candidates")).extracting(c -> c.get("name")).containsExactlyInAnyOrder("Slamet Riyadi", "Sri Wahyuni");

    // in the words of the form the verifier used, beside the stored name and code
    assertThat(list(t, "variableChanges")).anySatisfy(v -> assertThat(v).containsEntry("name", "welfareDecision")
        .containsEntry("value", "REJECT").containsEntry("label", "Keputusan").containsEntry("valueText", "Tolak"));

    assertThat(list(t, "documents")).singleElement().satisfies(d -> assertThat(d).containsEntry("kind", "KK")
        .containsEntry("fileName", "kk-keluarga.pdf").containsEntry("uploadedBy", "pandanwangi")
        .containsEntry("link", "/api/applications/" + number + "/documents/" + documentId));
    assertThat(list(t, "events")).extracting(e -> e.get("category"))
        .contains("PROSES", "AKTIVITAS", "TUGAS", "KEPUTUSAN", "VARIABEL", "DOKUMEN");
    assertThat(list(t, "incidents")).isEmpty();

    // the lifecycle's own process instance id leads to the same application (Cockpit's instance tab)
    assertThat(((Map<String, Object>) trail("auditor", pid).get("application")).get("applicationNumber")).isEqualTo(number);
  }

  static List<String> fields(JsonNode node) {
    assertThat(node.isObject()).as(String.valueOf(node)).isTrue();
    List<String> out = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  JsonNode json(String user, String path) throws Exception {
    ResponseEntity<String> r = as(user).getForEntity(path, String.class);
    assertThat(r.getStatusCode()).as(user + " " + path + " " + r.getBody()).isEqualTo(HttpStatus.OK);
    return new ObjectMapper().readTree(r.getBody());
  }

  /** What the Cockpit plugin and the CSV read: every section's fields in this order, nulls written, no epochMs. */
  @Test
  void theTrailsJsonKeepsItsFieldsAndTheirOrder() throws Exception {
    JsonNode t = json("auditor", "/api/audit/applications/" + number);
    List<String> sections = List.of("activities", "tasks", "operations", "decisions", "candidates", "variableChanges",
        "incidents", "documents", "events");
    List<String> top = new java.util.ArrayList<>(List.of("application", "personalDataMasked"));
    top.addAll(sections);
    assertThat(fields(t)).containsExactlyElementsOf(top);
    assertThat(fields(t.get("application"))).containsExactly("applicationNumber", "processInstanceId",
        "lifecycleInstanceId", "type", "typeLabel", "kelurahanCode", "kelurahanName", "submittedByRelation",
        "submittedByLabel", "status", "statusLabel", "startedAt", "startedBy", "endedAt", "durationMs", "durationHours",
        "endActivityId", "endActivityName", "outcome", "outcomeLabel", "applicantName", "applicantNik");
    assertThat(fields(t.get("activities").get(0))).containsExactly("activityId", "name", "type", "typeLabel",
        "startedAt", "endedAt", "durationMs", "assignee", "canceled", "processInstanceId");
    assertThat(t.get("activities").get(0).get("assignee").isNull()).isTrue();
    assertThat(fields(t.get("tasks").get(0))).containsExactly("taskId", "taskKey", "name", "candidateGroups",
        "createdAt", "dueAt", "endedAt", "overdue", "assignee", "claimedBy", "claimedAt", "completedBy", "completedAt",
        "endReason");
    assertThat(fields(t.get("operations").get(0))).containsExactly("time", "userId", "operation", "operationLabel",
        "entityType", "property", "orgValue", "newValue", "taskName", "annotation");
    JsonNode decision = t.get("decisions").get(0);
    assertThat(fields(decision)).containsExactly("time", "decisionKey", "decisionName", "activityName",
        "linkedToInstance", "inputs", "outputs");
    assertThat(fields(decision.get("inputs").get(0))).containsExactly("name", "value", "valueText");
    assertThat(fields(decision.get("outputs").get(0))).containsExactly("name", "value", "valueText", "rule");
    assertThat(fields(t.get("candidates").get(0))).endsWith("outcomeLabel").contains("name", "outcome", "outcomeReason");
    assertThat(fields(t.get("variableChanges").get(0))).containsExactly("time", "name", "label", "type", "value",
        "valueText", "revision", "activityName", "userId");
    assertThat(fields(t.get("documents").get(0))).containsExactly("id", "kind", "fileName", "contentType", "size",
        "sha256", "uploadedBy", "uploadedAt", "link");
    for (JsonNode e : t.get("events")) {
      assertThat(fields(e)).containsExactly("time", "category", "categoryLabel", "title", "userId", "detail", "activity");
    }

    JsonNode masked = json("pemilik-proses", "/api/audit/applications/" + number);
    List<String> maskedTop = new java.util.ArrayList<>(List.of("application", "personalDataMasked", "maskingNote"));
    maskedTop.addAll(sections);
    assertThat(fields(masked)).containsExactlyElementsOf(maskedTop);
    assertThat(masked.get("documents").get(0).has("link")).isTrue();
    assertThat(masked.get("documents").get(0).get("link").isNull()).isTrue();

    JsonNode reads = json("auditor", "/api/audit/applications/" + number + "/access-log");
    assertThat(reads.isArray() && !reads.isEmpty()).as(reads.toString()).isTrue();
    assertThat(fields(reads.get(0))).containsExactly("time", "userId", "kind", "kindLabel", "detail");
  }

  @Test
  @SuppressWarnings("unchecked")
  void anApplicationStoppedForMissingDocumentsEndsThereWithTheDocumentDecision() {
    Map<String, Object> t = trail("auditor", missingNumber);
    assertThat((Map<String, Object>) t.get("application")).containsEntry("endActivityId", "missingDocumentsEnd")
        .containsEntry("outcome", "MISSING_DOCUMENTS").containsEntry("submittedByRelation", "FAMILY_MEMBER");
    assertThat(list(t, "tasks")).isEmpty();
    assertThat(list(t, "decisions")).anySatisfy(d -> assertThat(d.get("decisionKey")).isEqualTo("required-documents"));
    assertThat(list(t, "candidates")).isNotEmpty().allSatisfy(c -> assertThat(c).containsEntry("outcome", "REJECTED")
        .containsEntry("outcomeReason", "MISSING_DOCUMENT"));
  }

  @Test
  void theProcessOwnerSeesHowItRanButNoPersonalData() {
    ResponseEntity<String> r = as("pemilik-proses").getForEntity("/api/audit/applications/" + number, String.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    String body = r.getBody();
    assertThat(body).contains("\"personalDataMasked\":true", "verifyWelfare", "required-documents", "WELFARE_NOT_IN_DTKS");
    for (Map<String, Object> m : members()) {
      String nik = (String) m.get("nik");
      assertThat(body).doesNotContain(nik).contains(nik.substring(0, 4) + "********" + nik.substring(12));
    }
    assertThat(body).doesNotContain("Slamet Riyadi", "Sri Wahyuni", (String) family.get("familyCardNumber"),
        "keluarga.audit@example.id", "Simpang Borobudur", "3456-7890", "081234567890", "1985-04-12")
        .contains("S***** R*****");
    assertThat(list(trail("pemilik-proses", number), "documents")).singleElement()
        .satisfies(d -> assertThat(d.get("link")).as("the scan itself is personal data").isNull());
    Map<String, Object> t = trail("pemilik-proses", number);
    @SuppressWarnings("unchecked")
    Map<String, Object> app = (Map<String, Object>) t.get("application");
    assertThat(app.get("applicantName")).isEqualTo("S***** R*****");
  }

  @Test
  void theKelurahanSeesItsOwnInFullAndNobodyElseReadsIt() {
    assertThat(trail("pandanwangi", number).get("personalDataMasked")).isEqualTo(false);
    assertThat(trail("admin", number).get("personalDataMasked")).isEqualTo(false);
    for (String user : List.of("arjosari", "dinsos", "dispendukcapil", "kadinkes", "dinkes")) {
      assertThat(as(user).getForEntity("/api/audit/applications/" + number, String.class).getStatusCode())
          .as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(as(user).getForEntity("/api/audit/applications/" + number + "/trail.csv", String.class).getStatusCode())
          .as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(as("dinsos").getForEntity("/api/audit/applications?kelurahan=" + PANDANWANGI, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    for (String path : List.of("/api/audit/applications/" + number, "/api/audit/applications?number=JKN",
        "/api/audit/applications/" + number + "/trail.csv")) {
      assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    // (a wrong password would delay the real user's next login: Camunda's login throttling)
    assertThat(rest.withBasicAuth("bukan-pengguna", "demo").getForEntity("/api/audit/applications/" + number, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theAuditorReadsAndChangesNothing() {
    for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
      for (String path : List.of("/api/audit/applications", "/api/audit/applications/" + number,
          "/api/audit/applications/" + number + "/trail.csv")) {
        ResponseEntity<String> r = as("auditor").exchange(path, method, new HttpEntity<>(Map.of("x", 1)), String.class);
        assertThat(r.getStatusCode()).as(method + " " + path).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(r.getBody()).contains("hanya dapat dibaca");
      }
    }
    assertThat(rest.exchange("/api/audit/applications/" + number, HttpMethod.DELETE, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // and the engine's own API, which Cockpit uses, refuses the auditor's writes too (ADR 0002)
    assertThat(as("auditor").exchange("/engine-rest/history/process-instance/" + pid, HttpMethod.DELETE, null,
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("auditor").postForEntity("/engine-rest/process-definition/key/jkn-registration/start",
        Map.of("variables", Map.of()), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theTrailExportsAsCsv() {
    ResponseEntity<byte[]> r = as("auditor").getForEntity("/api/audit/applications/" + number + "/trail.csv", byte[].class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(r.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(r.getHeaders().getContentDisposition().getFilename()).isEqualTo("jejak-audit-" + number + ".csv");
    String csv = new String(r.getBody(), StandardCharsets.UTF_8);
    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).startsWith("\uFEFF\"# Jejak audit permohonan " + number);
    assertThat(lines[1]).isEqualTo("\"WAKTU\";\"KATEGORI\";\"KEJADIAN\";\"PENGGUNA\";\"AKTIVITAS\";\"RINCIAN\"");
    assertThat(csv).contains("\"Menyelesaikan tugas: Verifikasi data kesejahteraan sosial\";\"dinsos\"",
        "\"Mengambil tugas: Verifikasi NIK, KK dan domisili\";\"dispendukcapil\"", "\"Keputusan\"",
        "\"Dokumen diunggah: KK\";\"pandanwangi\"");
    String masked = new String(as("pemilik-proses").getForEntity("/api/audit/applications/" + number + "/trail.csv",
        byte[].class).getBody(), StandardCharsets.UTF_8);
    assertThat(masked).contains("Menyelesaikan tugas").doesNotContain("Slamet Riyadi", (String) members().get(0).get("nik"));
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> search(String user, String query) {
    ResponseEntity<Map> r = as(user).getForEntity("/api/audit/applications?" + query, Map.class);
    assertThat(r.getStatusCode()).as(user + " " + query + " " + r.getBody()).isEqualTo(HttpStatus.OK);
    return (List<Map<String, Object>>) r.getBody().get("results");
  }

  @Test
  void applicationsAreFoundByNumberNikAndKelurahan() {
    assertThat(search("auditor", "number=" + number)).singleElement().satisfies(r -> assertThat(r)
        .containsEntry("applicationNumber", number).containsEntry("status", "SELESAI").containsEntry("outcome", "REJECTED")
        .containsEntry("applicantName", "Slamet Riyadi").containsEntry("kelurahanName", "Kelurahan Pandanwangi"));
    String wife = (String) members().get(1).get("nik");
    assertThat(search("auditor", "nik=" + wife)).extracting(r -> r.get("applicationNumber")).containsExactly(number);
    assertThat(search("auditor", "kelurahan=" + PANDANWANGI + "&status=SELESAI&limit=200"))
        .extracting(r -> r.get("applicationNumber")).contains(number, missingNumber);
    assertThat(search("auditor", "kelurahan=35.73.01.1002&number=" + number)).isEmpty();
    // a kelurahan searches its own applications only
    assertThat(search("pandanwangi", "nik=" + wife)).extracting(r -> r.get("applicationNumber")).containsExactly(number);
    assertThat(search("arjosari", "number=" + number)).isEmpty();
    assertThat(as("arjosari").getForEntity("/api/audit/applications?kelurahan=" + PANDANWANGI, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // the process owner finds applications but sees no names and may not probe NIKs
    assertThat(search("pemilik-proses", "number=" + number)).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("applicantName", "S***** R*****").containsEntry("masked", true));
    assertThat(as("pemilik-proses").getForEntity("/api/audit/applications?nik=" + wife, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("auditor").getForEntity("/api/audit/applications?nik=123", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(as("auditor").getForEntity("/api/audit/applications/JKN-1999-000000", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }
}
