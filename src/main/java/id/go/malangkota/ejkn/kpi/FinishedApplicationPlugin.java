package id.go.malangkota.ejkn.kpi;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import id.go.malangkota.ejkn.application.ApplicationRegister;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * When any top-level process instance ends (completed or cancelled), hands it to {@link FinishedApplications}
 * once the engine's transaction has committed, so the facts are computed from the final, committed history.
 * A built-in listener added by a parse listener (like the kelurahan access grant): no diagram can forget it, and
 * it runs even when an operator cancels an instance skipping custom listeners.
 */
@Component
public class FinishedApplicationPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<FinishedApplications> recorder;
  private final ObjectProvider<ApplicationRegister> register;
  private final ObjectProvider<id.go.malangkota.ejkn.deactivation.DeactivationRegistry> deactivations;

  public FinishedApplicationPlugin(ObjectProvider<FinishedApplications> recorder,
      ObjectProvider<ApplicationRegister> register,
      ObjectProvider<id.go.malangkota.ejkn.deactivation.DeactivationRegistry> deactivations) {
    this.recorder = recorder;
    this.register = register;
    this.deactivations = deactivations;
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
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        ExecutionListener ended = FinishedApplicationPlugin.this::ended;
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, ended);
      }
    });
  }

  void ended(DelegateExecution execution) {
    if (!execution.getId().equals(execution.getProcessInstanceId())) {
      return;
    }
    if (execution instanceof ExecutionEntity entity && entity.getSuperExecutionId() != null) {
      return; // a called lifecycle: the application ends with the instance that called it
    }
    String processInstanceId = execution.getProcessInstanceId();
    java.time.Instant now = ClockUtil.getCurrentTime().toInstant();
    register.ifAvailable(r -> r.markEnded(processInstanceId, now));
    deactivations.ifAvailable(r -> r.markEnded(processInstanceId, now));
    Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
        context -> recorder.ifAvailable(r -> r.recordLater(processInstanceId)));
  }
}
