package id.go.malangkota.ejkn.deactivation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Periksa kelengkapan bukti" (checkDeactivationDocuments), from the required-documents table. */
@Component("checkDeactivationDocuments")
public class CheckDeactivationDocuments implements JavaDelegate {

  private final DeactivationProcessService service;

  public CheckDeactivationDocuments(DeactivationProcessService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean complete = service.checkEvidence(DeactivationVariables.applicationNumber(execution)).isEmpty();
    DeactivationVariables.decide(execution, DeactivationVariables.DOCUMENTS_COMPLETE, complete);
  }
}
