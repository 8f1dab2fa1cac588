package id.go.malangkota.ejkn.deactivation;

import id.go.malangkota.ejkn.identity.StaffGroups;
import id.go.malangkota.ejkn.intake.ApplicationService;
import id.go.malangkota.ejkn.intake.ApplicationVariables;
import id.go.malangkota.ejkn.intake.FieldError;
import id.go.malangkota.ejkn.intake.InvalidApplicationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deactivation API's use cases. Starting runs in one transaction with the engine: a refused start (invalid,
 * open request, not your kelurahan) leaves nothing behind.
 */
@Service
public class DeactivationService {

  public static final String PROCESS = "jkn-deactivation";

  public record Created(String number, String processInstanceId, String status, List<String> missingDocuments,
      boolean evidenceDeclared) {}

  private final DeactivationValidator validator;
  private final DeactivationRegistry registry;
  private final ApplicationService applications;
  private final ApplicationVariables json;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final TaskService tasks;
  private final IdentityService identity;

  public DeactivationService(DeactivationValidator validator, DeactivationRegistry registry,
      ApplicationService applications, ApplicationVariables json, RuntimeService runtime, HistoryService history,
      TaskService tasks, IdentityService identity) {
    this.validator = validator;
    this.registry = registry;
    this.applications = applications;
    this.json = json;
    this.runtime = runtime;
    this.history = history;
    this.tasks = tasks;
    this.identity = identity;
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
    List<FieldError> errors = validator.validate(d);
    if (!errors.isEmpty()) {
      throw new InvalidApplicationException(errors);
    }
    requireOwnKelurahan(d.kelurahanCode());
    registry.openRequestOf(d.nik()).ifPresent(open -> {
      throw new PersonHasOpenRequestException(d.nik(), open.number(), open.requestType());
    });
    ProcessInstance pi = runtime.startProcessInstanceByKey(PROCESS, DeactivationVariables.forStart(d));
    Map<String, Object> vars = variables(pi.getId());
    boolean complete = !Boolean.FALSE.equals(vars.get("documentsComplete"));
    List<String> missing = vars.get("missingDocuments") == null ? List.of()
        : json.fromJson(vars.get("missingDocuments"), new com.fasterxml.jackson.core.type.TypeReference<List<String>>() {});
    return new Created(pi.getBusinessKey(), pi.getId(), complete ? "IN_PROGRESS" : "STOPPED_MISSING_DOCUMENTS",
        missing, d.documents() != null);
  }

  /** Only a kelurahan files, and only for itself; agencies verify and never start one (administrators may). */
  private void requireOwnKelurahan(String kelurahanCode) {
    Authentication auth = identity.getCurrentAuthentication();
    List<String> groups = auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    if (!groups.contains(kelurahanCode) && !groups.contains(StaffGroups.ADMIN)) {
      throw new ApplicationService.ForbiddenException("KELURAHAN_NOT_YOURS",
          "Penonaktifan hanya dapat diajukan oleh petugas kelurahan untuk kelurahannya sendiri.");
    }
  }

  /** Status, current steps and outcome, for whoever may read the process instance (its kelurahan, auditors). */
  public Map<String, Object> view(String id) {
    DeactivationRegistry.DeactivationRow row = registry.find(id)
        .orElseThrow(() -> new ApplicationService.NotFoundException("Permohonan penonaktifan " + id + " tidak ditemukan."));
    boolean visible = history.createHistoricProcessInstanceQuery().processInstanceId(row.processInstanceId()).count() > 0
        || tasks.createTaskQuery().processInstanceId(row.processInstanceId()).count() > 0;
    if (!visible) {
      throw new ApplicationService.ForbiddenException("NOT_YOUR_APPLICATION",
          "Anda tidak berwenang melihat permohonan ini.");
    }
    return applications.asSystem(() -> {
      HistoricProcessInstance hpi = history.createHistoricProcessInstanceQuery()
          .processInstanceId(row.processInstanceId()).singleResult();
      Map<String, Object> vars = variables(row.processInstanceId());
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", row.number());
      out.put("applicationNumber", row.number());
      out.put("processInstanceId", row.processInstanceId());
      out.put("type", DeactivationVariables.REQUEST_TYPE);
      out.put("kelurahanCode", row.kelurahanCode());
      out.put("nik", row.nik());
      out.put("reason", row.reason());
      out.put("reasonText", DeactivationReasons.label(row.reason()));
      out.put("status", hpi.getEndTime() == null ? "IN_PROGRESS" : "COMPLETED");
      out.put("endActivity", hpi.getEndActivityId());
      out.put("createdAt", hpi.getStartTime());
      out.put("endedAt", hpi.getEndTime());
      out.put("bpjsStatus", vars.get("bpjsStatus"));
      out.put("bpjsSegment", vars.get("bpjsSegment"));
      out.put("outcome", vars.get("deactivationOutcome"));
      out.put("outcomeText", vars.get("deactivationOutcomeText"));
      if (Boolean.FALSE.equals(vars.get("documentsComplete"))) {
        out.put("outcome", "MISSING_DOCUMENT");
        out.put("missingDocuments", json.fromJson(vars.get("missingDocuments"), List.class));
      }
      List<Map<String, Object>> steps = new ArrayList<>();
      for (Task t : tasks.createTaskQuery().processInstanceId(row.processInstanceId()).list()) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("taskKey", t.getTaskDefinitionKey());
        s.put("name", t.getName());
        s.put("due", t.getDueDate());
        s.put("assignee", t.getAssignee());
        steps.add(s);
      }
      out.put("currentSteps", steps);
      return out;
    });
  }

  /** The instance's variables of the process scope (history, so an instance that already ended is included). */
  private Map<String, Object> variables(String processInstanceId) {
    return applications.asSystem(() -> {
      Map<String, Object> vars = new LinkedHashMap<>();
      for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
          .processInstanceId(processInstanceId).list()) {
        if (v.getValue() != null && (v.getActivityInstanceId() == null
            || v.getActivityInstanceId().equals(processInstanceId) || !vars.containsKey(v.getName()))) {
          vars.put(v.getName(), v.getValue());
        }
      }
      return vars;
    });
  }
}
