package id.go.malangkota.ejkn.notification;

import id.go.malangkota.ejkn.application.RegistrationVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Beri tahu hasil penolakan" (notifyRejection). */
@Component("notifyRejection")
public class NotifyRejection implements JavaDelegate {

  private final ApplicationNotifications service;

  public NotifyRejection(ApplicationNotifications service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.rejected(RegistrationVariables.applicationNumber(execution));
  }
}
