package id.go.malangkota.ejkn.notification;

import id.go.malangkota.ejkn.application.RegistrationVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Beri tahu kartu KIS aktif" (notifyActivation). */
@Component("notifyActivation")
public class NotifyActivation implements JavaDelegate {

  private final ApplicationNotifications service;

  public NotifyActivation(ApplicationNotifications service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.activated(RegistrationVariables.applicationNumber(execution));
  }
}
