package id.go.malangkota.ejkn.bpjs;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Ajukan ke BPJS Kesehatan" (submitToBpjs). */
@Component("submitToBpjs")
public class SubmitToBpjs implements JavaDelegate {

  private final BpjsEnrolmentService service;

  public SubmitToBpjs(BpjsEnrolmentService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.submit(execution);
  }
}
