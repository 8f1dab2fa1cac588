package id.go.malangkota.ejkn.deactivation;

import id.go.malangkota.ejkn.application.RegistrationVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of "Nilai kewenangan penonaktifan" (evaluateDeactivationEligibility): when the table says the city may
 * not deactivate this membership, its reason is the request's outcome; the answer feeds the gateway right after.
 */
@Component("recordDeactivationAuthority")
public class RecordDeactivationAuthority implements ExecutionListener {

  private final DeactivationProcessService service;

  public RecordDeactivationAuthority(DeactivationProcessService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    var decision = RegistrationVariables.decisionResult(execution);
    boolean allowed = Boolean.TRUE.equals(decision.get("allowed"));
    DeactivationVariables.decide(execution, DeactivationVariables.ALLOWED, allowed);
    if (!allowed) {
      service.notAllowed(DeactivationVariables.applicationNumber(execution), (String) decision.get("reason"),
          (String) decision.get("reasonText"));
    }
  }
}
