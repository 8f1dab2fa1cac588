package id.go.malangkota.ejkn.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import id.go.malangkota.ejkn.support.Journey;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The values a task's form shows and nobody enters — the application's file, the candidates a verifier may mark, the
 * deadline in words — are worked out when Tasklist loads the form (ADR 1105): none is stored with the task, and a
 * document uploaded after the task was created is in the file at once (before, a task's stored file could miss a
 * document uploaded while the task was being created).
 */
@EjknIntegrationTest
class TaskFileReadWithTheFormIT {

  @Autowired Journey journey;
  @Autowired org.camunda.bpm.engine.RepositoryService repository;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.TaskService tasks;

  @Test
  @SuppressWarnings("unchecked")
  void theVerifiersFormShowsTheRegisterAsItIsWhenOpenedAndNothingIsStoredWithTheTask() {
    Map<String, Object> family = TestFamilies.twoMemberFamily("35.73.01.1006");
    String[] niks = ((java.util.List<Map<String, Object>>) family.get("members")).stream()
        .filter(m -> Boolean.TRUE.equals(m.get("candidate"))).map(m -> m.get("nik").toString()).toArray(String[]::new);
    assertThat(niks).isNotEmpty();
    Journey.Filed filed = journey.file("pandanwangi", family);
    Map<String, Object> civil = journey.awaitTask("dispendukcapil", filed.pid(), "verifyCivilRegistry");

    String file = journey.formValue("dispendukcapil", civil, "verificationSummary");
    assertThat(file).contains("**No. permohonan:** " + filed.number()).contains(niks).doesNotContain("kk-kemudian.pdf");
    assertThat(journey.formValue("dispendukcapil", civil, "candidateOptions")).contains(niks);
    assertThat(journey.formValue("dispendukcapil", civil, "deadlineText")).startsWith("Batas waktu: ").contains("WIB");

    ResponseEntity<Map> uploaded = journey.upload("pandanwangi", filed.number(), "KK", "kk-kemudian.pdf");
    assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(journey.formValue("dispendukcapil", civil, "verificationSummary")).contains("kk-kemudian.pdf");

    Map<String, Object> local = journey.as("dispendukcapil").getForEntity("/engine-rest/task/" + civil.get("id")
        + "/localVariables", Map.class).getBody();
    assertThat(local).as("nothing the form only shows is stored with the task")
        .doesNotContainKeys("verificationSummary", "candidateOptions", "deadlineText");

    // the file is read with the task's own access check: another kelurahan's officer sees no such task
    ResponseEntity<Map> other = journey.as("arjosari").getForEntity("/engine-rest/task/" + civil.get("id")
        + "/form-variables", Map.class);
    assertThat(other.getStatusCode().is4xxClientError()).as(other.getStatusCode().toString()).isTrue();
  }

  /** A diagram deployed before ADR 1105 still names the old create listeners: its next task is created as before. */
  @Test
  void aTaskOfAnOlderDiagramVersionWithTheOldListenersIsStillCreated() {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://malangkota.go.id/ejkn/test">
          <bpmn:process id="old-task-file" name="Diagram lama" isExecutable="true">
            <bpmn:startEvent id="start"><bpmn:outgoing>toTask</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="toTask" sourceRef="start" targetRef="verify" />
            <bpmn:userTask id="verify" name="Verifikasi" camunda:candidateGroups="dinsos">
              <bpmn:extensionElements>
                <camunda:taskListener delegateExpression="${showApplicationFile}" event="create" />
                <camunda:taskListener delegateExpression="${showVerificationFile}" event="create" />
              </bpmn:extensionElements>
              <bpmn:incoming>toTask</bpmn:incoming><bpmn:outgoing>toEnd</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="toEnd" sourceRef="verify" targetRef="end" />
            <bpmn:endEvent id="end"><bpmn:incoming>toEnd</bpmn:incoming></bpmn:endEvent>
          </bpmn:process>
        </bpmn:definitions>
        """;
    var deployment = repository.createDeployment().name("old-task-file").addString("old-task-file.bpmn", xml).deploy();
    try {
      String pid = runtime.startProcessInstanceByKey("old-task-file").getId();
      var task = tasks.createTaskQuery().processInstanceId(pid).singleResult();
      assertThat(task).isNotNull();
      assertThat(tasks.getVariablesLocal(task.getId())).isEmpty();
    } finally {
      repository.deleteDeployment(deployment.getId(), true);
    }
  }
}
