package id.go.malangkota.ejkn.verification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Rekap hasil verifikasi" (consolidateVerification). */
@Component("consolidateVerification")
public class ConsolidateVerification implements JavaDelegate {

  private final VerificationService service;

  public ConsolidateVerification(VerificationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.consolidate(execution);
  }
}
