package id.go.malangkota.ejkn.verification;

import id.go.malangkota.ejkn.application.RegistrationVariables;
import id.go.malangkota.ejkn.identity.Actor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Complete listener of "Setujui dan tandatangani pengajuan" (signApproval): records who signed, the basis of the
 * submission to BPJS (the letter names the signatory).
 */
@Component("recordSignature")
public class RecordSignature implements TaskListener {

  private final VerificationService service;

  public RecordSignature(VerificationService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    Actor actor = Actor.of(Context.getCommandContext().getAuthentication());
    String user = actor.isSystem() ? task.getAssignee() : actor.userId();
    service.recordSignature(RegistrationVariables.applicationNumber(task), user);
  }
}
