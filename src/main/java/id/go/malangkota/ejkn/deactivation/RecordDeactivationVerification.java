package id.go.malangkota.ejkn.deactivation;

import id.go.malangkota.ejkn.identity.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/** Service task "Catat hasil verifikasi" (recordDeactivationVerification): who verified and what they decided. */
@Component("recordDeactivationVerification")
public class RecordDeactivationVerification implements JavaDelegate {

  private final DeactivationProcessService service;

  public RecordDeactivationVerification(DeactivationProcessService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Actor actor = Actor.of(Context.getCommandContext().getAuthentication());
    service.recordVerification(DeactivationVariables.applicationNumber(execution),
        DeactivationVariables.verificationDecision(execution), DeactivationVariables.verificationReason(execution),
        DeactivationVariables.verificationNote(execution), actor.userId());
  }
}
