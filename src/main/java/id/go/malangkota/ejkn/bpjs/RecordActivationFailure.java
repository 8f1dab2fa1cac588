package id.go.malangkota.ejkn.bpjs;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Catat aktivasi gagal" (recordActivationFailure). */
@Component("recordActivationFailure")
public class RecordActivationFailure implements JavaDelegate {

  private final BpjsEnrolmentService service;

  public RecordActivationFailure(BpjsEnrolmentService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.recordFailure(execution);
  }
}
