package id.go.malangkota.ejkn.application;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Makes each {@link StartRegistration} part of its processes: a built-in start listener, which the engine runs for every
 * instance however it is started (the API, a Tasklist start form, the engine's REST API, also with
 * {@code skipCustomListeners} or at an activity). No diagram can forget it and no caller can skip it.
 */
@Component
public class RegistrationAtStart extends AbstractProcessEnginePlugin {

  private final Supplier<List<StartRegistration>> registrations;

  @Autowired
  public RegistrationAtStart(ObjectProvider<StartRegistration> registrations) {
    this(() -> registrations.orderedStream().toList());
  }

  public RegistrationAtStart(Supplier<List<StartRegistration>> registrations) {
    this.registrations = registrations;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPreBPMNParseListeners(listeners);
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
        String key = definition.getKey();
        ExecutionListener listener = execution -> registrations.get().stream()
            .filter(r -> r.processes().contains(key)).forEach(r -> {
              try {
                r.notify(execution);
              } catch (RuntimeException e) {
                throw e;
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
        definition.addBuiltInListener(ExecutionListener.EVENTNAME_START, listener);
      }
    });
  }
}
