package id.go.malangkota.ejkn.deactivation;

import id.go.malangkota.ejkn.application.RegistrationVariables;
import id.go.malangkota.ejkn.identity.Agency;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Siapkan berkas verifikasi" (prepareDeactivationVerification), right after the verification-route
 * decision: its agencies become the candidate groups of the verification task created next.
 */
@Component("prepareDeactivationVerification")
public class PrepareDeactivationVerification implements JavaDelegate {

  private final DeactivationProcessService service;

  public PrepareDeactivationVerification(DeactivationProcessService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var agencies = service.verifiers(DeactivationVariables.applicationNumber(execution),
        RegistrationVariables.routedAgencies(execution));
    DeactivationVariables.decide(execution, DeactivationVariables.VERIFIERS,
        agencies.stream().map(Agency::groupId).collect(Collectors.joining(",")));
  }
}
