package id.go.malangkota.ejkn.verification;

import id.go.malangkota.ejkn.intake.ApplicationVariables;
import id.go.malangkota.ejkn.intake.Candidates;
import id.go.malangkota.ejkn.intake.DocumentService.DocumentUploaded;
import id.go.malangkota.ejkn.intake.DocumentStore;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the verifiers' file ({@code verificationSummary}) listing every uploaded document. */
@Component
public class DocumentSummaryRefresher {

  private final RuntimeService runtime;
  private final ApplicationVariables variables;
  private final DocumentStore documents;

  public DocumentSummaryRefresher(RuntimeService runtime, ApplicationVariables variables,
      DocumentStore documents) {
    this.runtime = runtime;
    this.variables = variables;
    this.documents = documents;
  }

  @EventListener
  public void on(DocumentUploaded uploaded) {
    ProcessInstance pi = runtime.createProcessInstanceQuery().superProcessInstanceId(uploaded.processInstanceId())
        .singleResult();
    if (pi == null) {
      pi = runtime.createProcessInstanceQuery().processInstanceId(uploaded.processInstanceId()).singleResult();
    }
    if (pi == null || runtime.getVariable(pi.getId(), "verificationSummary") == null) {
      return;
    }
    var application = variables.fromJson(runtime.getVariable(pi.getId(), ApplicationVariables.APPLICATION),
        id.go.malangkota.ejkn.intake.ApplicationRequest.class);
    var all = variables.fromJson(runtime.getVariable(pi.getId(), Candidates.VARIABLE),
        new com.fasterxml.jackson.core.type.TypeReference<java.util.List<id.go.malangkota.ejkn.intake.CandidateResult>>() {});
    runtime.setVariable(pi.getId(), "verificationSummary", VerificationSummary.markdown(application,
        uploaded.applicationNumber(), String.valueOf(runtime.getVariable(pi.getId(), "kelurahanName")), all,
        documents.list(uploaded.applicationNumber())));
  }
}
