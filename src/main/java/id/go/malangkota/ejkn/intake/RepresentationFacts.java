package id.go.malangkota.ejkn.intake;

import id.go.malangkota.ejkn.application.ApplicationRegister;
import id.go.malangkota.ejkn.application.RegistrationVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of "Periksa kebijakan perwakilan" (checkRepresentation): who handed the application in, as the
 * representation-policy table's inputs, for this transaction only (the register holds the data).
 */
@Component("representationFacts")
public class RepresentationFacts implements ExecutionListener {

  private final ApplicationRegister register;

  public RepresentationFacts(ApplicationRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateExecution execution) {
    RegistrationVariables.representationFacts(execution,
        register.get(RegistrationVariables.applicationNumber(execution)));
  }
}
