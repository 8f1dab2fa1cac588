package id.go.malangkota.ejkn.deactivation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Siapkan berkas verifikasi penonaktifan" (prepareDeactivationVerification). */
@Component("prepareDeactivationVerification")
public class PrepareDeactivationVerification implements JavaDelegate {

  private final DeactivationProcessService service;

  public PrepareDeactivationVerification(DeactivationProcessService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.prepareVerification(execution);
  }
}
