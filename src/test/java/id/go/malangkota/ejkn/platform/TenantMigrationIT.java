package id.go.malangkota.ejkn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.malangkota.ejkn.identity.KelurahanTenancy;
import id.go.malangkota.ejkn.support.TestInfrastructure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A database of the old access model (a grant per instance and per task) is brought to tenants at the next start:
 * its running applications keep their isolation, and the per-instance and per-task grants are gone.
 */
class TenantMigrationIT {

  static final String PANDANWANGI = "35.73.01.1006";

  static <T> T as(ProcessEngine engine, String user, Supplier<T> work) {
    var identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
    identity.setAuthentication(user, groups, tenants);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  static long perInstanceOrTaskGrants(ProcessEngine engine) {
    var auth = engine.getAuthorizationService();
    long n = 0;
    for (Resources r : List.of(Resources.TASK, Resources.HISTORIC_TASK, Resources.PROCESS_INSTANCE,
        Resources.HISTORIC_PROCESS_INSTANCE)) {
      n += auth.createAuthorizationQuery().resourceType(r).list().stream()
          .filter(a -> !"*".equals(a.getResourceId())).count();
    }
    return n;
  }

  @Test
  void anOldDatabaseKeepsItsIsolationAndLosesItsPerInstanceGrants() {
    List<String> base = TestInfrastructure.isolatedDatabaseArguments("tenant-migration");
    List<String> old = new ArrayList<>(base);
    old.add("--ejkn.access.isolation=" + KelurahanTenancy.PER_INSTANCE_GRANTS);
    String instance;
    try (ConfigurableApplicationContext context = StartupIT.start(old)) {
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      engine.getRepositoryService().createDeployment().addClasspathResource("platform/access-test.bpmn")
          .name("access-test").deploy();
      instance = as(engine, "pandanwangi", () -> engine.getRuntimeService().startProcessInstanceByKey("access-test",
          Variables.putValue("kelurahanCode", PANDANWANGI)).getId());
      engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(instance)
          .singleResult().getId());
      assertThat(perInstanceOrTaskGrants(engine)).isPositive();
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).singleResult()
          .getTenantId()).isNull();
    }
    List<String> now = new ArrayList<>(base);
    now.add("--ejkn.access.isolation=" + KelurahanTenancy.TENANTS);
    try (ConfigurableApplicationContext context = StartupIT.start(now)) {
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      assertThat(perInstanceOrTaskGrants(engine)).isZero();
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).singleResult()
          .getTenantId()).isEqualTo(PANDANWANGI);
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance)
          .singleResult().getTenantId()).isEqualTo(PANDANWANGI);
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getTenantId())
          .isEqualTo(PANDANWANGI);

      var runtime = engine.getRuntimeService();
      var tasks = engine.getTaskService();
      var history = engine.getHistoryService();
      assertThat(as(engine, "pandanwangi", () -> runtime.createProcessInstanceQuery().processInstanceId(instance)
          .count())).isEqualTo(1);
      assertThat(as(engine, "pandanwangi", () -> history.createHistoricProcessInstanceQuery()
          .processInstanceId(instance).count())).isEqualTo(1);
      assertThat(as(engine, "arjosari", () -> runtime.createProcessInstanceQuery().processInstanceId(instance)
          .count())).isZero();
      assertThat(as(engine, "arjosari", () -> history.createHistoricProcessInstanceQuery()
          .processInstanceId(instance).count())).isZero();
      // the waiting Dinsos task: Dinsos sees it, the kelurahan and another agency do not
      assertThat(as(engine, "dinsos", () -> tasks.createTaskQuery().processInstanceId(instance).count())).isEqualTo(1);
      assertThat(as(engine, "pandanwangi", () -> tasks.createTaskQuery().processInstanceId(instance).count())).isZero();
      assertThat(as(engine, "disnaker", () -> tasks.createTaskQuery().processInstanceId(instance).count())).isZero();
    }
  }
}
