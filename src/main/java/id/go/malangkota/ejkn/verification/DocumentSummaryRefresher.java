package id.go.malangkota.ejkn.verification;

import id.go.malangkota.ejkn.application.DocumentUploaded;
import id.go.malangkota.ejkn.application.RegistrationVariables;
import id.go.malangkota.ejkn.application.TaskFile;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the file of the application's open tasks ({@code verificationSummary}) listing every uploaded document. */
@Component
public class DocumentSummaryRefresher {

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final java.util.List<TaskFile> files;

  public DocumentSummaryRefresher(TaskService tasks, RuntimeService runtime, java.util.List<TaskFile> files) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.files = files;
  }

  @EventListener
  public void on(DocumentUploaded uploaded) {
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(uploaded.applicationNumber()).list()) {
      if (tasks.getVariableLocal(task.getId(), ShowApplicationFile.FILE) != null) {
        Map<String, Object> vars = runtime.getVariables(task.getExecutionId(),
            List.of(RegistrationVariables.KELURAHAN_NAME, RegistrationVariables.REQUEST_TYPE));
        // a deactivation's task shows the deactivation's file, not a registration's
        tasks.setVariableLocal(task.getId(), ShowApplicationFile.FILE, ShowApplicationFile.file(files,
            String.valueOf(vars.get(RegistrationVariables.REQUEST_TYPE)), uploaded.applicationNumber(),
            String.valueOf(vars.get(RegistrationVariables.KELURAHAN_NAME))));
      }
    }
  }
}
