package id.go.malangkota.ejkn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Who sees and works what, through the real REST API as the demo users. A small test process stands in for the
 * services: a task for the applying kelurahan, then a task for Dinsos.
 */
@EjknIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformAccessIT {

  static final String PANDANWANGI = "35.73.01.1006";
  static final String ARJOSARI = "35.73.01.1002";
  static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired org.camunda.bpm.engine.AuthorizationService authorizationService;

  @BeforeAll
  void deployTestProcess() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("access-test").count() == 0) {
      repositoryService.createDeployment().addClasspathResource("platform/access-test.bpmn").name("access-test").deploy();
    }
  }

  TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  String start(String user, String kelurahanCode) {
    ResponseEntity<Map> response = as(user).postForEntity("/engine-rest/process-definition/key/access-test/start",
        Map.of("variables", Map.of("kelurahanCode", Map.of("value", kelurahanCode, "type", "String"))), Map.class);
    assertThat(response.getStatusCode()).as(response.toString()).isEqualTo(HttpStatus.OK);
    return (String) response.getBody().get("id");
  }

  String taskOf(String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
  }

  List<Map<String, Object>> list(String user, String path) {
    ResponseEntity<List<Map<String, Object>>> r = as(user).exchange(path, HttpMethod.GET, null, LIST);
    assertThat(r.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return r.getBody();
  }

  HttpStatus complete(String user, String taskId) {
    return HttpStatus.valueOf(as(user).postForEntity("/engine-rest/task/" + taskId + "/complete",
        new HttpEntity<>(Map.of()), String.class).getStatusCode().value());
  }

  @Test
  void anonymousCallersAreRefusedWith401() {
    for (String path : List.of("/engine-rest/task", "/engine-rest/process-definition", "/engine-rest/history/process-instance",
        "/api/applications/x", "/engine-rest/user")) {
      ResponseEntity<String> r = rest.getForEntity(path, String.class);
      assertThat(r.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(r.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    }
    // a user of its own: wrong passwords make the engine delay that user's next logins
    if (identityService.createUserQuery().userId("uji-sandi").count() == 0) {
      var user = identityService.newUser("uji-sandi");
      user.setPassword("Benar-Sekali-2026");
      identityService.saveUser(user);
    }
    ResponseEntity<String> wrong = rest.withBasicAuth("uji-sandi", "salah").getForEntity("/engine-rest/task", String.class);
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(wrong.getBody()).contains("BAD_CREDENTIALS");
  }

  @Test
  void aKelurahanSeesAndWorksOnlyItsOwnApplications() {
    String own = start("pandanwangi", PANDANWANGI);
    String other = start("arjosari", ARJOSARI);
    String otherTask = taskOf(other);

    assertThat(list("pandanwangi", "/engine-rest/task?processDefinitionKey=access-test"))
        .extracting(t -> t.get("processInstanceId")).contains(own).doesNotContain(other);
    assertThat(list("pandanwangi", "/engine-rest/process-instance?processDefinitionKey=access-test"))
        .extracting(p -> p.get("id")).contains(own).doesNotContain(other);
    assertThat(list("pandanwangi", "/engine-rest/history/process-instance?processDefinitionKey=access-test"))
        .extracting(p -> p.get("id")).contains(own).doesNotContain(other);

    assertThat(as("pandanwangi").getForEntity("/engine-rest/task/" + otherTask, String.class).getStatusCode().value())
        .isIn(403, 404);
    assertThat(as("pandanwangi").getForEntity("/engine-rest/task/" + otherTask + "/variables", String.class)
        .getStatusCode().value()).isIn(403, 404);
    assertThat(complete("pandanwangi", otherTask).value()).isIn(403, 404);
    assertThat(taskService.createTaskQuery().taskId(otherTask).count()).isEqualTo(1);

    assertThat(complete("pandanwangi", taskOf(own))).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void nobodyFilesForAnotherKelurahan() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("access-test")
        .variableValueEquals("kelurahanCode", ARJOSARI).count();
    ResponseEntity<String> r = as("pandanwangi").postForEntity("/engine-rest/process-definition/key/access-test/start",
        Map.of("variables", Map.of("kelurahanCode", Map.of("value", ARJOSARI, "type", "String"))), String.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // the refused start left no instance behind
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("access-test")
        .variableValueEquals("kelurahanCode", ARJOSARI).count()).isEqualTo(before);
  }

  @Test
  void verifiersCannotStartApplications() {
    ResponseEntity<String> r = as("dinsos").postForEntity("/engine-rest/process-definition/key/access-test/start",
        Map.of("variables", Map.of("kelurahanCode", Map.of("value", PANDANWANGI, "type", "String"))), String.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aVerifierWorksOnlyTheTasksOfItsOwnAgency() {
    String instance = start("pandanwangi", PANDANWANGI);
    taskService.complete(taskOf(instance));
    String dinsosTask = taskOf(instance);

    assertThat(list("dispendukcapil", "/engine-rest/task?processInstanceId=" + instance)).isEmpty();
    assertThat(complete("dispendukcapil", dinsosTask).value()).isIn(403, 404);
    assertThat(as("dispendukcapil").postForEntity("/engine-rest/task/" + dinsosTask + "/claim",
        Map.of("userId", "dispendukcapil"), String.class).getStatusCode().value()).isIn(403, 404);
    assertThat(list("dinsos", "/engine-rest/task?processInstanceId=" + instance)).hasSize(1);
    assertThat(complete("dinsos", dinsosTask)).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void theAuditorReadsEverythingAndChangesNothing() {
    String a = start("pandanwangi", PANDANWANGI);
    String b = start("arjosari", ARJOSARI);
    assertThat(list("auditor", "/engine-rest/task?processDefinitionKey=access-test"))
        .extracting(t -> t.get("processInstanceId")).contains(a, b);
    assertThat(list("auditor", "/engine-rest/history/process-instance?processDefinitionKey=access-test"))
        .extracting(p -> p.get("id")).contains(a, b);
    assertThat(list("auditor", "/engine-rest/history/activity-instance?processInstanceId=" + a)).isNotEmpty();
    assertThat(list("auditor", "/engine-rest/history/task?processInstanceId=" + a)).isNotEmpty();

    String task = taskOf(a);
    assertThat(complete("auditor", task)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("auditor").postForEntity("/engine-rest/task/" + task + "/claim", Map.of("userId", "auditor"),
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("auditor").exchange("/engine-rest/process-instance/" + a, HttpMethod.DELETE, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("auditor").postForEntity("/engine-rest/process-definition/key/access-test/start",
        Map.of(), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
  }

  @Test
  void theProcessOwnerSeesTheModelsButNotTheResidentsData() {
    String a = start("pandanwangi", PANDANWANGI);
    assertThat(list("pemilik-proses", "/engine-rest/process-definition?key=access-test")).isNotEmpty();
    assertThat(list("pemilik-proses", "/engine-rest/deployment")).isNotEmpty();
    assertThat(list("pemilik-proses", "/engine-rest/history/process-instance?processDefinitionKey=access-test")).isEmpty();
    assertThat(list("pemilik-proses", "/engine-rest/history/variable-instance?processInstanceId=" + a)).isEmpty();
    assertThat(list("pemilik-proses", "/engine-rest/process-instance?processDefinitionKey=access-test")).isEmpty();
    assertThat(list("pemilik-proses", "/engine-rest/task?processInstanceId=" + a)).isEmpty();
  }

  @Test
  void aTaskHandedToAKelurahanOfficerAndTakenBackLeavesThatOfficerNoAccess() {
    String instance = start("pandanwangi", PANDANWANGI);
    taskService.complete(taskOf(instance));
    String dinsosTask = taskOf(instance);
    assertThat(as("dinsos").postForEntity("/engine-rest/task/" + dinsosTask + "/assignee",
        Map.of("userId", "pandanwangi"), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    // while it is theirs, the officer reads it
    assertThat(as("pandanwangi").getForEntity("/engine-rest/task/" + dinsosTask, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(as("dinsos").postForEntity("/engine-rest/task/" + dinsosTask + "/unclaim", null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // taken back: nothing is left behind, neither a grant nor access
    assertThat(authorizationService.createAuthorizationQuery().resourceId(dinsosTask).count()).isZero();
    assertThat(list("pandanwangi", "/engine-rest/task?processInstanceId=" + instance)).isEmpty();
    assertThat(as("pandanwangi").getForEntity("/engine-rest/task/" + dinsosTask, String.class).getStatusCode().value())
        .isIn(403, 404);
    assertThat(as("pandanwangi").getForEntity("/engine-rest/task/" + dinsosTask + "/variables", String.class)
        .getStatusCode().value()).isIn(403, 404);
    assertThat(as("pandanwangi").postForEntity("/engine-rest/task/" + dinsosTask + "/claim",
        Map.of("userId", "pandanwangi"), String.class).getStatusCode().value()).isIn(403, 404);
    assertThat(complete("pandanwangi", dinsosTask).value()).isIn(403, 404);
    assertThat(taskService.createTaskQuery().taskId(dinsosTask).singleResult().getAssignee()).isNull();
    // the kelurahan still reads its own application
    assertThat(list("pandanwangi", "/engine-rest/process-instance?processInstanceIds=" + instance)).hasSize(1);
    assertThat(complete("dinsos", dinsosTask)).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void authorizationRowsDoNotGrowWithApplicationsOrTasks() {
    long before = authorizationService.createAuthorizationQuery().count();
    for (int i = 0; i < 3; i++) {
      String instance = start(i % 2 == 0 ? "pandanwangi" : "arjosari", i % 2 == 0 ? PANDANWANGI : ARJOSARI);
      taskService.complete(taskOf(instance));
      String agencyTask = taskOf(instance);
      assertThat(as("dinsos").postForEntity("/engine-rest/task/" + agencyTask + "/claim", Map.of("userId", "dinsos"),
          String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(complete("dinsos", agencyTask)).isEqualTo(HttpStatus.NO_CONTENT);
    }
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(before);
  }

  @Test
  void eachApplicationBelongsToItsKelurahansTenant() {
    String own = start("pandanwangi", PANDANWANGI);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(own).singleResult().getTenantId())
        .isEqualTo(PANDANWANGI);
    // another kelurahan's instance is refused by id, not only left out of lists (403, never a 500)
    assertThat(as("arjosari").getForEntity("/engine-rest/process-instance/" + own + "/variables", String.class)
        .getStatusCode().value()).isIn(403, 404);
    assertThat(as("arjosari").getForEntity("/engine-rest/history/process-instance/" + own, String.class)
        .getStatusCode().value()).isIn(403, 404);
    assertThat(as("arjosari").exchange("/engine-rest/process-instance/" + own, HttpMethod.DELETE, null, String.class)
        .getStatusCode().value()).isIn(403, 404);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(own).count()).isEqualTo(1);
  }

  @Test
  void officersSeeTheirOwnFiltersOnly() {
    assertThat(list("pandanwangi", "/engine-rest/filter?resourceType=Task")).extracting(f -> f.get("name"))
        .contains("Tugas saya", "Mendesak", "Tugas Kelurahan Pandanwangi")
        .doesNotContain("Tugas Kelurahan Arjosari", "Tugas Dinas Sosial P3AP2KB", "Semua tugas (hanya baca)");
    assertThat(list("dinsos", "/engine-rest/filter?resourceType=Task")).extracting(f -> f.get("name"))
        .contains("Tugas saya", "Mendesak", "Tugas Dinas Sosial P3AP2KB")
        .doesNotContain("Tugas Kelurahan Pandanwangi");
    assertThat(list("auditor", "/engine-rest/filter?resourceType=Task")).extracting(f -> f.get("name"))
        .contains("Semua tugas (hanya baca)");
  }

  @Test
  void theAuditorsReadOnlyFilterListsEveryonesTasks() {
    String a = start("pandanwangi", PANDANWANGI);
    String b = start("arjosari", ARJOSARI);
    String filterId = (String) list("auditor", "/engine-rest/filter?resourceType=Task").stream()
        .filter(f -> "Semua tugas (hanya baca)".equals(f.get("name"))).findFirst().orElseThrow().get("id");
    assertThat(list("auditor", "/engine-rest/filter/" + filterId + "/list?maxResults=1000"))
        .extracting(t -> t.get("processInstanceId")).contains(a, b);
  }

  @Test
  void theGroupFilterListsTheGroupsTasks() {
    String instance = start("pandanwangi", PANDANWANGI);
    String filterId = (String) list("pandanwangi", "/engine-rest/filter?resourceType=Task").stream()
        .filter(f -> "Tugas Kelurahan Pandanwangi".equals(f.get("name"))).findFirst().orElseThrow().get("id");
    List<Map<String, Object>> tasks = list("pandanwangi", "/engine-rest/filter/" + filterId + "/list?maxResults=1000");
    assertThat(tasks).extracting(t -> t.get("processInstanceId")).contains(instance);
    assertThat(as("arjosari").getForEntity("/engine-rest/filter/" + filterId + "/list", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }
}
