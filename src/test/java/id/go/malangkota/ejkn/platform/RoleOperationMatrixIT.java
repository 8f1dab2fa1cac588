package id.go.malangkota.ejkn.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.malangkota.ejkn.intake.TestFamilies;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Least privilege as one matrix (issue 15): every demo role, and an anonymous caller, tries every operation of the
 * application API and of the engine REST API that matters for an application waiting at Dispendukcapil, filed by
 * Kel. Pandanwangi. Each cell is answered ALLOWED (2xx, and for a list: the application's rows are in it), REFUSED
 * (401/403/404, or a list without the application's rows) or INVALID (authorised, the input itself refused). A
 * refused write must leave the state as it was: each operation names what it would have changed, and that is checked
 * after every refusal. An operation that changes state runs on an application of its own for every role allowed it,
 * so one role's write cannot hide another role's leak.
 */
@EjknIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleOperationMatrixIT {

  static final String PANDANWANGI = "35.73.01.1006";
  static final String ANONYMOUS = "(anonim)";
  static final List<String> ROLES = List.of(ANONYMOUS, "admin", "pandanwangi", "arjosari", "dispendukcapil", "dinsos",
      "disnaker", "dinkes", "kadinkes", "auditor", "pemilik-proses");
  static final AtomicInteger TAGS = new AtomicInteger();

  enum Outcome { ALLOWED, REFUSED, INVALID }

  @Autowired TestRestTemplate rest;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired JdbcTemplate jdbc;

  /** An application at its first agency task, with one scanned document; {@code tag} is unique per cell. */
  record App(String number, String pid, String taskId, String documentId, String tag) {}

  /** One operation: who is allowed, what it does, and what a refusal must have left untouched. */
  record Op(String name, Set<String> allowed, Set<String> invalid, boolean writes,
      BiFunction<App, TestRestTemplate, Outcome> call, Predicate<App> untouched) {}

  App shared;
  final List<String> started = new ArrayList<>();
  final List<Op> ops = new ArrayList<>();

  TestRestTemplate as(String user) {
    return ANONYMOUS.equals(user) ? rest : rest.withBasicAuth(user, "demo");
  }

  static Outcome outcome(ResponseEntity<?> r) {
    int s = r.getStatusCode().value();
    if (s >= 200 && s < 300) {
      return Outcome.ALLOWED;
    }
    return s == 401 || s == 403 || s == 404 ? Outcome.REFUSED : s >= 400 && s < 500 ? Outcome.INVALID
        : fail(r);
  }

  static Outcome fail(ResponseEntity<?> r) {
    throw new AssertionError("neither an answer nor a refusal: " + r.getStatusCode() + " " + r.getBody());
  }

  /** A list call: ALLOWED only if the answer holds something of the application. */
  static Outcome sees(ResponseEntity<String> r, String mark) {
    Outcome o = outcome(r);
    return o == Outcome.ALLOWED && !(r.getBody() != null && r.getBody().contains(mark)) ? Outcome.REFUSED : o;
  }

  static HttpEntity<Object> json(Object body) {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, h);
  }

  static HttpEntity<LinkedMultiValueMap<String, Object>> multipart(Map<String, Object> fields, String name, String file,
      byte[] content) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    fields.forEach(parts::add);
    parts.add(name, new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return file;
      }
    });
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, h);
  }

  static String process(String key, String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions "
        + "xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"defs\" targetNamespace=\"http://ejkn\">"
        + "<bpmn:process id=\"" + key + "\" isExecutable=\"true\">" + body + "</bpmn:process></bpmn:definitions>";
  }

  static Map<String, Object> string(String value) {
    return Map.of("value", value, "type", "String");
  }

  @SuppressWarnings("unchecked")
  App newApplication() {
    ResponseEntity<Map> created = as("pandanwangi").postForEntity("/api/applications",
        TestFamilies.twoMemberFamily(PANDANWANGI), Map.class);
    assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
    String number = created.getBody().get("id").toString();
    String pid = created.getBody().get("processInstanceId").toString();
    ResponseEntity<Map> doc = as("pandanwangi").postForEntity("/api/applications/" + number + "/documents",
        multipart(Map.of("kind", "KK"), "file", "kk.pdf", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.UTF_8)), Map.class);
    assertThat(doc.getStatusCode().value()).isEqualTo(201);
    Task task = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(
        () -> tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("verifyCivilRegistry").singleResult(),
        t -> t != null);
    started.add(pid);
    return new App(number, pid, task.getId(), doc.getBody().get("id").toString(), "m" + TAGS.incrementAndGet());
  }

  App withTag(App app) {
    return new App(app.number(), app.pid(), app.taskId(), app.documentId(), "m" + TAGS.incrementAndGet());
  }

  void op(String name, Set<String> allowed, BiFunction<App, TestRestTemplate, Outcome> call) {
    ops.add(new Op(name, allowed, Set.of(), false, call, a -> true));
  }

  void write(String name, Set<String> allowed, BiFunction<App, TestRestTemplate, Outcome> call, Predicate<App> untouched) {
    ops.add(new Op(name, allowed, Set.of(), true, call, untouched));
  }

  void write(String name, Set<String> allowed, Set<String> invalid, BiFunction<App, TestRestTemplate, Outcome> call,
      Predicate<App> untouched) {
    ops.add(new Op(name, allowed, invalid, true, call, untouched));
  }

  static Set<String> only(String... users) {
    return new LinkedHashSet<>(Arrays.asList(users));
  }

  long registered(String nik) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_open_candidate WHERE nik = ?", Long.class, nik);
  }

  String victim(App a) {
    String id = "korban-" + a.tag();
    if (identity.createUserQuery().userId(id).count() == 0) {
      var u = identity.newUser(id);
      u.setFirstName("Korban");
      u.setLastName("Matriks");
      u.setPassword("Sandi-Lama-2026");
      identity.saveUser(u);
    }
    return id;
  }

  @BeforeAll
  void operations() {
    shared = newApplication();
    String tenant = runtime.createProcessInstanceQuery().processInstanceId(shared.pid()).singleResult().getTenantId();

    // ---- the application API
    // the application waits at the three parallel verifications: those agencies read it, the later ones not yet
    assertThat(tasks.createTaskQuery().processInstanceId(shared.pid()).list()).extracting(Task::getTaskDefinitionKey)
        .containsExactlyInAnyOrder("verifyCivilRegistry", "verifyWelfare", "verifyEmployment");
    Set<String> readers = only("admin", "pandanwangi", "dispendukcapil", "dinsos", "disnaker", "auditor");
    op("baca permohonan (API)", readers, (a, r) -> outcome(r.getForEntity("/api/applications/" + a.number(), String.class)));
    op("tanda terima PDF", readers,
        (a, r) -> outcome(r.getForEntity("/api/applications/" + a.number() + "/receipt", byte[].class)));
    op("daftar dokumen", readers,
        (a, r) -> outcome(r.getForEntity("/api/applications/" + a.number() + "/documents", String.class)));
    op("unduh dokumen", readers, (a, r) -> outcome(r.getForEntity("/api/applications/" + a.number() + "/documents/"
        + a.documentId(), byte[].class)));
    // the administrator acts for any kelurahan (Actor#actsFor), the officers only for their own
    write("unggah dokumen", only("admin", "pandanwangi"), (a, r) -> outcome(r.postForEntity("/api/applications/" + a.number()
            + "/documents", multipart(Map.of("kind", "KTP"), "file", "ktp.pdf", "%PDF-1.4\n%%EOF".getBytes()), String.class)),
        a -> jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_document WHERE application_number = ?", Long.class,
            a.number()) == 1);
    write("ajukan permohonan untuk Pandanwangi (API)", only("admin", "pandanwangi"), (a, r) -> {
      Map<String, Object> family = TestFamilies.application(PANDANWANGI, List.of(TestFamilies.member(nikOf(a),
          "Warga Matriks", "1985-04-12", "KEPALA_KELUARGA", true)));
      return outcome(r.postForEntity("/api/applications", json(family), String.class));
    }, a -> registered(nikOf(a)) == 0);
    write("ajukan lewat engine REST (form mulai)", only("admin", "pandanwangi"), (a, r) -> {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("kelurahanCode", string(PANDANWANGI));
      v.put("familyCardNumber", string("3573012001150001"));
      v.put("address", string("Jl. Simpang Borobudur No. 7"));
      v.put("phone", string("081234567890"));
      v.put("submittedByRelation", string("SELF"));
      v.put("members", string("[{\"nik\":\"" + nikOf(a) + "\",\"name\":\"Warga Matriks\",\"birthDate\":\"1985-04-12\","
          + "\"relationship\":\"KEPALA_KELUARGA\",\"candidate\":true}]"));
      for (String d : List.of("docKtp", "docFamilyCard", "docRtRwLetter")) {
        v.put(d, Map.of("value", true, "type", "Boolean"));
      }
      return outcome(r.postForEntity("/engine-rest/process-definition/key/jkn-registration/start",
          json(Map.of("variables", v)), String.class));
    }, a -> registered(nikOf(a)) == 0);
    op("cek kepesertaan BPJS", only("admin", "pandanwangi", "arjosari", "dispendukcapil", "dinsos", "disnaker", "dinkes",
        "kadinkes"),
        (a, r) -> outcome(r.getForEntity("/api/membership?nik=" + TestFamilies.nik("1985-04-12", false)
            + "&birthDate=1985-04-12", String.class)));
    op("jejak audit", only("admin", "pandanwangi", "auditor", "pemilik-proses"),
        (a, r) -> outcome(r.getForEntity("/api/audit/applications/" + a.number(), String.class)));
    op("siapa membaca data pribadi", only("admin", "auditor"),
        (a, r) -> outcome(r.getForEntity("/api/audit/applications/" + a.number() + "/access-log", String.class)));
    op("cari di jejak audit", only("admin", "pandanwangi", "auditor", "pemilik-proses"),
        (a, r) -> sees(r.exchange("/api/audit/applications?number=" + a.number(), HttpMethod.GET, null, String.class),
            a.number()));
    // figures without personal data: the leaders, the auditor and the process owner who improves the SOP
    op("KPI layanan", only("admin", "dinkes", "kadinkes", "auditor", "pemilik-proses"), (a, r) -> outcome(r.getForEntity("/api/kpi", String.class)));
    op("daftar usulan SOP", only("admin", "kadinkes", "auditor", "pemilik-proses"),
        (a, r) -> outcome(r.getForEntity("/api/sop-proposals", String.class)));
    write("usulkan model berisi skrip", Set.of(), only("pemilik-proses"), (a, r) -> outcome(r.postForEntity(
            "/api/sop-proposals", multipart(Map.of("description", "uji matriks"), "evil-script.bpmn", "evil-script.bpmn", process("evil-script",
                "<bpmn:startEvent id=\"s\" /><bpmn:scriptTask id=\"run\" scriptFormat=\"groovy\"><bpmn:script>"
                    + "\"id\".execute()</bpmn:script></bpmn:scriptTask><bpmn:endEvent id=\"e\" />"
                    + "<bpmn:sequenceFlow id=\"f0\" sourceRef=\"s\" targetRef=\"run\" />"
                    + "<bpmn:sequenceFlow id=\"f1\" sourceRef=\"run\" targetRef=\"e\" />")
                .getBytes(StandardCharsets.UTF_8)),
            String.class)),
        a -> repository.createProcessDefinitionQuery().processDefinitionKey("evil-script").count() == 0);

    // ---- the engine: tasks
    // the auditor reads tasks (read-only grants) and writes nothing
    op("lihat tugas di Tasklist", only("admin", "dispendukcapil", "auditor"), (a, r) -> sees(r.exchange(
        "/engine-rest/task?processInstanceId=" + a.pid(), HttpMethod.GET, null, String.class), a.taskId()));
    op("baca variabel tugas", only("admin", "dispendukcapil", "auditor"),
        (a, r) -> outcome(r.getForEntity("/engine-rest/task/" + a.taskId() + "/variables", String.class)));
    write("klaim tugas", only("admin", "dispendukcapil"), (a, r) -> outcome(r.postForEntity(
            "/engine-rest/task/" + a.taskId() + "/claim", json(Map.of("userId", callerOf(r))), String.class)),
        a -> tasks.createTaskQuery().taskId(a.taskId()).singleResult().getAssignee() == null);
    write("serahkan tugas ke orang lain", only("admin", "dispendukcapil"), (a, r) -> outcome(r.postForEntity(
            "/engine-rest/task/" + a.taskId() + "/assignee", json(Map.of("userId", "arjosari")), String.class)),
        a -> tasks.createTaskQuery().taskId(a.taskId()).singleResult().getAssignee() == null);
    write("selesaikan tugas (setujui)", only("admin", "dispendukcapil"), (a, r) -> outcome(r.postForEntity(
            "/engine-rest/task/" + a.taskId() + "/complete",
            json(Map.of("variables", Map.of("civilRegistryDecision", string("APPROVE")))), String.class)),
        a -> tasks.createTaskQuery().taskId(a.taskId()).count() == 1);
    write("ubah variabel tugas", only("admin", "dispendukcapil"), (a, r) -> outcome(r.exchange(
            "/engine-rest/task/" + a.taskId() + "/variables/catatanMatriks", HttpMethod.PUT,
            json(Map.of("value", "diubah", "type", "String")), String.class)),
        a -> runtime.getVariable(a.pid(), "catatanMatriks") == null
            && tasks.getVariableLocal(a.taskId(), "catatanMatriks") == null);
    write("komentar pada tugas", only("admin", "dispendukcapil"), (a, r) -> outcome(r.postForEntity(
            "/engine-rest/task/" + a.taskId() + "/comment/create", json(Map.of("message", "catatan matriks")), String.class)),
        a -> tasks.getTaskComments(a.taskId()).isEmpty());
    write("lampiran pada tugas", only("admin", "dispendukcapil"), (a, r) -> outcome(r.postForEntity(
            "/engine-rest/task/" + a.taskId() + "/attachment/create", multipart(Map.of("attachment-name", "x.txt",
                "attachment-type", "text/plain"), "content", "x.txt", "isi".getBytes()), String.class)),
        a -> tasks.getTaskAttachments(a.taskId()).isEmpty());

    // ---- the engine: the process instance and its history (NIKs, names)
    op("lihat proses berjalan", only("admin", "pandanwangi", "auditor"), (a, r) -> sees(r.exchange(
        "/engine-rest/process-instance?processInstanceIds=" + a.pid(), HttpMethod.GET, null, String.class), a.pid()));
    op("baca variabel proses", only("admin", "pandanwangi", "auditor"),
        (a, r) -> outcome(r.getForEntity("/engine-rest/process-instance/" + a.pid() + "/variables", String.class)));
    op("baca riwayat variabel (NIK)", only("admin", "pandanwangi", "auditor"), (a, r) -> sees(r.exchange(
        "/engine-rest/history/variable-instance?processInstanceId=" + a.pid(), HttpMethod.GET, null, String.class),
        a.pid()));
    op("daftar variabel berjalan", only("admin", "pandanwangi", "auditor"), (a, r) -> sees(r.exchange(
        "/engine-rest/variable-instance?processInstanceIdIn=" + a.pid(), HttpMethod.GET, null, String.class), a.pid()));
    op("riwayat perubahan variabel", only("admin", "pandanwangi", "auditor"), (a, r) -> sees(r.exchange(
        "/engine-rest/history/detail?processInstanceId=" + a.pid(), HttpMethod.GET, null, String.class), a.pid()));
    op("riwayat keputusan DMN (masukan)", only("admin", "auditor"), (a, r) -> sees(r.exchange(
        "/engine-rest/history/decision-instance?includeInputs=true&processInstanceId=" + a.pid(), HttpMethod.GET, null,
        String.class), a.pid()));
    op("riwayat aktivitas", only("admin", "pandanwangi", "auditor"), (a, r) -> sees(r.exchange(
        "/engine-rest/history/activity-instance?processInstanceId=" + a.pid(), HttpMethod.GET, null, String.class),
        a.pid()));
    // an agency officer reads its own entries only (none on this application yet); the kelurahan its application's
    op("log operasi pengguna", only("admin", "pandanwangi", "auditor"), (a, r) -> sees(r.exchange(
        "/engine-rest/history/user-operation?processInstanceId=" + a.pid(), HttpMethod.GET, null, String.class), a.pid()));
    op("riwayat tugas", only("admin", "pandanwangi", "dispendukcapil", "dinsos", "disnaker", "auditor"), (a, r) -> sees(
        r.exchange("/engine-rest/history/task?processInstanceId=" + a.pid(), HttpMethod.GET, null, String.class), a.pid()));
    op("baca riwayat proses", only("admin", "pandanwangi", "auditor"), (a, r) -> sees(r.exchange(
        "/engine-rest/history/process-instance?processInstanceId=" + a.pid(), HttpMethod.GET, null, String.class),
        a.pid()));
    write("ubah kelurahan pada proses", only("admin"), (a, r) -> outcome(r.exchange(
            "/engine-rest/process-instance/" + a.pid() + "/variables/kelurahanCode", HttpMethod.PUT,
            json(Map.of("value", "35.73.01.1002", "type", "String")), String.class)),
        a -> PANDANWANGI.equals(runtime.getVariable(a.pid(), "kelurahanCode")));
    write("hentikan sementara proses", only("admin"), (a, r) -> outcome(r.exchange(
            "/engine-rest/process-instance/" + a.pid() + "/suspended", HttpMethod.PUT, json(Map.of("suspended", true)),
            String.class)),
        a -> !runtime.createProcessInstanceQuery().processInstanceId(a.pid()).singleResult().isSuspended());
    write("hapus proses", only("admin"), (a, r) -> outcome(r.exchange("/engine-rest/process-instance/" + a.pid(),
            HttpMethod.DELETE, null, String.class)),
        a -> runtime.createProcessInstanceQuery().processInstanceId(a.pid()).count() == 1);

    // ---- the engine: models (nobody, not even admin: ADR 1501)
    write("deploy model langsung", Set.of(), (a, r) -> outcome(r.postForEntity("/engine-rest/deployment/create",
            multipart(Map.of("deployment-name", "matriks"), "data", "matriks.bpmn", process(
                "matriks-" + a.tag(), "<bpmn:startEvent id=\"s\" /><bpmn:endEvent id=\"e\" />"
                    + "<bpmn:sequenceFlow id=\"f\" sourceRef=\"s\" targetRef=\"e\" />").getBytes(StandardCharsets.UTF_8)),
            String.class)),
        a -> repository.createProcessDefinitionQuery().processDefinitionKey("matriks-" + a.tag()).count() == 0);
    String registration = repository.createProcessDefinitionQuery().processDefinitionKey("jkn-registration")
        .latestVersion().singleResult().getId();
    write("hentikan definisi proses", Set.of(), (a, r) -> outcome(r.exchange("/engine-rest/process-definition/"
            + registration + "/suspended", HttpMethod.PUT, json(Map.of("suspended", true)), String.class)),
        a -> !repository.getProcessDefinition(registration).isSuspended());
    write("hapus deployment", Set.of(), (a, r) -> outcome(r.exchange("/engine-rest/deployment/"
            + repository.getProcessDefinition(registration).getDeploymentId() + "?cascade=true", HttpMethod.DELETE, null,
            String.class)),
        a -> repository.createProcessDefinitionQuery().processDefinitionId(registration).count() == 1);
    write("riwayat dihapus (TTL 0)", Set.of(), (a, r) -> outcome(r.exchange("/engine-rest/process-definition/"
            + registration + "/history-time-to-live", HttpMethod.PUT, json(Map.of("historyTimeToLive", 0)), String.class)),
        a -> !Integer.valueOf(0).equals(repository.getProcessDefinition(registration).getHistoryTimeToLive()));
    op("baca model (XML)", only("admin", "pandanwangi", "arjosari", "dispendukcapil", "dinsos", "disnaker", "dinkes",
        "kadinkes", "auditor", "pemilik-proses"), (a, r) -> outcome(r.getForEntity("/engine-rest/process-definition/"
        + registration + "/xml", String.class)));

    // ---- the engine: identity and rights (only the administrator)
    write("buat pengguna", only("admin"), (a, r) -> outcome(r.postForEntity("/engine-rest/user/create", json(Map.of(
            "profile", Map.of("id", "baru-" + a.tag(), "firstName", "Baru", "lastName", "Matriks"),
            "credentials", Map.of("password", "Kuat-Sekali-2026"))), String.class)),
        a -> identity.createUserQuery().userId("baru-" + a.tag()).count() == 0);
    write("ganti kata sandi orang lain", only("admin"), (a, r) -> outcome(r.exchange("/engine-rest/user/" + victim(a)
            + "/credentials", HttpMethod.PUT, json(Map.of("password", "Sandi-Baru-2026", "authenticatedUserPassword",
                "demo")), String.class)),
        a -> identity.checkPassword(victim(a), "Sandi-Lama-2026"));
    write("jadikan administrator", only("admin"), (a, r) -> outcome(r.exchange("/engine-rest/group/camunda-admin/members/"
            + victim(a), HttpMethod.PUT, null, String.class)),
        a -> identity.createUserQuery().userId(victim(a)).memberOfGroup("camunda-admin").count() == 0);
    write("masuk tenant kelurahan lain", only("admin"), (a, r) -> outcome(r.exchange("/engine-rest/tenant/" + tenant
            + "/user-members/" + victim(a), HttpMethod.PUT, null, String.class)),
        a -> identity.createTenantQuery().userMember(victim(a)).count() == 0);
    write("beri hak akses", only("admin"), (a, r) -> outcome(r.postForEntity("/engine-rest/authorization/create",
            json(Map.of("type", 1, "permissions", List.of("ALL"), "userId", victim(a), "resourceType", 0,
                "resourceId", "*")), String.class)),
        a -> authorizations.createAuthorizationQuery().userIdIn(victim(a)).resourceType(0).count() == 0);
    write("beri hak deploy", Set.of(), (a, r) -> outcome(r.postForEntity("/engine-rest/authorization/create",
            json(Map.of("type", 1, "permissions", List.of("CREATE"), "userId", victim(a), "resourceType",
                Resources.DEPLOYMENT.resourceType(), "resourceId", "*")), String.class)),
        a -> authorizations.createAuthorizationQuery().userIdIn(victim(a)).resourceType(Resources.DEPLOYMENT).count() == 0);
  }

  /** The matrix's applications leave the agencies' Tasklists again (the browser test reads the same lists). */
  @AfterAll
  void removeApplications() {
    runtime.deleteProcessInstancesIfExists(started, "uji matriks peran selesai", true, true, false);
  }

  String nikOf(App a) {
    return nikByTag.computeIfAbsent(a.tag(), t -> TestFamilies.nik("1985-04-12", false));
  }

  final Map<String, String> nikByTag = new HashMap<>();
  final Map<TestRestTemplate, String> callers = new HashMap<>();

  String callerOf(TestRestTemplate r) {
    return callers.getOrDefault(r, "anonim");
  }

  @Test
  void everyRoleDoesWhatItsPlaceAllowsAndNothingElse() {
    Map<String, TestRestTemplate> clients = new LinkedHashMap<>();
    for (String role : ROLES) {
      clients.put(role, as(role));
      callers.put(clients.get(role), role);
    }
    List<String> wrong = new ArrayList<>();
    StringBuilder table = new StringBuilder(String.format("%-42s", "operasi"));
    ROLES.forEach(role -> table.append(String.format(" %-14s", role)));
    table.append('\n');
    for (Op op : ops) {
      table.append(String.format("%-42s", op.name()));
      for (String role : ROLES) {
        Outcome expected = op.allowed().contains(role) ? Outcome.ALLOWED
            : op.invalid().contains(role) ? Outcome.INVALID : Outcome.REFUSED;
        App app = op.writes() && expected != Outcome.REFUSED ? newApplication() : withTag(shared);
        Outcome actual = op.call().apply(app, clients.get(role));
        table.append(String.format(" %-14s", actual + (actual == expected ? "" : "(!)")));
        if (actual != expected) {
          wrong.add(op.name() + " as " + role + ": " + actual + ", expected " + expected);
        }
        if (actual != Outcome.ALLOWED && !op.untouched().test(app)) {
          wrong.add(op.name() + " as " + role + ": answered " + actual + " but changed the state");
        }
      }
      table.append('\n');
    }
    System.out.println(table);
    assertThat(wrong).as("role × operation matrix\n" + table).isEmpty();
  }
}
