package id.go.malangkota.ejkn.bpjs;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Catat pengajuan tidak terkonfirmasi" (recordSubmissionFailure). */
@Component("recordSubmissionFailure")
public class RecordSubmissionFailure implements JavaDelegate {

  private final BpjsSubmissionService service;

  public RecordSubmissionFailure(BpjsSubmissionService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.notConfirmed(SubmissionVariables.requestType(execution), SubmissionVariables.applicationNumber(execution),
        SubmissionVariables.followUpNote(execution));
  }
}
