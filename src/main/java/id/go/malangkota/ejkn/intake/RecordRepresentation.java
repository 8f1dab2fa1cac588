package id.go.malangkota.ejkn.intake;

import id.go.malangkota.ejkn.application.RegistrationVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of "Periksa kebijakan perwakilan" (checkRepresentation): the table's answer for the gateway and, when
 * refused, for "Catat penolakan perwakilan" — for this transaction only (the decision history keeps it).
 */
@Component("recordRepresentation")
public class RecordRepresentation implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    var decision = RegistrationVariables.decisionResult(execution);
    RegistrationVariables.decide(execution, RegistrationVariables.REPRESENTATION_ALLOWED,
        Boolean.TRUE.equals(decision.get("allowed")));
    RegistrationVariables.decide(execution, RegistrationVariables.REPRESENTATION_REASON, decision.get("reason"));
    RegistrationVariables.decide(execution, RegistrationVariables.REPRESENTATION_REASON_TEXT, decision.get("reasonText"));
  }
}
