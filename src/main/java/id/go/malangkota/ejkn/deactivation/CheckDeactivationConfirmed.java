package id.go.malangkota.ejkn.deactivation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Periksa penonaktifan di BPJS" (checkDeactivationConfirmed). */
@Component("checkDeactivationConfirmed")
public class CheckDeactivationConfirmed implements JavaDelegate {

  private final DeactivationProcessService service;

  public CheckDeactivationConfirmed(DeactivationProcessService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.checkConfirmed(execution);
  }
}
