package id.go.malangkota.ejkn.verification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Catat penetapan FKTP" (recordFktpAssignment). */
@Component("recordFktpAssignment")
public class RecordFktpAssignment implements JavaDelegate {

  private final VerificationService service;

  public RecordFktpAssignment(VerificationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.recordFktp(execution);
  }
}
