package id.go.malangkota.ejkn.bpjs;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Service task "Ajukan ke BPJS Kesehatan" (submitToBpjs): the wait for BPJS starts now. */
@Component("submitToBpjs")
public class SubmitToBpjs implements JavaDelegate {

  private final BpjsSubmissionService service;

  public SubmitToBpjs(BpjsSubmissionService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.submit(SubmissionVariables.requestType(execution), SubmissionVariables.applicationNumber(execution),
        execution.getProcessInstanceId());
    SubmissionVariables.waitStarted(execution, ClockUtil.getCurrentTime());
  }
}
