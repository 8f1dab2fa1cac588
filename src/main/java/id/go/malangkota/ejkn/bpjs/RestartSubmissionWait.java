package id.go.malangkota.ejkn.bpjs;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Service task "Mulai ulang pemantauan" (restartSubmissionWait): Dinkes followed up with BPJS; wait again. */
@Component("restartSubmissionWait")
public class RestartSubmissionWait implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    SubmissionVariables.waitStarted(execution, ClockUtil.getCurrentTime());
  }
}
