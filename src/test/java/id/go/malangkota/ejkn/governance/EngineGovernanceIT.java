package id.go.malangkota.ejkn.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.go.malangkota.ejkn.identity.IdentitySeeder;
import id.go.malangkota.ejkn.identity.StaffGroups;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The engine itself, whoever calls it (issue 15 items 1 and 3): a model deployment is code, so no human user —
 * not the process owner, not {@code admin} — deploys, deletes, suspends or changes history time-to-live directly;
 * and the model gate refuses the payloads at any deployment, also the system's own.
 */
@EjknIntegrationTest
class EngineGovernanceIT {

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired IdentitySeeder seeder;
  @Autowired ProcessEngineConfiguration configuration;

  @AfterEach
  void clearAuthentication() {
    identity.clearAuthentication();
  }

  TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  ResponseEntity<Map> restDeploy(String user, String file, String xml) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "langsung");
    parts.add("data", new ByteArrayResource(xml.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return file;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as(user).postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), Map.class);
  }

  long deployments() {
    return repository.createDeploymentQuery().count();
  }

  @Test
  void noHumanUserDeploysThroughTheEngineRestApiNotEvenAdmin() {
    long before = deployments();
    for (GovernanceFixtures.Payload p : GovernanceFixtures.ALL) {
      for (String user : List.of("admin", "pemilik-proses")) {
        ResponseEntity<Map> r = restDeploy(user, p.file(), p.xml());
        assertThat(r.getStatusCode()).as(user + " " + p.file()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(r.getBody().get("code")).isEqualTo(EngineRightRefusedException.CODE);
        assertThat((String) r.getBody().get("message")).contains("/api/sop-proposals").contains("jalur publikasi SOP");
      }
    }
    // a harmless model too: the right itself is gone, not only the bad payloads
    ResponseEntity<Map> clean = restDeploy("admin", "clean.bpmn", GovernanceFixtures.process("clean",
        "<bpmn:startEvent id=\"s\" /><bpmn:endEvent id=\"e\" /><bpmn:sequenceFlow id=\"f\" sourceRef=\"s\" targetRef=\"e\" />"));
    assertThat(clean.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(deployments()).isEqualTo(before);
  }

  @Test
  void theRepositoryServiceUnderAnAdminsAuthenticationIsRefusedToo() {
    identity.setAuthentication("admin", List.of(StaffGroups.ADMIN));
    long before = deployments();
    assertThatThrownBy(() -> repository.createDeployment().name("admin-langsung")
        .addString("evil-jdbc.bpmn", GovernanceFixtures.JDBC_CONDITION).deploy())
        .isInstanceOf(EngineRightRefusedException.class).hasMessageContaining("/api/sop-proposals");
    identity.clearAuthentication();
    assertThat(deployments()).isEqualTo(before);
  }

  @Test
  void theGateRefusesEveryPayloadEvenFromTheSystemAndStoresNothing() {
    long before = deployments();
    for (GovernanceFixtures.Payload p : GovernanceFixtures.ALL) {
      ModelRefusedException e = catchThrowableOfType(ModelRefusedException.class,
          () -> repository.createDeployment().name("sistem").addString(p.file(), p.xml()).deploy());
      assertThat(e).as(p.file()).isNotNull();
      assertThat(e.findings()).as(p.file()).anySatisfy(f -> {
        assertThat(f.element()).isEqualTo(p.element());
        assertThat(f.code()).isEqualTo(p.code());
        assertThat(f.resource()).isEqualTo(p.file());
      });
      assertThat(e.getMessage()).contains(p.element()).contains("ditolak");
    }
    // also as the publisher (an approved proposal): the gate runs on every deployment
    SystemPublisher publisher = new SystemPublisher(identity, (ProcessEngineConfigurationImpl) configuration);
    assertThatThrownBy(() -> publisher.publish(() -> repository.createDeployment().name("publisher")
        .addString("evil.dmn", GovernanceFixtures.RCE_DMN).deploy())).isInstanceOf(ModelRefusedException.class);
    assertThat(deployments()).isEqualTo(before);
    assertThat(new java.io.File("/tmp/ejkn-pwned")).doesNotExist();
  }

  @Test
  void expressionsSeeOnlyTheDelegatesNotOtherSpringBeans() {
    var deployment = repository.createDeployment().name("expression-scope").addString("scope.bpmn",
        GovernanceFixtures.process("expression-scope", """
            <bpmn:startEvent id="s" /><bpmn:userTask id="wait" name="Tunggu" /><bpmn:endEvent id="e" />
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="wait" /><bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="e" />
            """)).deploy();
    try {
      String instance = runtime.startProcessInstanceByKey("expression-scope").getId();
      ProcessEngineConfigurationImpl impl = (ProcessEngineConfigurationImpl) configuration;
      Object delegate = impl.getCommandExecutorTxRequired().execute(c -> impl.getExpressionManager()
          .createExpression("${submitToBpjs}").getValue(c.getExecutionManager().findExecutionById(instance)));
      assertThat(delegate).isInstanceOf(org.camunda.bpm.engine.delegate.JavaDelegate.class);
      for (String bean : List.of("jdbcTemplate", "dataSource", "repositoryService", "identityService", "applicationRegister")) {
        assertThatThrownBy(() -> impl.getCommandExecutorTxRequired().execute(c -> {
          ExecutionEntity execution = c.getExecutionManager().findExecutionById(instance);
          return impl.getExpressionManager().createExpression("${" + bean + "}").getValue(execution);
        })).as(bean).isInstanceOf(ProcessEngineException.class).hasMessageContaining(bean);
      }
    } finally {
      repository.deleteDeployment(deployment.getId(), true);
    }
  }

  String definitionId(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
  }

  @Test
  void noHumanUserDeletesDeploymentsChangesHistoryTtlOrSuspendsJobDefinitions() {
    ProcessDefinition registration = repository.getProcessDefinition(definitionId("jkn-registration"));
    String decision = repository.createDecisionDefinitionQuery().decisionDefinitionKey("time-standards").latestVersion()
        .singleResult().getId();
    for (String user : List.of("pemilik-proses", "admin")) {
      Map<String, HttpStatus> answers = new java.util.LinkedHashMap<>();
      answers.put("delete deployment", status(as(user).exchange("/engine-rest/deployment/" + registration.getDeploymentId()
          + "?cascade=true", HttpMethod.DELETE, null, Map.class)));
      answers.put("process TTL", status(as(user).exchange("/engine-rest/process-definition/" + registration.getId()
          + "/history-time-to-live", HttpMethod.PUT, json(Map.of("historyTimeToLive", 0)), Map.class)));
      answers.put("decision TTL", status(as(user).exchange("/engine-rest/decision-definition/" + decision
          + "/history-time-to-live", HttpMethod.PUT, json(Map.of("historyTimeToLive", 0)), Map.class)));
      answers.put("suspend job definitions", status(as(user).exchange("/engine-rest/job-definition/suspended",
          HttpMethod.PUT, json(Map.of("processDefinitionKey", "jkn-registration", "suspended", true, "includeJobs", true)),
          Map.class)));
      answers.put("suspend definition", status(as(user).exchange("/engine-rest/process-definition/" + registration.getId()
          + "/suspended", HttpMethod.PUT, json(Map.of("suspended", true, "includeProcessInstances", true)), Map.class)));
      answers.put("delete definition", status(as(user).exchange("/engine-rest/process-definition/" + registration.getId()
          + "?cascade=true", HttpMethod.DELETE, null, Map.class)));
      assertThat(answers).as(user).allSatisfy((what, status) -> assertThat(status).as(user + ": " + what)
          .isEqualTo(HttpStatus.FORBIDDEN));
    }
    // nothing changed
    ProcessDefinition after = repository.getProcessDefinition(registration.getId());
    assertThat(after.isSuspended()).isFalse();
    assertThat(after.getHistoryTimeToLive()).isEqualTo(registration.getHistoryTimeToLive());
    assertThat(management.createJobDefinitionQuery().processDefinitionId(registration.getId()).suspended().count()).isZero();
    assertThat(repository.createDeploymentQuery().deploymentId(registration.getDeploymentId()).count()).isOne();
  }

  @Test
  void adminStillOperatesEverythingElse() {
    assertThat(as("admin").getForEntity("/engine-rest/incident", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> created = as("admin").postForEntity("/engine-rest/user/create", json(Map.of(
        "profile", Map.of("id", "gov-test-user", "firstName", "Uji", "lastName", "Admin"),
        "credentials", Map.of("password", "Kuat-Sekali-2026"))), String.class);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    // a password against the policy is the admin's typo: a 400 that says what the policy wants, never a 500
    ResponseEntity<String> weak = as("admin").postForEntity("/engine-rest/user/create", json(Map.of(
        "profile", Map.of("id", "gov-test-weak", "firstName", "Uji", "lastName", "Lemah"),
        "credentials", Map.of("password", "rahasia"))), String.class);
    assertThat(weak.getStatusCode()).as(weak.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(weak.getBody()).contains("PASSWORD_POLICY").contains("huruf besar");
    assertThat(as("admin").exchange("/engine-rest/user/gov-test-user", HttpMethod.DELETE, null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(as("admin").getForEntity("/engine-rest/deployment", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theSeederTakesAwayTheProcessOwnersOldPublishingRights() {
    // a grant as an earlier version wrote it
    Authorization old = authorizations.createAuthorizationQuery().groupIdIn(StaffGroups.PROCESS_OWNER)
        .resourceType(Resources.DEPLOYMENT).resourceId("*").singleResult();
    old.addPermission(Permissions.CREATE);
    old.addPermission(Permissions.DELETE);
    authorizations.saveAuthorization(old);
    Authorization definitions = authorizations.createAuthorizationQuery().groupIdIn(StaffGroups.PROCESS_OWNER)
        .resourceType(Resources.PROCESS_DEFINITION).resourceId("*").singleResult();
    definitions.addPermission(ProcessDefinitionPermissions.UPDATE);
    definitions.addPermission(ProcessDefinitionPermissions.SUSPEND);
    definitions.addPermission(ProcessDefinitionPermissions.DELETE);
    authorizations.saveAuthorization(definitions);

    seeder.seed();

    List<String> owner = List.of(StaffGroups.PROCESS_OWNER);
    assertThat(authorizations.isUserAuthorized("pemilik-proses", owner, Permissions.CREATE, Resources.DEPLOYMENT)).isFalse();
    assertThat(authorizations.isUserAuthorized("pemilik-proses", owner, Permissions.DELETE, Resources.DEPLOYMENT, "*")).isFalse();
    assertThat(authorizations.isUserAuthorized("pemilik-proses", owner, Permissions.READ, Resources.DEPLOYMENT, "*")).isTrue();
    for (var p : List.of(ProcessDefinitionPermissions.UPDATE, ProcessDefinitionPermissions.SUSPEND,
        ProcessDefinitionPermissions.DELETE)) {
      assertThat(authorizations.isUserAuthorized("pemilik-proses", owner, p, Resources.PROCESS_DEFINITION, "*")).as(p.getName())
          .isFalse();
    }
    assertThat(authorizations.isUserAuthorized("pemilik-proses", owner, ProcessDefinitionPermissions.READ,
        Resources.PROCESS_DEFINITION, "*")).isTrue();
    assertThat(authorizations.isUserAuthorized("pemilik-proses", owner, Permissions.UPDATE, Resources.DECISION_DEFINITION, "*"))
        .isFalse();
  }

  @Test
  void noPersonsGroupKeepsTheRightToDeployNotEvenTheAdministrators() {
    // the administrators' grant as an earlier version wrote it: ALL on deployments
    Authorization admin = authorizations.createAuthorizationQuery().groupIdIn(StaffGroups.ADMIN)
        .resourceType(Resources.DEPLOYMENT).resourceId("*").singleResult();
    admin.addPermission(Permissions.ALL);
    authorizations.saveAuthorization(admin);
    seeder.seed();

    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.DEPLOYMENT)
        .hasPermission(Permissions.CREATE).list()).as("grants with DEPLOYMENT CREATE: none, the system's publishing "
            + "identity deploys without the grant check").extracting(Authorization::getGroupId).isEmpty();
    assertThat(authorizations.createAuthorizationQuery().groupIdIn(StaffGroups.SYSTEM_PUBLISHER).count())
        .as("no grant of any kind for the publisher's old group id").isZero();
    assertThat(identity.createGroupQuery().groupId(StaffGroups.SYSTEM_PUBLISHER).count())
        .as("no group a person could join").isZero();
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.DEPLOYMENT)
        .hasPermission(Permissions.DELETE).list()).as("grants with DEPLOYMENT DELETE").isEmpty();
    for (var p : List.of(ProcessDefinitionPermissions.UPDATE, ProcessDefinitionPermissions.SUSPEND,
        ProcessDefinitionPermissions.DELETE)) {
      assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION).hasPermission(p)
          .list()).as(p.getName()).isEmpty();
    }
    assertThat(authorizations.createAuthorizationQuery().groupIdIn(StaffGroups.ADMIN).resourceType(Resources.DEPLOYMENT)
        .hasPermission(Permissions.READ).count()).as("the administrator still reads deployments").isOne();

    // an administrator who creates a group under the publisher's old id and joins it gains no deploy right
    var group = identity.newGroup(StaffGroups.SYSTEM_PUBLISHER);
    group.setName("menyamar sebagai penerbit");
    identity.saveGroup(group);
    identity.createMembership("admin", StaffGroups.SYSTEM_PUBLISHER);
    try {
      long before = deployments();
      assertThat(restDeploy("admin", "clean.bpmn", GovernanceFixtures.process("disguised",
          "<bpmn:startEvent id=\"s\" /><bpmn:endEvent id=\"e\" /><bpmn:sequenceFlow id=\"f\" sourceRef=\"s\" "
              + "targetRef=\"e\" />")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(deployments()).isEqualTo(before);
    } finally {
      identity.deleteGroup(StaffGroups.SYSTEM_PUBLISHER);
    }
  }

  /** Every authorization row that gives someone a publishing right (deploy, delete, change a definition). */
  List<Authorization> publishingGrants() {
    return id.go.malangkota.ejkn.identity.PublishingRights.RESERVED.keySet().stream()
        .flatMap(r -> authorizations.createAuthorizationQuery().resourceType(r).list().stream())
        .filter(a -> !id.go.malangkota.ejkn.identity.PublishingRights.grantedBy(a).isEmpty()).toList();
  }

  @Test
  @SuppressWarnings("unchecked")
  void noOneGrantsAPublishingRightNotEvenTheAdministratorToHimself() {
    Authorization adminReads = authorizations.createAuthorizationQuery().groupIdIn(StaffGroups.ADMIN)
        .resourceType(Resources.DEPLOYMENT).resourceId("*").singleResult();
    java.util.function.LongSupplier rows = () -> id.go.malangkota.ejkn.identity.PublishingRights.RESERVED.keySet()
        .stream().mapToLong(r -> authorizations.createAuthorizationQuery().resourceType(r).count()).sum();
    long before = rows.getAsLong();
    // a new grant: deploy for the administrators, ALL on the definitions for a process owner, everyone's decision UPDATE
    for (Map<String, Object> grant : List.of(
        Map.<String, Object>of("type", 1, "permissions", List.of("CREATE"), "groupId", StaffGroups.ADMIN,
            "resourceType", Resources.DEPLOYMENT.resourceType(), "resourceId", "*"),
        Map.<String, Object>of("type", 1, "permissions", List.of("ALL"), "userId", "pemilik-proses",
            "resourceType", Resources.PROCESS_DEFINITION.resourceType(), "resourceId", "*"),
        Map.<String, Object>of("type", 0, "permissions", List.of("UPDATE"), "userId", "*",
            "resourceType", Resources.DECISION_DEFINITION.resourceType(), "resourceId", "*"))) {
      ResponseEntity<Map> r = as("admin").postForEntity("/engine-rest/authorization/create", json(grant), Map.class);
      assertThat(status(r)).as("grant %s", grant).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(r.getBody().get("code")).isEqualTo(EngineRightRefusedException.CODE);
    }
    // an existing grant changed: the administrators' READ on deployments gains CREATE
    ResponseEntity<Map> changed = as("admin").exchange("/engine-rest/authorization/" + adminReads.getId(),
        HttpMethod.PUT, json(Map.of("permissions", List.of("READ", "CREATE"), "groupId", StaffGroups.ADMIN,
            "resourceType", Resources.DEPLOYMENT.resourceType(), "resourceId", "*")), Map.class);
    assertThat(status(changed)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(changed.getBody().get("code")).isEqualTo(EngineRightRefusedException.CODE);
    // through the Java API as well, authenticated as the administrator
    Authorization direct = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    direct.setGroupId(StaffGroups.PROCESS_OWNER);
    direct.setResource(Resources.DEPLOYMENT);
    direct.setResourceId("*");
    direct.addPermission(Permissions.ALL);
    identity.setAuthentication("admin", List.of(StaffGroups.ADMIN));
    assertThatThrownBy(() -> authorizations.saveAuthorization(direct)).isInstanceOf(EngineRightRefusedException.class);
    identity.clearAuthentication();

    assertThat(rows.getAsLong()).as("no row written").isEqualTo(before);
    assertThat(authorizations.createAuthorizationQuery().authorizationId(adminReads.getId()).singleResult()
        .isPermissionGranted(Permissions.CREATE)).as("the administrators' deployment grant unchanged").isFalse();
    assertThat(publishingGrants()).isEmpty();
    // any other grant the administrator gives still goes through
    ResponseEntity<Map> other = as("admin").postForEntity("/engine-rest/authorization/create", json(Map.of("type", 1,
        "permissions", List.of("READ"), "userId", "pemilik-proses", "resourceType", Resources.DEPLOYMENT.resourceType(),
        "resourceId", "*")), Map.class);
    assertThat(status(other)).isEqualTo(HttpStatus.OK);
    authorizations.deleteAuthorization(other.getBody().get("id").toString());
  }

  @Test
  void theSeederTakesEveryPublishingRightOutOfEveryRowWhoeverWroteIt() {
    // rows as an earlier version or an edit in the database would leave them: a user's, everyone's, a group's
    Authorization user = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    user.setUserId("pemilik-proses");
    user.setResource(Resources.PROCESS_DEFINITION);
    user.setResourceId("jkn-registration");
    user.addPermission(ProcessDefinitionPermissions.READ);
    user.addPermission(ProcessDefinitionPermissions.UPDATE);
    authorizations.saveAuthorization(user);
    Authorization everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    everyone.setResource(Resources.DEPLOYMENT);
    everyone.setResourceId("*");
    everyone.addPermission(Permissions.ALL);
    authorizations.saveAuthorization(everyone);
    Authorization group = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    group.setGroupId("kelompok-lama");
    group.setResource(Resources.DECISION_DEFINITION);
    group.setResourceId("*");
    group.addPermission(Permissions.UPDATE);
    authorizations.saveAuthorization(group);
    assertThat(publishingGrants()).hasSize(3);
    try {
      seeder.seed();

      assertThat(publishingGrants()).as("rows with a publishing right after the seeder").isEmpty();
      assertThat(authorizations.createAuthorizationQuery().authorizationId(user.getId()).singleResult()
          .isPermissionGranted(ProcessDefinitionPermissions.READ)).as("what else the row gave stays").isTrue();
      assertThat(authorizations.createAuthorizationQuery().authorizationId(everyone.getId()).singleResult()
          .isPermissionGranted(Permissions.READ)).isTrue();
    } finally {
      List.of(user, everyone, group).forEach(a -> authorizations.deleteAuthorization(a.getId()));
    }
  }

  static HttpStatus status(ResponseEntity<?> r) {
    return HttpStatus.valueOf(r.getStatusCode().value());
  }

  static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
