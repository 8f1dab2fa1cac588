package id.go.malangkota.ejkn.intake;

import id.go.malangkota.ejkn.application.RegistrationVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Periksa kelengkapan dokumen" (checkDocuments). */
@Component("checkDocuments")
public class CheckDocuments implements JavaDelegate {

  private final IntakeService service;

  public CheckDocuments(IntakeService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean complete = service.checkDocuments(RegistrationVariables.applicationNumber(execution));
    RegistrationVariables.decide(execution, RegistrationVariables.DOCUMENTS_COMPLETE, complete);
  }
}
