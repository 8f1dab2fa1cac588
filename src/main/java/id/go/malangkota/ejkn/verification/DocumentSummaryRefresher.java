package id.go.malangkota.ejkn.verification;

import id.go.malangkota.ejkn.application.RegistrationVariables;
import id.go.malangkota.ejkn.application.DocumentUploaded;
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
  private final VerificationService service;

  public DocumentSummaryRefresher(TaskService tasks, RuntimeService runtime, VerificationService service) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.service = service;
  }

  @EventListener
  public void on(DocumentUploaded uploaded) {
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(uploaded.applicationNumber()).list()) {
      if (tasks.getVariableLocal(task.getId(), ShowApplicationFile.FILE) != null) {
        String kelurahan = String.valueOf(runtime.getVariable(task.getExecutionId(), RegistrationVariables.KELURAHAN_NAME));
        tasks.setVariableLocal(task.getId(), ShowApplicationFile.FILE,
            service.file(uploaded.applicationNumber(), kelurahan));
      }
    }
  }
}
