package id.go.malangkota.ejkn.deactivation;

import id.go.malangkota.ejkn.identity.Actor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/** Complete listener of "Setujui dan tandatangani penonaktifan" (signDeactivation): who signed, or why refused. */
@Component("recordDeactivationSignature")
public class RecordDeactivationSignature implements TaskListener {

  private final DeactivationProcessService service;

  public RecordDeactivationSignature(DeactivationProcessService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    Actor actor = Actor.of(Context.getCommandContext().getAuthentication());
    service.recordSignature(DeactivationVariables.applicationNumber(task), DeactivationVariables.signDecision(task),
        DeactivationVariables.signNote(task), actor.isSystem() ? task.getAssignee() : actor.userId());
  }
}
