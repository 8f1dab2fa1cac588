package id.go.malangkota.ejkn.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Changes the definition of every user task of every diagram as it is parsed, so no diagram can forget it. */
final class EveryUserTask {

  private EveryUserTask() {}

  /** Adds a listener to the creation of every user task. */
  static void onCreate(ProcessEngineConfigurationImpl configuration, TaskListener listener) {
    each(configuration, task -> task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener));
  }

  static void each(ProcessEngineConfigurationImpl configuration, Consumer<TaskDefinition> change) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(listeners);
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          change.accept(userTask.getTaskDefinition());
        }
      }
    });
  }
}
