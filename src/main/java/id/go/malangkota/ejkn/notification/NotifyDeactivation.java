package id.go.malangkota.ejkn.notification;

import id.go.malangkota.ejkn.deactivation.DeactivationVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Beri tahu kepesertaan telah dinonaktifkan" (notifyDeactivation). */
@Component("notifyDeactivation")
public class NotifyDeactivation implements JavaDelegate {

  private final DeactivationNotifications service;

  public NotifyDeactivation(DeactivationNotifications service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.deactivated(DeactivationVariables.applicationNumber(execution));
  }
}
