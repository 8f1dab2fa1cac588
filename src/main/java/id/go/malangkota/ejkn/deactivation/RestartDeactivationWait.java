package id.go.malangkota.ejkn.deactivation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Mulai ulang pemantauan penonaktifan" (restartDeactivationWait). */
@Component("restartDeactivationWait")
public class RestartDeactivationWait implements JavaDelegate {

  private final DeactivationProcessService service;

  public RestartDeactivationWait(DeactivationProcessService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.restartWait(execution);
  }
}
