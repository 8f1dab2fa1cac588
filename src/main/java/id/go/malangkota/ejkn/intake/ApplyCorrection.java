package id.go.malangkota.ejkn.intake;

import id.go.malangkota.ejkn.application.RegistrationVariables;
import id.go.malangkota.ejkn.identity.Actor;
import id.go.malangkota.ejkn.policy.DocumentFlags;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Service task "Periksa data perbaikan" (applyCorrection): the fields of the form correct-application become the
 * corrected application; the form's fields are then removed from the process (the register holds the data).
 */
@Component("applyCorrection")
public class ApplyCorrection implements JavaDelegate {

  private final IntakeService service;
  private final StartInput input;
  private final DocumentFlags documentFlags;

  public ApplyCorrection(IntakeService service, StartInput input, DocumentFlags documentFlags) {
    this.service = service;
    this.input = input;
    this.documentFlags = documentFlags;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var flags = documentFlags.known();
    var fields = CorrectionForm.fields(execution, flags);
    ApplicationRequest corrected = input.fromForm(fields, RegistrationVariables.requestType(execution), flags);
    var application = service.applyCorrection(RegistrationVariables.applicationNumber(execution), corrected,
        Actor.of(Context.getCommandContext().getAuthentication()));
    CorrectionForm.clear(execution, flags);
    RegistrationVariables.corrected(execution, application);
  }
}
