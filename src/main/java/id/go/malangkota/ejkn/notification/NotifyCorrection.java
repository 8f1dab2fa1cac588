package id.go.malangkota.ejkn.notification;

import id.go.malangkota.ejkn.application.RegistrationVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Beri tahu permintaan perbaikan" (notifyCorrection). */
@Component("notifyCorrection")
public class NotifyCorrection implements JavaDelegate {

  private final ApplicationNotifications service;

  public NotifyCorrection(ApplicationNotifications service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.correction(RegistrationVariables.applicationNumber(execution));
  }
}
