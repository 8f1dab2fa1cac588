package id.go.malangkota.ejkn.verification;

import id.go.malangkota.ejkn.application.RegistrationVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Catat penolakan Kepala Dinas" (recordSignatureRejection). */
@Component("recordSignatureRejection")
public class RecordSignatureRejection implements JavaDelegate {

  private final VerificationService service;

  public RecordSignatureRejection(VerificationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.recordSignatureRejection(RegistrationVariables.applicationNumber(execution),
        RegistrationVariables.signNote(execution));
  }
}
