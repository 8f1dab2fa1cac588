package id.go.malangkota.ejkn.notification;

import id.go.malangkota.ejkn.deactivation.DeactivationVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Beri tahu bukti yang harus dibawa" (notifyDeactivationMissingDocuments). */
@Component("notifyDeactivationMissingDocuments")
public class NotifyDeactivationMissingDocuments implements JavaDelegate {

  private final DeactivationNotifications service;

  public NotifyDeactivationMissingDocuments(DeactivationNotifications service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.missingDocuments(DeactivationVariables.applicationNumber(execution));
  }
}
