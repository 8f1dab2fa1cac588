package id.go.malangkota.ejkn.deactivation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Cek kepesertaan di BPJS" (lookUpParticipant). */
@Component("lookUpParticipant")
public class LookUpParticipant implements JavaDelegate {

  private final DeactivationProcessService service;

  public LookUpParticipant(DeactivationProcessService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.lookUp(execution);
  }
}
