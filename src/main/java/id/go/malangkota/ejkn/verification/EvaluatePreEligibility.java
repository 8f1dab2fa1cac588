package id.go.malangkota.ejkn.verification;

import id.go.malangkota.ejkn.application.RegistrationVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Nilai kelayakan awal tiap calon" (evaluatePreEligibility). */
@Component("evaluatePreEligibility")
public class EvaluatePreEligibility implements JavaDelegate {

  private final VerificationService service;

  public EvaluatePreEligibility(VerificationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean any = service.evaluatePreEligibility(RegistrationVariables.applicationNumber(execution));
    RegistrationVariables.decide(execution, RegistrationVariables.ANY_ELIGIBLE, any);
  }
}
