package id.go.malangkota.ejkn.deactivation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Cek kepesertaan di BPJS" (lookUpParticipant): the status and segment feed the deactivation-eligibility
 * table right after; the name BPJS knows becomes what officers see in Tasklist.
 */
@Component("lookUpParticipant")
public class LookUpParticipant implements JavaDelegate {

  private final DeactivationProcessService service;

  public LookUpParticipant(DeactivationProcessService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var p = service.lookUp(DeactivationVariables.applicationNumber(execution));
    DeactivationVariables.decide(execution, DeactivationVariables.BPJS_STATUS, p.status().name());
    DeactivationVariables.decide(execution, DeactivationVariables.BPJS_SEGMENT, p.segment().name());
    if (p.name() != null && !p.name().isBlank()) {
      execution.setVariable(DeactivationVariables.APPLICANT_NAME, p.name());
    }
  }
}
