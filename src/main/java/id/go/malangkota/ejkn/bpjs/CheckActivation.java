package id.go.malangkota.ejkn.bpjs;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Periksa aktivasi kartu di BPJS" (checkActivation). */
@Component("checkActivation")
public class CheckActivation implements JavaDelegate {

  private final BpjsEnrolmentService service;

  public CheckActivation(BpjsEnrolmentService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.checkActivation(execution);
  }
}
