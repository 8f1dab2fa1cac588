package id.go.malangkota.ejkn.intake;

import id.go.malangkota.ejkn.identity.StaffGroups;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
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
 * The application API's use cases. Starting runs in one transaction with the engine, so a refused start
 * (invalid, duplicate, not your kelurahan) leaves nothing behind.
 */
@Service
public class ApplicationService {

  public static final String PROCESS = "jkn-registration";
  /** Urgent reactivation has its own process (the 3×24-hour window and its escalations) around the lifecycle. */
  public static final String URGENT_PROCESS = "jkn-urgent-reactivation";

  /** Thrown when the caller may not act for that kelurahan or read that application (HTTP 403). */
  public static class ForbiddenException extends RuntimeException {
    private final String code;

    public ForbiddenException(String code, String message) {
      super(message);
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /** No such application (HTTP 404). */
  public static class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
      super(message);
    }
  }

  public record Created(String applicationNumber, String processInstanceId) {}

  private final ApplicationValidator validator;
  private final ApplicationRegistry registry;
  private final ApplicationVariables variables;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final TaskService tasks;
  private final IdentityService identity;

  public ApplicationService(ApplicationValidator validator, ApplicationRegistry registry, ApplicationVariables variables,
      RuntimeService runtime, HistoryService history, TaskService tasks, IdentityService identity) {
    this.validator = validator;
    this.registry = registry;
    this.variables = variables;
    this.runtime = runtime;
    this.history = history;
    this.tasks = tasks;
    this.identity = identity;
  }

  /**
   * The API's documents object names only the optional letters (CONTRACT.md); the KTP and KK copies are the basis
   * of every application at the counter, and the representative's papers follow what {@code submittedBy} says.
   */
  static ApplicationRequest withApiDefaults(ApplicationRequest a) {
    Map<String, Boolean> docs = new LinkedHashMap<>(a.documents() == null ? Map.of() : a.documents());
    docs.putIfAbsent("ktp", true);
    docs.putIfAbsent("familyCard", true);
    if (a.submittedBy() != null && !"SELF".equals(a.submittedBy().relation())) {
      docs.putIfAbsent("representativeKtp", true);
      docs.putIfAbsent("powerOfAttorney", Boolean.TRUE.equals(a.submittedBy().powerOfAttorney()));
    }
    return new ApplicationRequest(a.type(), a.kelurahanCode(), a.familyCardNumber(), a.address(), a.phone(), a.email(),
        a.submittedBy(), a.members(), docs, a.hospitalAdmission());
  }

  @Transactional
  public Created create(ApplicationRequest request) {
    ApplicationRequest a = withApiDefaults(request);
    List<FieldError> errors = validator.validate(a);
    if (!errors.isEmpty()) {
      throw new InvalidApplicationException(errors);
    }
    requireOwnKelurahan(a.kelurahanCode());
    for (ApplicationRequest.Member m : a.candidates()) {
      Optional<String> open = registry.openApplicationOf(m.nik());
      if (open.isPresent()) {
        throw new CandidateAlreadyOpenException(List.of(m.nik()), open.get());
      }
    }
    String process = "URGENT_REACTIVATION".equals(a.type()) ? URGENT_PROCESS : PROCESS;
    ProcessInstance pi = runtime.startProcessInstanceByKey(process,
        Map.of(ApplicationVariables.APPLICATION, variables.toJson(a), "kelurahanCode", a.kelurahanCode()));
    return new Created(pi.getBusinessKey(), pi.getId());
  }

  private void requireOwnKelurahan(String kelurahanCode) {
    Authentication auth = identity.getCurrentAuthentication();
    List<String> groups = auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    if (!groups.contains(kelurahanCode) && !groups.contains(StaffGroups.ADMIN)) {
      throw new ForbiddenException("KELURAHAN_NOT_YOURS",
          "Anda hanya dapat mengajukan permohonan untuk kelurahan Anda sendiri.");
    }
  }

  /** The application if the caller may read it: its kelurahan, an agency with a task in it, auditors, admins. */
  public ApplicationRegistry.ApplicationRow readable(String id) {
    ApplicationRegistry.ApplicationRow row = registry.find(id)
        .orElseThrow(() -> new NotFoundException("Permohonan " + id + " tidak ditemukan."));
    boolean visible = history.createHistoricProcessInstanceQuery().processInstanceId(row.processInstanceId()).count() > 0
        || tasks.createTaskQuery().processInstanceId(row.processInstanceId()).count() > 0
        || asSystem(() -> lifecycle(row.processInstanceId())).map(child ->
            tasks.createTaskQuery().processInstanceId(child.getId()).count() > 0).orElse(false);
    if (!visible) {
      throw new ForbiddenException("NOT_YOUR_APPLICATION", "Anda tidak berwenang melihat permohonan ini.");
    }
    return row;
  }

  /** Only the kelurahan that filed it (or an administrator) adds documents to an application. */
  public ApplicationRegistry.ApplicationRow writable(String id) {
    ApplicationRegistry.ApplicationRow row = registry.find(id)
        .orElseThrow(() -> new NotFoundException("Permohonan " + id + " tidak ditemukan."));
    requireOwnKelurahan(row.kelurahanCode());
    return row;
  }

  public Map<String, Object> view(String id) {
    ApplicationRegistry.ApplicationRow row = readable(id);
    return asSystem(() -> {
      HistoricProcessInstance outer = history.createHistoricProcessInstanceQuery()
          .processInstanceId(row.processInstanceId()).singleResult();
      HistoricProcessInstance hpi = lifecycle(row.processInstanceId()).orElse(outer);
      Map<String, Object> vars = new LinkedHashMap<>();
      for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
          .processInstanceId(hpi.getId()).list()) {
        if (v.getValue() != null && (v.getActivityInstanceId() == null
            || v.getActivityInstanceId().equals(hpi.getId()) || !vars.containsKey(v.getName()))) {
          vars.put(v.getName(), v.getValue());
        }
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", row.applicationNumber());
      out.put("applicationNumber", row.applicationNumber());
      out.put("processInstanceId", row.processInstanceId());
      out.put("type", row.requestType());
      out.put("kelurahanCode", row.kelurahanCode());
      out.put("kelurahanName", vars.get("kelurahanName"));
      out.put("status", outer.getEndTime() == null ? "IN_PROGRESS" : "COMPLETED");
      out.put("endActivity", hpi.getEndActivityId());
      out.put("createdAt", hpi.getStartTime());
      out.put("endedAt", hpi.getEndTime());
      List<Map<String, Object>> steps = new ArrayList<>();
      for (Task t : tasks.createTaskQuery().processInstanceId(hpi.getId()).list()) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("taskKey", t.getTaskDefinitionKey());
        s.put("name", t.getName());
        s.put("due", t.getDueDate());
        s.put("assignee", t.getAssignee());
        steps.add(s);
      }
      out.put("currentSteps", steps);
      if (vars.get("overallDeadline") != null) {
        out.put("overallDeadline", vars.get("overallDeadline"));
      }
      Object candidates = vars.get(Candidates.VARIABLE);
      out.put("candidates", candidates == null ? List.of() : variables.fromJson(candidates, List.class));
      Object missing = vars.get("missingDocuments");
      if (missing != null) {
        out.put("missingDocuments", variables.fromJson(missing, List.class));
      }
      if (vars.get("correctionReasons") != null && hpi.getEndTime() == null) {
        out.put("correctionReasons", vars.get("correctionReasons"));
      }
      return out;
    });
  }

  /**
   * The instance that runs the shared lifecycle: the application's own process instance, or the lifecycle it
   * called (urgent reactivation).
   */
  public Optional<HistoricProcessInstance> lifecycle(String processInstanceId) {
    HistoricProcessInstance child = history.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(processInstanceId).processDefinitionKey(PROCESS).singleResult();
    return Optional.ofNullable(child);
  }

  /** Reads the application's data once access has been decided. */
  public <T> T asSystem(Supplier<T> work) {
    Authentication saved = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (saved != null) {
        identity.setAuthentication(saved);
      }
    }
  }
}
