package id.go.malangkota.ejkn.membership;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start listener of "Cek kepesertaan JKN": checks the input and ties the check to the officer's kelurahan. */
@Component("registerMembershipCheck")
public class RegisterMembershipCheck implements ExecutionListener {

  private final MembershipCheckProcess service;

  public RegisterMembershipCheck(MembershipCheckProcess service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    service.register(execution);
  }
}
