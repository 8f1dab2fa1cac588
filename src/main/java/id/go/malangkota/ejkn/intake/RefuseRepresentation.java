package id.go.malangkota.ejkn.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Catat penolakan perwakilan" (refuseRepresentation). */
@Component("refuseRepresentation")
public class RefuseRepresentation implements JavaDelegate {

  private final IntakeService service;

  public RefuseRepresentation(IntakeService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.refuseRepresentation(execution);
  }
}
