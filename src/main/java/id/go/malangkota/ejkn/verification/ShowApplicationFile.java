package id.go.malangkota.ejkn.verification;

import id.go.malangkota.ejkn.application.ApplicationRegister;
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
  private final ApplicationRegister register;

  public ShowApplicationFile(java.util.List<TaskFile> files, ApplicationRegister register) {
    this.files = files;
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = RegistrationVariables.applicationNumber(task);
    // an upload running now waits for this transaction, or this one for the upload (then its document is listed)
    register.holdForDocuments(number);
    task.setVariableLocal(FILE, file(files, RegistrationVariables.requestType(task), number,
        RegistrationVariables.kelurahanName(task)));
  }

  /** The file of a task of that kind of request (registration or deactivation: each domain writes its own). */
  static String file(java.util.List<TaskFile> files, String requestType, String number, String kelurahanName) {
    RequestType type = RequestType.valueOf(requestType);
    return files.stream().filter(f -> f.supports(type)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no task file for " + type)).file(number, kelurahanName);
  }
}
