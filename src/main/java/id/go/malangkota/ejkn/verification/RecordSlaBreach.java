package id.go.malangkota.ejkn.verification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Catat pelanggaran batas 3×24 jam" (recordSlaBreach). */
@Component("recordSlaBreach")
public class RecordSlaBreach implements JavaDelegate {

  private final UrgentEscalationService service;

  public RecordSlaBreach(UrgentEscalationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.recordBreach(id.go.malangkota.ejkn.application.RegistrationVariables.applicationNumber(execution),
        org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant());
  }
}
