package id.go.malangkota.ejkn.intake;

import id.go.malangkota.ejkn.application.RegistrationVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Catat penolakan perwakilan" (refuseRepresentation), right after the representation decision. */
@Component("refuseRepresentation")
public class RefuseRepresentation implements JavaDelegate {

  private final IntakeService service;

  public RefuseRepresentation(IntakeService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object reason = execution.getVariable(RegistrationVariables.REPRESENTATION_REASON);
    Object text = execution.getVariable(RegistrationVariables.REPRESENTATION_REASON_TEXT);
    service.refuseRepresentation(RegistrationVariables.applicationNumber(execution),
        reason == null ? null : reason.toString(), text == null ? null : text.toString());
  }
}
