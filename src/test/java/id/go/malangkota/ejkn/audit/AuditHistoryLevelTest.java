package id.go.malangkota.ejkn.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ADR 1104: the history level keeps what the audit trail reads and leaves out the display copies and job bookkeeping. */
class AuditHistoryLevelTest {

  ProcessEngine engine;

  @BeforeEach
  void engine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:audit-history-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate("create-drop");
    configuration.setHistory(AuditHistoryLevel.NAME);
    configuration.setJobExecutorActivate(false);
    configuration.setHistoryTimeToLive("P3650D");
    configuration.setBeans(Map.of("refused", (JavaDelegate) execution -> {
      if (Boolean.TRUE.equals(execution.getVariable("bpjsDown"))) {
        throw new IllegalStateException("BPJS tidak dapat dihubungi");
      }
    }));
    configuration.getProcessEnginePlugins().add(new AuditHistoryLevel());
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addModelInstance("audit-history.bpmn",
        Bpmn.createExecutableProcess("audit-history").startEvent()
            .userTask("verifyWelfare").camundaCandidateGroups("dinsos")
                .camundaTaskListenerExpression("create", "${task.setVariableLocal('deadlineText', 'Batas waktu: besok')}"
                    + "${task.setVariableLocal('verificationSummary', 'Berkas')}"
                    + "${task.setVariableLocal('fktpAssignments', 'prefill')}")
            .serviceTask("checkBpjsStatus").camundaAsyncBefore().camundaDelegateExpression("${refused}")
            .userTask("signApproval")
            .endEvent().done()).deploy();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void theLevelHasFullsIdSoAnExistingDatabaseStartsUnchanged() {
    HistoryLevel level = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration()).getHistoryLevel();
    assertThat(level.getName()).isEqualTo(AuditHistoryLevel.NAME);
    assertThat(level.getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
  }

  @Test
  void officersAnswersKeepEveryRevisionWhileTheFormsDisplayCopiesAreNotKept() {
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("audit-history",
        Map.of("applicationNumber", "MLG-2026-000001"));
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    engine.getIdentityService().setAuthentication("dinsos", List.of("dinsos"));
    try {
      engine.getTaskService().setVariableLocal(task.getId(), "fktpAssignments", "PKM-PANDANWANGI");
      engine.getTaskService().complete(task.getId(), Map.of("welfareDecision", "APPROVE", "applicationNumber",
          "MLG-2026-000001-A"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }

    var history = engine.getHistoryService();
    List<String> kept = history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list().stream()
        .map(v -> v.getName()).toList();
    assertThat(kept).contains("applicationNumber", "welfareDecision", "fktpAssignments")
        .doesNotContain("deadlineText", "verificationSummary");
    List<HistoricVariableUpdate> details = history.createHistoricDetailQuery().processInstanceId(pi.getId())
        .variableUpdates().list().stream().map(HistoricVariableUpdate.class::cast).toList();
    assertThat(details).extracting(HistoricVariableUpdate::getVariableName)
        .containsOnly("applicationNumber", "fktpAssignments", "welfareDecision");
    assertThat(details).filteredOn(d -> d.getVariableName().equals("applicationNumber"))
        .extracting(d -> d.getValue()).containsExactlyInAnyOrder("MLG-2026-000001", "MLG-2026-000001-A");
    assertThat(details).filteredOn(d -> d.getVariableName().equals("fktpAssignments"))
        .extracting(d -> d.getValue()).containsExactlyInAnyOrder("prefill", "PKM-PANDANWANGI");
    assertThat(history.createUserOperationLogQuery().taskId(task.getId()).operationType("Complete").count()).isOne();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId("verifyWelfare").finished().count()).isOne();
  }

  @Test
  void theJobLogKeepsFailuresNotTheBookkeepingOfEveryContinuation() {
    ProcessInstance ok = engine.getRuntimeService().startProcessInstanceByKey("audit-history");
    complete(ok);
    engine.getManagementService().executeJob(job(ok).getId());
    assertThat(engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(ok.getId()).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(ok.getId())
        .activityId("checkBpjsStatus").finished().count()).isOne();

    ProcessInstance down = engine.getRuntimeService().startProcessInstanceByKey("audit-history",
        Map.of("bpjsDown", true));
    complete(down);
    try {
      engine.getManagementService().executeJob(job(down).getId());
    } catch (IllegalStateException expected) {
      // the job fails and stays with one retry fewer
    }
    assertThat(engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(down.getId()).failureLog()
        .list()).singleElement().satisfies(l -> assertThat(l.getJobExceptionMessage())
            .isEqualTo("BPJS tidak dapat dihubungi"));
    assertThat(engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(down.getId()).count()).isOne();
  }

  void complete(ProcessInstance pi) {
    engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .singleResult().getId());
  }

  Job job(ProcessInstance pi) {
    return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
  }
}
