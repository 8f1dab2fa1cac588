package id.go.malangkota.ejkn.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What the integration tests do as the demo users through the real REST API, in one place: file an application at
 * the kelurahan counter, wait for a task of an application's process, complete it with typed variables
 * ({@link Vars}), wait for the application to finish, and read the public status as a resident. Every call is made
 * as the named user (password {@code demo}), so a test still proves that user may do it.
 *
 * <pre>
 * &#64;Autowired Journey j;   // a bean of every {@link EjknIntegrationTest} context
 * Journey.Filed f = j.file("pandanwangi", TestFamilies.twoMemberFamily("35.73.01.1006"));
 * j.complete("dispendukcapil", f.pid(), "verifyCivilRegistry", Vars.strings("civilRegistryDecision", "APPROVE"));
 * </pre>
 */
public final class Journey {

  public static final String PASSWORD = "demo";
  public static final Duration PATIENCE = Duration.ofSeconds(60);
  static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  private final TestRestTemplate rest;

  public Journey(TestRestTemplate rest) {
    this.rest = rest;
  }

  /** An application as the API answered its filing. */
  public record Filed(String number, String pid, Map<String, Object> body, Map<String, Object> answer) {

    /** The applicant's (first member's) birth date, what a resident types on the status page. */
    @SuppressWarnings("unchecked")
    public String birthDate() {
      return ((List<Map<String, Object>>) body.get("members")).get(0).get("birthDate").toString();
    }
  }

  public TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, PASSWORD);
  }

  /** Files {@code body} at {@code POST /api/applications} as {@code user}; it must be accepted (201). */
  @SuppressWarnings("unchecked")
  public Filed file(String user, Map<String, Object> body) {
    ResponseEntity<Map> created = as(user).postForEntity("/api/applications", body, Map.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    return new Filed(created.getBody().get("id").toString(), created.getBody().get("processInstanceId").toString(),
        body, created.getBody());
  }

  /**
   * The open tasks {@code user} sees of the process instance {@code pid} and of the instances it called (an urgent
   * reactivation runs its verification in the registration it calls).
   */
  public List<Map<String, Object>> tasks(String user, String pid) {
    List<Map<String, Object>> all = new ArrayList<>();
    for (String id : withCalled(pid)) {
      ResponseEntity<List<Map<String, Object>>> r = as(user).exchange("/engine-rest/task?processInstanceId=" + id,
          HttpMethod.GET, null, LIST);
      assertThat(r.getStatusCode()).as(user + " lists tasks").isEqualTo(HttpStatus.OK);
      all.addAll(r.getBody());
    }
    return all;
  }

  private List<String> withCalled(String pid) {
    List<String> ids = new ArrayList<>(List.of(pid));
    for (int i = 0; i < ids.size(); i++) {
      List<Map<String, Object>> called = as("admin").exchange("/engine-rest/process-instance?superProcessInstance="
          + ids.get(i), HttpMethod.GET, null, LIST).getBody();
      if (called != null) {
        called.forEach(c -> ids.add(c.get("id").toString()));
      }
    }
    return ids;
  }

  /** Waits until {@code user} sees a task {@code key} of the application's process and returns it (engine REST JSON). */
  public Map<String, Object> awaitTask(String user, String pid, String key) {
    return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).until(
        () -> tasks(user, pid).stream().filter(t -> key.equals(t.get("taskDefinitionKey"))).findFirst(),
        Optional::isPresent).orElseThrow();
  }

  /** Completes {@code task} as {@code user} with typed variables; the engine must accept it (204). */
  public void complete(String user, Map<String, Object> task, Map<String, Object> variables) {
    complete(user, task.get("id").toString(), variables);
  }

  public void complete(String user, String taskId, Map<String, Object> variables) {
    ResponseEntity<String> r = as(user).postForEntity("/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", variables), String.class);
    assertThat(r.getStatusCode()).as(user + " completes task " + taskId + ": " + r.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** Waits for the task {@code key} as {@code user}, completes it and returns it. */
  public Map<String, Object> complete(String user, String pid, String key, Map<String, Object> variables) {
    Map<String, Object> task = awaitTask(user, pid, key);
    complete(user, task, variables);
    return task;
  }

  /** A task variable as JSON text ({@code deserializeValue=false}), e.g. {@code fktpAssignments}. */
  public String variable(String user, Map<String, Object> task, String name) {
    ResponseEntity<Map> r = as(user).getForEntity("/engine-rest/task/" + task.get("id") + "/variables/" + name
        + "?deserializeValue=false", Map.class);
    assertThat(r.getStatusCode()).as(user + " reads " + name).isEqualTo(HttpStatus.OK);
    return String.valueOf(r.getBody().get("value"));
  }

  /** A value the task's form shows, as Tasklist loads it ({@code GET /task/{id}/form-variables}); null if none. */
  @SuppressWarnings("unchecked")
  public String formValue(String user, Map<String, Object> task, String name) {
    ResponseEntity<Map> r = as(user).getForEntity("/engine-rest/task/" + task.get("id")
        + "/form-variables?deserializeValues=false", Map.class);
    assertThat(r.getStatusCode()).as(user + " reads the form of " + task.get("id")).isEqualTo(HttpStatus.OK);
    Map<String, Object> variable = (Map<String, Object>) r.getBody().get(name);
    return variable == null ? null : String.valueOf(variable.get("value"));
  }

  /** Waits until {@code GET /api/applications/{number}} (as {@code user}) says COMPLETED and returns that answer. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> awaitCompleted(String user, String number) {
    return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(
        () -> (Map<String, Object>) as(user).getForEntity("/api/applications/" + number, Map.class).getBody(),
        b -> "COMPLETED".equals(b.get("status")));
  }

  /**
   * Arranges the participant at the BPJS simulator ({@code PUT /bpjs-simulator/peserta/{nik}}): active or not, with
   * a segment as VClaim names it ("PBPU", "PBI (APBD)", …) and arrears in rupiah.
   */
  public void bpjsSays(String nik, String name, String birthDate, boolean active, String segment, long arrears) {
    Map<String, Object> peserta = Map.of("nama", name.toUpperCase(java.util.Locale.ROOT), "tglLahir", birthDate,
        "sex", "L", "statusPeserta", Map.of("kode", active ? "0" : "1", "keterangan", active ? "AKTIF" : "NON AKTIF"),
        "jenisPeserta", Map.of("kode", "14", "keterangan", segment),
        "hakKelas", Map.of("kode", "3", "keterangan", "KELAS III"),
        "provUmum", Map.of("kdProvider", "13050101", "nmProvider", "PUSKESMAS PANDANWANGI"),
        "tunggakan", arrears);
    ResponseEntity<String> r = rest.exchange("/bpjs-simulator/peserta/" + nik, HttpMethod.PUT,
        new org.springframework.http.HttpEntity<>(peserta), String.class);
    assertThat(r.getStatusCode().is2xxSuccessful()).as("simulator: " + r.getBody()).isTrue();
  }

  /** Uploads a (minimal PDF) scan of that kind through {@code POST /api/applications/{number}/documents}. */
  @SuppressWarnings("rawtypes")
  public ResponseEntity<Map> upload(String user, String number, String kind, String fileName) {
    org.springframework.util.LinkedMultiValueMap<String, Object> form = new org.springframework.util.LinkedMultiValueMap<>();
    form.add("kind", kind);
    form.add("file", new org.springframework.core.io.ByteArrayResource("%PDF-1.4\n%%EOF".getBytes()) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    org.springframework.http.HttpHeaders h = new org.springframework.http.HttpHeaders();
    h.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
    return as(user).postForEntity("/api/applications/" + number + "/documents",
        new org.springframework.http.HttpEntity<>(form, h), Map.class);
  }

  /** The public status as a resident asks for it (not logged in). */
  @SuppressWarnings("rawtypes")
  public ResponseEntity<Map> status(String number, String birthDate) {
    return rest.getForEntity("/status/api?number={n}&birthDate={b}", Map.class, number, birthDate);
  }
}
