package id.go.malangkota.ejkn.intake;

import id.go.malangkota.ejkn.application.ApplicationRegister;
import id.go.malangkota.ejkn.application.RegistrationVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End listener of an application's lifecycle: its candidates may apply again. */
@Component("releaseCandidates")
public class ReleaseCandidates implements ExecutionListener {

  private final ApplicationRegister register;

  public ReleaseCandidates(ApplicationRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String number = RegistrationVariables.applicationNumber(execution);
    if (number != null) {
      register.release(number);
    }
  }
}
