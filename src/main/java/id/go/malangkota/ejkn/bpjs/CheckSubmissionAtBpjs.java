package id.go.malangkota.ejkn.bpjs;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Service task "Periksa hasil pengajuan di BPJS" (checkSubmissionAtBpjs): feeds the gateways and the timer after it. */
@Component("checkSubmissionAtBpjs")
public class CheckSubmissionAtBpjs implements JavaDelegate {

  private final BpjsSubmissionService service;

  public CheckSubmissionAtBpjs(BpjsSubmissionService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date started = SubmissionVariables.waitStarted(execution);
    SubmissionVariables.checked(execution, service.check(SubmissionVariables.requestType(execution),
        SubmissionVariables.applicationNumber(execution), started == null ? null : started.toInstant(),
        ClockUtil.getCurrentTime().toInstant()));
  }
}
