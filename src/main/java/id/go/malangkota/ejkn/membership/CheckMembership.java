package id.go.malangkota.ejkn.membership;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Cek kepesertaan di BPJS" (checkMembership). */
@Component("checkMembership")
public class CheckMembership implements JavaDelegate {

  private final MembershipCheckProcess service;

  public CheckMembership(MembershipCheckProcess service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.check(execution);
  }
}
