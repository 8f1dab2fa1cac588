package id.go.malangkota.ejkn.audit;

import id.go.malangkota.ejkn.application.TaskNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

/**
 * The engine's history of one application: its own process instance ({@code outer}) and every instance it called
 * (lifecycle, BPJS submission), each kind of record in time order per instance, and the names to show for
 * activity instances and tasks.
 */
record TrailHistory(HistoricProcessInstance outer, HistoricProcessInstance lifecycle,
    List<HistoricActivityInstance> activities, List<HistoricTaskInstance> tasks, List<UserOperationLogEntry> operations,
    List<HistoricDecisionInstance> decisions, List<HistoricVariableUpdate> variableUpdates,
    List<HistoricIncident> incidents, Map<String, String> activityNames, Map<String, String> taskNames) {

  static TrailHistory load(HistoryService history, HistoricProcessInstance outer) {
    List<HistoricProcessInstance> instances = new ArrayList<>();
    instances.add(outer);
    instances.addAll(history.createHistoricProcessInstanceQuery().rootProcessInstanceId(outer.getId()).list().stream()
        .filter(i -> !i.getId().equals(outer.getId())).toList());
    HistoricProcessInstance lifecycle = instances.stream()
        .filter(i -> "jkn-registration".equals(i.getProcessDefinitionKey())).findFirst().orElse(outer);

    List<HistoricActivityInstance> activities = new ArrayList<>();
    List<HistoricTaskInstance> tasks = new ArrayList<>();
    List<UserOperationLogEntry> operations = new ArrayList<>();
    List<HistoricDecisionInstance> decisions = new ArrayList<>();
    List<HistoricVariableUpdate> updates = new ArrayList<>();
    List<HistoricIncident> incidents = new ArrayList<>();
    for (HistoricProcessInstance i : instances) {
      activities.addAll(history.createHistoricActivityInstanceQuery().processInstanceId(i.getId())
          .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list());
      tasks.addAll(history.createHistoricTaskInstanceQuery().processInstanceId(i.getId())
          .orderByHistoricActivityInstanceStartTime().asc().list());
      operations.addAll(history.createUserOperationLogQuery().processInstanceId(i.getId()).orderByTimestamp().asc().list());
      decisions.addAll(history.createHistoricDecisionInstanceQuery().processInstanceId(i.getId()).includeInputs()
          .includeOutputs().disableCustomObjectDeserialization().orderByEvaluationTime().asc().list());
      for (HistoricDetail d : history.createHistoricDetailQuery().processInstanceId(i.getId()).variableUpdates()
          .disableCustomObjectDeserialization().orderByTime().asc().list()) {
        updates.add((HistoricVariableUpdate) d);
      }
      incidents.addAll(history.createHistoricIncidentQuery().processInstanceId(i.getId()).orderByCreateTime().asc().list());
    }

    Map<String, String> activityNames = new HashMap<>();
    for (HistoricActivityInstance a : activities) {
      activityNames.put(a.getId(), a.getActivityName() != null ? a.getActivityName() : a.getActivityId());
    }
    for (HistoricProcessInstance i : instances) {
      activityNames.put(i.getId(), i == outer ? "Proses (tingkat permohonan)"
          : "jkn-registration".equals(i.getProcessDefinitionKey()) ? "Proses (siklus layanan)" : "Proses (langkah bersama)");
    }
    Map<String, String> taskNames = tasks.stream().collect(Collectors.toMap(HistoricTaskInstance::getId,
        t -> t.getName() == null ? t.getTaskDefinitionKey() : TaskNames.sopName(t.getName()), (a, b) -> a));
    return new TrailHistory(outer, lifecycle, activities, tasks, operations, decisions, updates, incidents,
        activityNames, taskNames);
  }
}
