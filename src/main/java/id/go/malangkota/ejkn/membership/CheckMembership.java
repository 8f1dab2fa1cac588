package id.go.malangkota.ejkn.membership;

import id.go.malangkota.ejkn.identity.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/** Service task "Cek kepesertaan di BPJS" (checkMembership): BPJS unavailable is an answer here, not an incident. */
@Component("checkMembership")
public class CheckMembership implements JavaDelegate {

  private final MembershipCheckProcess service;

  public CheckMembership(MembershipCheckProcess service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Actor actor = Actor.of(Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthentication());
    var result = service.check(MembershipCheckVariables.string(execution, MembershipCheckVariables.NIK),
        MembershipCheckVariables.string(execution, MembershipCheckVariables.BIRTH_DATE),
        Boolean.TRUE.equals(execution.getVariable(MembershipCheckVariables.HOSPITALIZED)), actor.userId(),
        MembershipCheckVariables.string(execution, MembershipCheckVariables.KELURAHAN_CODE),
        execution.getProcessInstanceId());
    MembershipCheckVariables.result(execution, result);
  }
}
