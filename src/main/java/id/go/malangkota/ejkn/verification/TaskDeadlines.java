package id.go.malangkota.ejkn.verification;

import java.text.SimpleDateFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityBehavior;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every user task of every process gets its due date and priority from the {@code time-standards} decision
 * (the SOP's "Waktu"), capped by an application's overall deadline when it has one (urgent reactivation), and a
 * readable {@code deadlineText} for forms and Tasklist. The user who completes a task is recorded as
 * {@code <taskId>CompletedBy}. Added by a parse listener, so no diagram can forget it.
 */
@Component
public class TaskDeadlines extends AbstractProcessEnginePlugin {

  public static final String DECISION = "time-standards";
  public static final String OVERALL_DEADLINE = "overallDeadline";
  private final TimeZone zone;

  public TaskDeadlines(@Value("${ejkn.timezone:Asia/Jakarta}") String zone) {
    this.zone = TimeZone.getTimeZone(zone);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(listeners);
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ActivityBehavior behavior = activity.getActivityBehavior();
        if (behavior instanceof UserTaskActivityBehavior userTask) {
          TaskDefinition definition = userTask.getTaskDefinition();
          definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TaskDeadlines.this::onCreate);
          definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, TaskDeadlines::onComplete);
        }
      }
    });
  }

  void onCreate(DelegateTask task) {
    Object requestType = task.getVariable("requestType");
    DmnDecisionResultEntries standard = Context.getCommandContext().runWithoutAuthorization(() ->
        task.getProcessEngineServices().getDecisionService().evaluateDecisionByKey(DECISION)
            .variables(Map.of("step", task.getTaskDefinitionKey(), "requestType", requestType == null ? "" : requestType))
            .evaluate().getSingleResult());
    if (standard == null) {
      return;
    }
    Date now = ClockUtil.getCurrentTime();
    Date due = Date.from(now.toInstant().plus(Duration.parse(String.valueOf(standard.get("duration")))));
    Object overall = task.getVariable(OVERALL_DEADLINE);
    if (overall instanceof Date deadline && deadline.before(due)) {
      due = deadline;
    }
    task.setDueDate(due);
    Object priority = standard.get("priority");
    if (priority instanceof Number n) {
      task.setPriority(n.intValue());
    }
    String text = "Batas waktu: " + format(due, zone) + " (standar " + standard.get("timeLabel") + ")";
    if (overall instanceof Date deadline) {
      text += " · batas akhir 3×24 jam: " + format(deadline, zone);
    }
    task.setVariableLocal("deadlineText", text);
  }

  static void onComplete(DelegateTask task) {
    var auth = Context.getCommandContext().getAuthentication();
    String user = auth != null && auth.getUserId() != null ? auth.getUserId() : task.getAssignee();
    if (user != null) {
      task.getExecution().setVariable(task.getTaskDefinitionKey() + "CompletedBy", user);
    }
  }

  /** e.g. "Kamis, 26 November 2026 15.00 WIB". */
  public static String format(Date date, TimeZone zone) {
    SimpleDateFormat f = new SimpleDateFormat("EEEE, d MMMM yyyy HH.mm", Locale.forLanguageTag("id-ID"));
    f.setTimeZone(zone);
    return f.format(date) + " " + zoneLabel(zone);
  }

  static String zoneLabel(TimeZone zone) {
    return switch (zone.getID()) {
      case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
      case "Asia/Makassar" -> "WITA";
      case "Asia/Jayapura" -> "WIT";
      default -> zone.getID();
    };
  }
}
