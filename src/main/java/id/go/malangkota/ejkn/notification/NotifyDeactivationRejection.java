package id.go.malangkota.ejkn.notification;

import id.go.malangkota.ejkn.deactivation.DeactivationVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Beri tahu hasil permohonan" (notifyDeactivationRejection). */
@Component("notifyDeactivationRejection")
public class NotifyDeactivationRejection implements JavaDelegate {

  private final DeactivationNotifications service;

  public NotifyDeactivationRejection(DeactivationNotifications service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.rejected(DeactivationVariables.applicationNumber(execution));
  }
}
