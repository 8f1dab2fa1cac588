package id.go.malangkota.ejkn.deactivation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Periksa bukti penonaktifan" (checkDeactivationDocuments). */
@Component("checkDeactivationDocuments")
public class CheckDeactivationDocuments implements JavaDelegate {

  private final DeactivationProcessService service;

  public CheckDeactivationDocuments(DeactivationProcessService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.checkDocuments(execution);
  }
}
