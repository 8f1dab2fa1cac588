package id.go.malangkota.ejkn.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Beri tahu hasil permohonan penonaktifan" (notifyDeactivationRejection). */
@Component("notifyDeactivationRejection")
public class NotifyDeactivationRejection implements JavaDelegate {

  private final DeactivationNotifications service;

  public NotifyDeactivationRejection(DeactivationNotifications service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.rejected(execution);
  }
}
