package id.go.malangkota.ejkn.governance;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.malangkota.ejkn.identity.StaffGroups;
import id.go.malangkota.ejkn.sop.SopCatalog;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The SOP publishing path through the real REST API (issue 15): propose → checks → a second person approves →
 * the system deploys → /sop shows the new version; refusals change nothing; the proposer never decides.
 */
@EjknIntegrationTest
class SopProposalIT {

  static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired SopCatalog catalog;

  TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  static String resource(String path) throws Exception {
    return new PathMatchingResourcePatternResolver().getResource("classpath:" + path).getContentAsString(StandardCharsets.UTF_8);
  }

  ResponseEntity<Map> propose(String user, String path, String description, Map<String, String> files) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    if (description != null) {
      parts.add(path.endsWith("deployment/create") ? "deployment-name" : "description", description);
    }
    files.forEach((name, xml) -> parts.add(name, new ByteArrayResource(xml.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    }));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as(user).postForEntity(path, new HttpEntity<>(parts, headers), Map.class);
  }

  ResponseEntity<Map> propose(String user, String description, Map<String, String> files) {
    return propose(user, "/api/sop-proposals", description, files);
  }

  Map<String, Object> detail(String user, String id) {
    ResponseEntity<Map> r = as(user).getForEntity("/api/sop-proposals/" + id, Map.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    return r.getBody();
  }

  ResponseEntity<Map> approve(String user, String id) {
    return as(user).postForEntity("/api/sop-proposals/" + id + "/approve", null, Map.class);
  }

  ResponseEntity<Map> refuse(String user, String id, Map<String, Object> body) {
    return as(user).postForEntity("/api/sop-proposals/" + id + "/refuse", body, Map.class);
  }

  int latestVersion(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getVersion();
  }

  @Test
  void everyPayloadIsRefusedAtProposalKeptWithItsFindingsAndNothingIsDeployed() {
    long deployments = repository.createDeploymentQuery().count();
    for (GovernanceFixtures.Payload p : GovernanceFixtures.ALL) {
      ResponseEntity<Map> r = propose("pemilik-proses", "Uji muatan " + p.file(), Map.of(p.file(), p.xml()));
      assertThat(r.getStatusCode()).as(p.file()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(r.getBody().get("code")).isEqualTo(ModelRefusedException.CODE);
      assertThat((List<Map<String, Object>>) r.getBody().get("findings")).as(p.file()).anySatisfy(f -> {
        assertThat(f.get("element")).isEqualTo(p.element());
        assertThat(f.get("code")).isEqualTo(p.code());
        assertThat((String) f.get("message")).isNotBlank();
      });
      String id = (String) r.getBody().get("id");
      Map<String, Object> stored = detail("kadinkes", id);
      assertThat(stored.get("status")).isEqualTo("CHECK_FAILED");
      assertThat((List<?>) stored.get("findings")).isNotEmpty();
      assertThat(approve("kadinkes", id).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void aRealChangeGoesFromProposalThroughApprovalToTheSop() throws Exception {
    String bpmn = resource("processes/jkn-registration.bpmn");
    String oldName = "Tetapkan FKTP tiap calon";
    String newName = "Tetapkan FKTP untuk setiap calon peserta";
    assertThat(bpmn).contains("name=\"" + oldName + "\"");
    String dmn = resource("dmn/time-standards.dmn");
    String oldText = "\"5 hari kerja sejak berkas lengkap\"";
    assertThat(dmn).contains(oldText);
    int before = latestVersion("jkn-registration");

    ResponseEntity<Map> created = propose("pemilik-proses", "Nama tugas Dinkes diperjelas; standar layanan 4 hari kerja",
        Map.of("jkn-registration.bpmn", bpmn.replace("name=\"" + oldName + "\"", "name=\"" + newName + "\""),
            "time-standards.dmn", dmn.replace(oldText, "\"4 hari kerja sejak berkas lengkap\"")));
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    String id = (String) created.getBody().get("id");
    assertThat(created.getBody().get("status")).isEqualTo("AWAITING_APPROVAL");
    List<Map<String, Object>> changes = (List<Map<String, Object>>) created.getBody().get("changes");
    assertThat(changes).anySatisfy(c -> {
      assertThat(c.get("kind")).isEqualTo("TASK_RENAMED");
      assertThat(c.get("element")).isEqualTo("assignFktp");
      assertThat(c.get("before")).isEqualTo(oldName);
      assertThat(c.get("after")).isEqualTo(newName);
    }).anySatisfy(c -> {
      assertThat(c.get("kind")).isEqualTo("RULE_CHANGED");
      assertThat(c.get("element")).isEqualTo("time-standards/service");
    }).hasSize(2);
    Map<String, Object> shown = detail("kadinkes", id);
    List<Map<String, Object>> files = (List<Map<String, Object>>) shown.get("files");
    assertThat(files).anySatisfy(f -> {
      assertThat(f.get("name")).isEqualTo("jkn-registration.bpmn");
      assertThat((String) f.get("xml")).contains(newName);
      assertThat((String) f.get("previousXml")).contains(oldName).doesNotContain(newName);
    });
    // not yet published; the proposer may not approve; officers may not read proposals
    assertThat(latestVersion("jkn-registration")).isEqualTo(before);
    assertThat(approve("pemilik-proses", id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("pandanwangi").getForEntity("/api/sop-proposals", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("auditor").exchange("/api/sop-proposals", HttpMethod.GET, null, LIST).getBody())
        .anySatisfy(p -> assertThat(p.get("id")).isEqualTo(id));

    ResponseEntity<Map> approved = approve("kadinkes", id);
    assertThat(approved.getStatusCode()).as(String.valueOf(approved.getBody())).isEqualTo(HttpStatus.OK);
    String deploymentId = (String) approved.getBody().get("deploymentId");
    try {
      assertThat(approved.getBody()).containsEntry("status", "DEPLOYED").containsEntry("approvedBy", "kadinkes")
          .containsEntry("proposedBy", "pemilik-proses");
      assertThat((List<Map<String, Object>>) approved.getBody().get("deployedVersions")).anySatisfy(v -> {
        assertThat(v.get("type")).isEqualTo("PROCESS");
        assertThat(v.get("key")).isEqualTo("jkn-registration");
        assertThat(v.get("version")).isEqualTo(before + 1);
      }).anySatisfy(v -> assertThat(v.get("key")).isEqualTo("time-standards"));
      Deployment deployment = repository.createDeploymentQuery().deploymentId(deploymentId).singleResult();
      assertThat(deployment.getSource()).isEqualTo(SopProposals.DEPLOYMENT_SOURCE);
      assertThat(deployment.getName()).contains(id);
      assertThat(latestVersion("jkn-registration")).isEqualTo(before + 1);

      String slug = catalog.servicesOf("jkn-registration").get(0).slug();
      ResponseEntity<String> sop = rest.getForEntity("/sop/" + slug, String.class);
      assertThat(sop.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(sop.getBody()).contains(newName).doesNotContain(oldName).contains("Versi</dt><dd>" + (before + 1));

      Map<String, Object> record = detail("auditor", id);
      assertThat(record).containsEntry("proposedBy", "pemilik-proses").containsEntry("approvedBy", "kadinkes")
          .containsEntry("deploymentId", deploymentId);
      assertThat(record.get("decidedAt")).isNotNull();
      assertThat(approve("admin", id).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    } finally {
      repository.deleteDeployment(deploymentId, true); // leave the shared context as the other tests expect it
    }
  }

  @Test
  void aRefusedProposalNeedsAReasonAndChangesNothing() throws Exception {
    String bpmn = resource("processes/jkn-registration.bpmn");
    int before = latestVersion("jkn-registration");
    long deployments = repository.createDeploymentQuery().count();
    ResponseEntity<Map> created = propose("pemilik-proses", "Ganti nama tugas verifikasi",
        Map.of("jkn-registration.bpmn", bpmn.replace("Verifikasi data kesejahteraan sosial", "Cek data sosial")));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String id = (String) created.getBody().get("id");

    ResponseEntity<Map> noReason = refuse("kadinkes", id, Map.of("reason", "  "));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody().get("code")).isEqualTo("VALIDATION_FAILED");
    assertThat(detail("kadinkes", id).get("status")).isEqualTo("AWAITING_APPROVAL");

    ResponseEntity<Map> refused = refuse("admin", id, Map.of("reason", "Nama tugas harus sesuai Perwali; tidak disetujui."));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(refused.getBody()).containsEntry("status", "REFUSED").containsEntry("refusedBy", "admin")
        .containsEntry("decisionReason", "Nama tugas harus sesuai Perwali; tidak disetujui.");
    assertThat(approve("kadinkes", id).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(latestVersion("jkn-registration")).isEqualTo(before);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void theProposerNeverDecidesEvenWhenAlsoAnApprover() throws Exception {
    if (identity.createUserQuery().userId("pemilik-kadinkes").count() == 0) {
      User u = identity.newUser("pemilik-kadinkes");
      u.setFirstName("Uji");
      u.setLastName("Dua Peran");
      u.setPassword("demo");
      // a demo-style user (password "demo"), exempt from the password policy like the seeded demo users
      ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identity).saveUser(u, true);
      identity.createMembership("pemilik-kadinkes", StaffGroups.PROCESS_OWNER);
      identity.createMembership("pemilik-kadinkes", StaffGroups.KADINKES);
    }
    ResponseEntity<Map> created = propose("pemilik-kadinkes", "Perubahan dua peran",
        Map.of("jkn-registration.bpmn", resource("processes/jkn-registration.bpmn").replace("Perbaiki permohonan", "Perbaiki berkas")));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String id = (String) created.getBody().get("id");
    ResponseEntity<Map> self = approve("pemilik-kadinkes", id);
    assertThat(self.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(self.getBody().get("code")).isEqualTo("SOP_PROPOSER_CANNOT_DECIDE");
    assertThat(refuse("pemilik-kadinkes", id, Map.of("reason", "tarik")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refuse("kadinkes", id, Map.of("reason", "Uji selesai")).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theSopChecksRunForProposalsAndBadInputIsAFieldError() throws Exception {
    ResponseEntity<Map> broken = propose("pemilik-proses", "Diagram tanpa dokumentasi",
        Map.of("broken-undocumented.bpmn", resource("sop/broken-undocumented.bpmn")
            .replace(" camunda:historyTimeToLive=\"P1D\"", ""))); // the gate passes; the SOP checks do not
    assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) broken.getBody().get("findings"))
        .anySatisfy(f -> assertThat(f.get("code")).isEqualTo(SopProposals.SOP_CHECK))
        .allSatisfy(f -> assertThat((String) f.get("message")).isNotBlank());

    int proposals = as("admin").exchange("/api/sop-proposals", HttpMethod.GET, null, LIST).getBody().size();
    ResponseEntity<Map> noDescription = propose("pemilik-proses", null,
        Map.of("jkn-registration.bpmn", resource("processes/jkn-registration.bpmn")));
    assertThat(noDescription.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noDescription.getBody().get("code")).isEqualTo("VALIDATION_FAILED");
    assertThat((List<Map<String, Object>>) noDescription.getBody().get("errors"))
        .anySatisfy(e -> assertThat(e.get("field")).isEqualTo("description"));
    ResponseEntity<Map> noFiles = propose("pemilik-proses", "tanpa berkas", Map.of());
    assertThat(noFiles.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<Map> notOwner = propose("kadinkes", "bukan pemilik", Map.of("jkn-registration.bpmn",
        resource("processes/jkn-registration.bpmn")));
    assertThat(notOwner.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("admin").exchange("/api/sop-proposals", HttpMethod.GET, null, LIST).getBody()).hasSize(proposals);
  }

  @Test
  void theProposalPageIsServed() {
    ResponseEntity<String> page = rest.getForEntity("/usulan-sop/", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Usulan perubahan SOP").contains("/usulan-sop/usulan-sop.js");
    assertThat(rest.getForObject("/usulan-sop/usulan-sop.js", String.class)).contains("/api/sop-proposals");
  }

  @Test
  void aModelSettingItsOwnHistoryTimeToLiveIsRefused() throws Exception {
    ResponseEntity<Map> r = propose("pemilik-proses", "Riwayat dihapus setelah 0 hari", Map.of("jkn-registration.bpmn",
        resource("processes/jkn-registration.bpmn").replace("<bpmn:process id=\"jkn-registration\"",
            "<bpmn:process camunda:historyTimeToLive=\"0\" id=\"jkn-registration\"")));
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) r.getBody().get("findings")).anySatisfy(f -> {
      assertThat(f.get("code")).isEqualTo(ModelGate.HISTORY_TTL);
      assertThat(f.get("element")).isEqualTo("jkn-registration");
    });
  }

  @Test
  void camundaModelersDeployDialogCreatesAProposalNotADeployment() throws Exception {
    long deployments = repository.createDeploymentQuery().count();
    assertThat(as("pemilik-proses").getForEntity("/api/sop-proposals/version", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<Map> r = propose("pemilik-proses", "/api/sop-proposals/deployment/create", "Dari Camunda Modeler",
        Map.of("jkn-registration.bpmn", resource("processes/jkn-registration.bpmn")));
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(r.getBody()).containsEntry("status", "AWAITING_APPROVAL").containsEntry("description", "Dari Camunda Modeler");
    assertThat((List<Map<String, Object>>) r.getBody().get("changes"))
        .singleElement().satisfies(c -> assertThat(c.get("kind")).isEqualTo("FILE_UNCHANGED"));
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    refuse("admin", (String) r.getBody().get("id"), Map.of("reason", "Tidak ada perubahan"));
  }
}
