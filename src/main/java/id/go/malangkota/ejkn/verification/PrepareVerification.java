package id.go.malangkota.ejkn.verification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Siapkan berkas verifikasi" (prepareVerification). */
@Component("prepareVerification")
public class PrepareVerification implements JavaDelegate {

  private final VerificationService service;

  public PrepareVerification(VerificationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.prepare(execution);
  }
}
