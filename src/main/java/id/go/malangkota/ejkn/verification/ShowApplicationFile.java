package id.go.malangkota.ejkn.verification;

import id.go.malangkota.ejkn.application.RegistrationVariables;
import id.go.malangkota.ejkn.application.RequestType;
import id.go.malangkota.ejkn.application.TaskFile;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of the tasks that show the application's file ({{verificationSummary}}): the file is the task's own
 * variable, written once when the task is created (and refreshed when a document is uploaded), so the application's
 * data is not copied into the process at every step.
 */
@Component("showApplicationFile")
public class ShowApplicationFile implements TaskListener {

  public static final String FILE = "verificationSummary";

  private final java.util.List<TaskFile> files;

  public ShowApplicationFile(java.util.List<TaskFile> files) {
    this.files = files;
  }

  @Override
  public void notify(DelegateTask task) {
    RequestType type = RequestType.valueOf(RegistrationVariables.requestType(task));
    TaskFile file = files.stream().filter(f -> f.supports(type)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no task file for " + type));
    task.setVariableLocal(FILE, file.file(RegistrationVariables.applicationNumber(task),
        RegistrationVariables.kelurahanName(task)));
  }
}
