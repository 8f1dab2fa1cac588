package id.go.malangkota.ejkn.verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.application.RegistrationVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Listener of "Tetapkan FKTP tiap calon" (assignFktp). On create: the file and one row per remaining candidate (the
 * task's own variables). On complete: the rows Dinkes filled are handed to the next step ("Catat penetapan FKTP")
 * for this transaction only (the form's answer lands on the task's own variable, which ends with the task).
 */
@Component("prepareFktpAssignment")
public class PrepareFktpAssignment implements TaskListener {

  private final VerificationService service;
  private final ObjectMapper json;

  public PrepareFktpAssignment(VerificationService service, ObjectMapper json) {
    this.service = service;
    this.json = json;
  }

  @Override
  public void notify(DelegateTask task) {
    if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
      RegistrationVariables.handOver(task, RegistrationVariables.FKTP_ASSIGNMENTS);
      return;
    }
    try {
      task.setVariableLocal(RegistrationVariables.FKTP_ASSIGNMENTS, SpinValues.jsonValue(json.writeValueAsString(
          service.fktpRows(RegistrationVariables.applicationNumber(task)))).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
