package id.go.malangkota.ejkn.verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.application.RegistrationVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Create listener of the verifiers' tasks: the application's file and the list of candidates a verifier may mark as
 * not meeting the agency's check ({{verificationSummary}}, {@code candidateOptions}), both the task's own variables.
 */
@Component("showVerificationFile")
public class ShowVerificationFile implements TaskListener {

  public static final String OPTIONS = "candidateOptions";

  private final VerificationService service;
  private final ShowApplicationFile file;
  private final ObjectMapper json;

  public ShowVerificationFile(VerificationService service, ShowApplicationFile file, ObjectMapper json) {
    this.service = service;
    this.file = file;
    this.json = json;
  }

  @Override
  public void notify(DelegateTask task) {
    file.notify(task);
    try {
      task.setVariableLocal(OPTIONS, SpinValues.jsonValue(json.writeValueAsString(
          service.candidateOptions(RegistrationVariables.applicationNumber(task)))).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
