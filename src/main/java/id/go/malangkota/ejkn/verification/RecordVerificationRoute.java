package id.go.malangkota.ejkn.verification;

import id.go.malangkota.ejkn.application.RegistrationVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of "Tentukan instansi verifikator" (determineVerificationRoute, also in the deactivation): the agencies
 * the verification-route table named, for the step right after it.
 */
@Component("recordVerificationRoute")
public class RecordVerificationRoute implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    RegistrationVariables.routedAgencies(execution, RegistrationVariables.decisionResults(execution).stream()
        .map(r -> String.valueOf(r.get("agency"))).toList());
  }
}
