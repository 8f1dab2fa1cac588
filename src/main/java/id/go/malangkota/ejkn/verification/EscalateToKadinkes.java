package id.go.malangkota.ejkn.verification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Eskalasi ke Kepala Dinas Kesehatan" (escalateToKadinkes). */
@Component("escalateToKadinkes")
public class EscalateToKadinkes implements JavaDelegate {

  private final UrgentEscalationService service;

  public EscalateToKadinkes(UrgentEscalationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.escalateToKadinkes(id.go.malangkota.ejkn.application.RegistrationVariables.applicationNumber(execution));
  }
}
