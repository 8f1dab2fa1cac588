package id.go.malangkota.ejkn.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End listener of an application's lifecycle: its candidates may apply again. */
@Component("releaseCandidates")
public class ReleaseCandidates implements ExecutionListener {

  private final ApplicationRegistry registry;

  public ReleaseCandidates(ApplicationRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object number = execution.getVariable("applicationNumber");
    if (number != null) {
      registry.releaseCandidates(number.toString());
    }
  }
}
