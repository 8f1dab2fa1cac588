package id.go.malangkota.ejkn.bpjs;

import id.go.malangkota.ejkn.application.RegistrationVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Cek status kepesertaan BPJS" (checkBpjsStatus). */
@Component("checkBpjsStatus")
public class CheckBpjsStatus implements JavaDelegate {

  private final ApplicationSubmissions applications;

  public CheckBpjsStatus(ApplicationSubmissions applications) {
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    applications.checkStatus(RegistrationVariables.applicationNumber(execution));
  }
}
