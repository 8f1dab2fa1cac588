package id.go.malangkota.ejkn.deactivation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Catat hasil verifikasi" (recordDeactivationVerification). */
@Component("recordDeactivationVerification")
public class RecordDeactivationVerification implements JavaDelegate {

  private final DeactivationProcessService service;

  public RecordDeactivationVerification(DeactivationProcessService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.recordVerification(execution);
  }
}
