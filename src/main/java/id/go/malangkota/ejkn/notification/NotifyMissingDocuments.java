package id.go.malangkota.ejkn.notification;

import id.go.malangkota.ejkn.application.RegistrationVariables;
import id.go.malangkota.ejkn.intake.IntakeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Beri tahu dokumen yang harus dibawa" (notifyMissingDocuments). */
@Component("notifyMissingDocuments")
public class NotifyMissingDocuments implements JavaDelegate {

  private final ApplicationNotifications service;
  private final IntakeService intake;

  public NotifyMissingDocuments(ApplicationNotifications service, IntakeService intake) {
    this.service = service;
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = RegistrationVariables.applicationNumber(execution);
    service.missingDocuments(number, intake.missingDocuments(number));
  }
}
