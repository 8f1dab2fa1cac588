package id.go.malangkota.ejkn.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * One view of an application's lifecycle (ADR 1401), read by the application API, the public status page, the audit
 * trail and the KPI: which process instance runs the lifecycle (the application's own, or the lifecycle an urgent
 * reactivation called), at which stage it is, its open tasks and deadline, and how it ended. The stage and the outcome
 * come from the model — extension properties {@value #STAGE} on the activities where an application waits and
 * {@value #OUTCOME} on the end events — so a changed diagram cannot make the status page lie.
 *
 * <p>Reads the engine as it is given (callers decide access first and read as the system).
 */
@Component
public class ApplicationLifecycle {

  /** Extension property on a waiting activity: the stage a resident sees (e.g. {@code VERIFICATION}). */
  public static final String STAGE = "stage";
  /** Extension property on an end event: how the application ended (e.g. {@code ACTIVE}, {@code REJECTED}). */
  public static final String OUTCOME = "outcome";

  /** An open task of the application. */
  public record OpenTask(String id, String taskKey, String name, String lane, String stage, Date due, String assignee,
      int priority, Date created) {}

  /**
   * The application at this moment.
   *
   * @param lifecycleInstanceId the instance that runs (ran) the lifecycle
   * @param stage the stage code of where it waits, from the model; null when it has ended
   * @param waitingAt the activities it waits at (tasks, timers, jobs)
   * @param outcome the {@value #OUTCOME} of the end event it reached; {@code CANCELLED} when it was cancelled
   */
  public record View(String applicationNumber, String processInstanceId, String lifecycleInstanceId,
      String lifecycleDefinitionId, boolean running, Date startedAt, Date endedAt, String stage, List<OpenTask> tasks,
      Set<String> waitingAt, Date deadline, String endActivityId, String endActivityName, String outcome) {

    /** The latest due date of the open tasks (when they are done, the application moves on). */
    public Optional<Date> latestDue() {
      return tasks.stream().map(OpenTask::due).filter(Objects::nonNull).max(Comparator.naturalOrder());
    }
  }

  public static final String CANCELLED = "CANCELLED";

  private final HistoryService history;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final Map<String, Model> models = new ConcurrentHashMap<>();

  public ApplicationLifecycle(HistoryService history, RuntimeService runtime, TaskService tasks,
      RepositoryService repository) {
    this.history = history;
    this.runtime = runtime;
    this.tasks = tasks;
    this.repository = repository;
  }

  /** The view of the application whose own process instance is {@code processInstanceId}. */
  public Optional<View> of(String applicationNumber, String processInstanceId) {
    HistoricProcessInstance outer = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult();
    if (outer == null) {
      return Optional.empty();
    }
    HistoricProcessInstance lifecycle = outer;
    if (!RegistrationVariables.PROCESS.equals(outer.getProcessDefinitionKey())) {
      lifecycle = history.createHistoricProcessInstanceQuery().superProcessInstanceId(processInstanceId).list().stream()
          .max(Comparator.comparing(HistoricProcessInstance::getStartTime)).orElse(outer);
    }
    boolean running = outer.getEndTime() == null;
    Model model = model(lifecycle.getProcessDefinitionId());
    List<OpenTask> open = new ArrayList<>();
    Set<String> waiting = new LinkedHashSet<>();
    String stage = null;
    if (running) {
      for (String id : lifecycle == outer ? List.of(outer.getId()) : List.of(lifecycle.getId(), outer.getId())) {
        for (Task t : tasks.createTaskQuery().processInstanceId(id).list()) {
          Model m = model(t.getProcessDefinitionId());
          open.add(new OpenTask(t.getId(), t.getTaskDefinitionKey(), TaskNames.sopName(t.getName()), m.lane(t.getTaskDefinitionKey()),
              m.property(t.getTaskDefinitionKey(), STAGE), t.getDueDate(), t.getAssignee(), t.getPriority(),
              t.getCreateTime()));
          waiting.add(t.getTaskDefinitionKey());
        }
      }
      if (open.isEmpty() && lifecycle.getEndTime() == null) {
        ActivityInstance root = runtime.getActivityInstance(lifecycle.getId());
        if (root != null) {
          collect(root, waiting);
        }
      }
      stage = stage(open, waiting, model);
    }
    String end = lifecycle.getEndActivityId();
    String outcome = null;
    if (lifecycle.getEndTime() != null) {
      boolean cancelled = lifecycle.getDeleteReason() != null || outer.getDeleteReason() != null
          || HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(lifecycle.getState())
          || HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(outer.getState())
          || HistoricProcessInstance.STATE_INTERNALLY_TERMINATED.equals(lifecycle.getState());
      outcome = cancelled || end == null ? CANCELLED : model.property(end, OUTCOME);
    }
    Date deadline = open.stream().map(OpenTask::due).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    return Optional.of(new View(applicationNumber, outer.getId(), lifecycle.getId(), lifecycle.getProcessDefinitionId(),
        running, outer.getStartTime(), outer.getEndTime(), stage, open, waiting, deadline, end,
        end == null ? null : model.name(end), outcome));
  }

  /** The stage of the first open task that names one, else of the first waiting activity that names one. */
  private static String stage(List<OpenTask> open, Set<String> waiting, Model model) {
    for (OpenTask t : open) {
      if (t.stage() != null) {
        return t.stage();
      }
    }
    for (String activity : waiting) {
      String s = model.property(activity, STAGE);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  private static void collect(ActivityInstance instance, Set<String> ids) {
    for (TransitionInstance t : instance.getChildTransitionInstances()) {
      ids.add(t.getActivityId());
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      if (child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0) {
        ids.add(child.getActivityId());
      }
      collect(child, ids);
    }
  }

  /** The lane (Pelaksana) of a flow node in that process definition. */
  public String lane(String processDefinitionId, String activityId) {
    return model(processDefinitionId).lane(activityId);
  }

  /** A model property of a flow node (e.g. {@value #STAGE}), or null. */
  public String property(String processDefinitionId, String activityId, String name) {
    return model(processDefinitionId).property(activityId, name);
  }

  private Model model(String definitionId) {
    return models.computeIfAbsent(definitionId, id -> new Model(repository.getBpmnModelInstance(id)));
  }

  /** What the views need of a deployed model, read once per definition. */
  private static final class Model {
    private final Map<String, Map<String, String>> properties = new LinkedHashMap<>();
    private final Map<String, String> lanes = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();

    Model(BpmnModelInstance model) {
      if (model == null) {
        return;
      }
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        names.put(node.getId(), node.getName());
        properties.put(node.getId(), properties(node));
      }
      for (Lane lane : model.getModelElementsByType(Lane.class)) {
        lane.getFlowNodeRefs().forEach(n -> lanes.put(n.getId(), lane.getName()));
      }
    }

    private static Map<String, String> properties(BaseElement element) {
      Map<String, String> out = new LinkedHashMap<>();
      if (element.getExtensionElements() == null) {
        return out;
      }
      for (CamundaProperties props : element.getExtensionElements().getElementsQuery()
          .filterByType(CamundaProperties.class).list()) {
        for (CamundaProperty p : props.getCamundaProperties()) {
          out.put(p.getCamundaName(), p.getCamundaValue());
        }
      }
      return out;
    }

    String property(String activityId, String name) {
      return properties.getOrDefault(activityId, Map.of()).get(name);
    }

    String lane(String activityId) {
      return lanes.get(activityId);
    }

    String name(String activityId) {
      return names.get(activityId);
    }
  }
}
