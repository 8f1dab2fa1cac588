package id.go.malangkota.ejkn.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Beri tahu dokumen yang harus dibawa" (notifyMissingDocuments). */
@Component("notifyMissingDocuments")
public class NotifyMissingDocuments implements JavaDelegate {

  private final ApplicationNotifications service;

  public NotifyMissingDocuments(ApplicationNotifications service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.missingDocuments(execution);
  }
}
