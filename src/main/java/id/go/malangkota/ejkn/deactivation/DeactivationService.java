package id.go.malangkota.ejkn.deactivation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.application.ApplicationLifecycle;
import id.go.malangkota.ejkn.deactivation.DeactivationRegistry.Deactivation;
import id.go.malangkota.ejkn.identity.SystemAccess;
import id.go.malangkota.ejkn.intake.ApplicationService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deactivation API's use cases. A new request is a start of its process with the request as a transient
 * variable: the registration at the process start is the one way in. One transaction: a refused start (invalid,
 * open request, not your kelurahan) leaves nothing behind.
 */
@Service
public class DeactivationService {

  public record Created(String number, String processInstanceId, String status, List<String> missingDocuments,
      boolean evidenceDeclared) {}

  private final DeactivationRegistry registry;
  private final DeactivationProcessService process;
  private final ApplicationLifecycle lifecycle;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final TaskService tasks;
  private final SystemAccess system;
  private final ObjectMapper json;

  public DeactivationService(DeactivationRegistry registry, DeactivationProcessService process,
      ApplicationLifecycle lifecycle, RuntimeService runtime, HistoryService history, TaskService tasks,
      SystemAccess system, ObjectMapper json) {
    this.registry = registry;
    this.process = process;
    this.lifecycle = lifecycle;
    this.runtime = runtime;
    this.history = history;
    this.tasks = tasks;
    this.system = system;
    this.json = json;
  }

  /**
   * The API's {@code documents} is optional. Absent: the client declared nothing (CONTRACT.md has no such field),
   * so the evidence counts as handed in and the verifier is told to check it. Present: like an application, the KK
   * copy is assumed (it is the basis of every request at the counter) and every evidence flag not set to true
   * counts as not handed in.
   */
  static DeactivationRequest withApiDefaults(DeactivationRequest d) {
    if (d == null || d.documents() == null) {
      return d;
    }
    Map<String, Boolean> docs = new LinkedHashMap<>(d.documents());
    docs.putIfAbsent("familyCard", true);
    return new DeactivationRequest(d.kelurahanCode(), d.nik(), d.reason(), d.note(), d.email(), docs);
  }

  @Transactional
  public Created create(DeactivationRequest request) {
    DeactivationRequest d = withApiDefaults(request);
    String body;
    try {
      body = json.writeValueAsString(d);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    ProcessInstance pi = runtime.createProcessInstanceByKey(DeactivationVariables.PROCESS)
        .setVariable(DeactivationStartInput.REQUEST, Variables.stringValue(body, true)).execute();
    List<String> missing = system.read(() -> process.missingEvidence(pi.getBusinessKey()));
    return new Created(pi.getBusinessKey(), pi.getId(), missing.isEmpty() ? "IN_PROGRESS" : "STOPPED_MISSING_DOCUMENTS",
        missing, d != null && d.documents() != null);
  }

  /** Status, current steps and outcome, for whoever may read the process instance (its kelurahan, auditors). */
  public Map<String, Object> view(String id) {
    Deactivation row = registry.find(id).orElseThrow(() ->
        new ApplicationService.NotFoundException("Permohonan penonaktifan " + id + " tidak ditemukan."));
    boolean visible = history.createHistoricProcessInstanceQuery().processInstanceId(row.processInstanceId()).count() > 0
        || tasks.createTaskQuery().processInstanceId(row.processInstanceId()).count() > 0;
    if (!visible) {
      throw new ApplicationService.ForbiddenException("NOT_YOUR_APPLICATION",
          "Anda tidak berwenang melihat permohonan ini.");
    }
    return system.read(() -> {
      ApplicationLifecycle.View v = lifecycle.of(row.number(), row.processInstanceId()).orElseThrow();
      // the outcome is written in the transaction that ends the process: read the row again after the view, so an
      // instance seen as ended is never shown without its outcome
      Deactivation current = v.running() ? row : registry.find(id).orElse(row);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", row.number());
      out.put("applicationNumber", row.number());
      out.put("processInstanceId", row.processInstanceId());
      out.put("type", DeactivationVariables.REQUEST_TYPE);
      out.put("kelurahanCode", row.kelurahanCode());
      out.put("nik", row.nik());
      out.put("reason", row.reason());
      out.put("reasonText", DeactivationReasons.label(row.reason()));
      out.put("status", v.running() ? "IN_PROGRESS" : "COMPLETED");
      out.put("stage", v.stage());
      out.put("endActivity", v.endActivityId());
      out.put("createdAt", v.startedAt());
      out.put("endedAt", v.endedAt());
      out.put("bpjsStatus", current.bpjsStatus());
      out.put("bpjsSegment", current.bpjsSegment());
      out.put("outcome", current.outcome());
      out.put("outcomeText", current.outcomeText());
      List<String> missing = process.missingEvidence(row.number());
      if (!missing.isEmpty()) {
        out.put("outcome", "MISSING_DOCUMENT");
        out.put("missingDocuments", missing);
      }
      List<Map<String, Object>> steps = new ArrayList<>();
      for (ApplicationLifecycle.OpenTask t : v.tasks()) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("taskKey", t.taskKey());
        s.put("name", t.name());
        s.put("due", t.due());
        s.put("assignee", t.assignee());
        steps.add(s);
      }
      out.put("currentSteps", steps);
      return out;
    });
  }
}
