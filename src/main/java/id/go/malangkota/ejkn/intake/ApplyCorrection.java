package id.go.malangkota.ejkn.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Periksa data perbaikan" (applyCorrection). */
@Component("applyCorrection")
public class ApplyCorrection implements JavaDelegate {

  private final IntakeService service;

  public ApplyCorrection(IntakeService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.applyCorrection(execution);
  }
}
