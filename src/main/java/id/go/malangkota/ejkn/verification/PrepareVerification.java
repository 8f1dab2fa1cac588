package id.go.malangkota.ejkn.verification;

import id.go.malangkota.ejkn.application.RegistrationVariables;
import id.go.malangkota.ejkn.identity.Agency;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Siapkan berkas verifikasi" (prepareVerification), right after the verification-route decision: the
 * agencies it named are routed, and the answers of a previous round are cleared.
 */
@Component("prepareVerification")
public class PrepareVerification implements JavaDelegate {

  private final VerificationService service;

  public PrepareVerification(VerificationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var routed = service.route(RegistrationVariables.routedAgencies(execution));
    RegistrationVariables.clearVerdicts(execution, Agency.verifiers());
    RegistrationVariables.route(execution, routed);
  }
}
