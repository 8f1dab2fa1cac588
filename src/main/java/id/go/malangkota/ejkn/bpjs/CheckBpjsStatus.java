package id.go.malangkota.ejkn.bpjs;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Cek status kepesertaan BPJS" (checkBpjsStatus). */
@Component("checkBpjsStatus")
public class CheckBpjsStatus implements JavaDelegate {

  private final BpjsEnrolmentService service;

  public CheckBpjsStatus(BpjsEnrolmentService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.checkStatus(execution);
  }
}
