package id.go.malangkota.ejkn.verification;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.application.ApplicationRegister;
import id.go.malangkota.ejkn.application.RegistrationVariables;
import id.go.malangkota.ejkn.intake.CorrectionForm;
import id.go.malangkota.ejkn.policy.DocumentFlags;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Listener of "Perbaiki permohonan" (correctApplication). On create: the agencies' reasons and the registered
 * application as the form's fields (the task's own variables; the file is read with the form, {@link TaskFormValues}). On complete: the officer's corrected
 * fields are handed to "Periksa data perbaikan" for this transaction.
 */
@Component("prepareCorrection")
public class PrepareCorrection implements TaskListener {

  public static final String REASONS = "correctionReasons";

  private final ApplicationRegister register;
  private final DocumentFlags documentFlags;
  private final ObjectMapper json;

  public PrepareCorrection(ApplicationRegister register, DocumentFlags documentFlags, ObjectMapper json) {
    this.register = register;
    this.documentFlags = documentFlags;
    this.json = json;
  }

  @Override
  public void notify(DelegateTask task) {
    var flags = documentFlags.known();
    if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
      CorrectionForm.prefill(register.get(RegistrationVariables.applicationNumber(task)), flags, json).keySet()
          .forEach(name -> RegistrationVariables.handOver(task, name));
      RegistrationVariables.handOver(task, "correctionNote");
      return;
    }
    String number = RegistrationVariables.applicationNumber(task);
    task.setVariableLocal(REASONS, register.correctionReasons(number).orElse(""));
    task.setVariablesLocal(CorrectionForm.prefill(register.get(number), flags, json));
  }
}
