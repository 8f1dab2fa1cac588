package id.go.malangkota.ejkn.deactivation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Catat hasil akhir" (recordDeactivationOutcome). */
@Component("recordDeactivationOutcome")
public class RecordDeactivationOutcome implements JavaDelegate {

  private final DeactivationProcessService service;

  public RecordDeactivationOutcome(DeactivationProcessService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.recordOutcome(execution);
  }
}
