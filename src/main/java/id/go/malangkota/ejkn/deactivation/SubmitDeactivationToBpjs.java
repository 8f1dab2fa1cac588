package id.go.malangkota.ejkn.deactivation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Ajukan penonaktifan ke BPJS Kesehatan" (submitDeactivationToBpjs). */
@Component("submitDeactivationToBpjs")
public class SubmitDeactivationToBpjs implements JavaDelegate {

  private final DeactivationProcessService service;

  public SubmitDeactivationToBpjs(DeactivationProcessService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.submit(execution);
  }
}
