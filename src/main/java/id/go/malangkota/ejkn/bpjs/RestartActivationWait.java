package id.go.malangkota.ejkn.bpjs;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Mulai ulang pemantauan aktivasi" (restartActivationWait). */
@Component("restartActivationWait")
public class RestartActivationWait implements JavaDelegate {

  private final BpjsEnrolmentService service;

  public RestartActivationWait(BpjsEnrolmentService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.restartWait(execution);
  }
}
