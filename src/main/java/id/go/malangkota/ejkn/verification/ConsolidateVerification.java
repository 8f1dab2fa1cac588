package id.go.malangkota.ejkn.verification;

import id.go.malangkota.ejkn.application.RegistrationVariables;
import id.go.malangkota.ejkn.identity.Agency;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Rekap hasil verifikasi" (consolidateVerification). */
@Component("consolidateVerification")
public class ConsolidateVerification implements JavaDelegate {

  private final VerificationService service;

  public ConsolidateVerification(VerificationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var verdicts = Agency.verifiers().stream().map(a -> RegistrationVariables.verdict(execution, a)).toList();
    String outcome = service.consolidate(RegistrationVariables.applicationNumber(execution), verdicts);
    RegistrationVariables.decide(execution, RegistrationVariables.VERIFICATION_OUTCOME, outcome);
  }
}
