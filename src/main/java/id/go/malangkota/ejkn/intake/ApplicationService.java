package id.go.malangkota.ejkn.intake;

import id.go.malangkota.ejkn.application.PersonalDataAccessLog;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.application.ApplicationLifecycle;
import id.go.malangkota.ejkn.application.ApplicationRegister;
import id.go.malangkota.ejkn.application.CandidateResult;
import id.go.malangkota.ejkn.application.RegistrationVariables;
import id.go.malangkota.ejkn.application.RequestType;
import id.go.malangkota.ejkn.identity.SystemAccess;
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
 * The application API's use cases. A new application is simply a start of its process with the request as a
 * transient variable: the registration at the process start ({@link RegistrationService}) is the one way in, for the
 * API exactly as for Tasklist and the engine's REST API. It runs in one transaction, so a refused start (invalid,
 * duplicate, not your kelurahan) leaves nothing behind.
 */
@Service
public class ApplicationService {

  /** Thrown when the caller may not read that application (HTTP 403). */
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

  private final ApplicationRegister register;
  private final ApplicationLifecycle lifecycle;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final TaskService tasks;
  private final SystemAccess system;
  private final ObjectMapper json;

  public ApplicationService(ApplicationRegister register, ApplicationLifecycle lifecycle, RuntimeService runtime,
      HistoryService history, TaskService tasks, SystemAccess system, ObjectMapper json) {
    this.register = register;
    this.lifecycle = lifecycle;
    this.runtime = runtime;
    this.history = history;
    this.tasks = tasks;
    this.system = system;
    this.json = json;
  }

  /**
   * The API's documents object names only the optional letters (CONTRACT.md); the KTP and KK copies are the basis
   * of every application at the counter, and the representative's papers follow what {@code submittedBy} says.
   */
  static ApplicationRequest withApiDefaults(ApplicationRequest a) {
    Map<String, Boolean> docs = new LinkedHashMap<>(a.documents() == null ? Map.of() : a.documents());
    docs.putIfAbsent("ktp", true);
    docs.putIfAbsent("familyCard", true);
    if (a.submittedBy() != null && a.submittedBy().relation() != null && !"SELF".equals(a.submittedBy().relation())) {
      docs.putIfAbsent("representativeKtp", true);
      docs.putIfAbsent("powerOfAttorney", Boolean.TRUE.equals(a.submittedBy().powerOfAttorney()));
    }
    return a.withDocuments(docs);
  }

  @Transactional
  public Created create(ApplicationRequest request) {
    ApplicationRequest a = withApiDefaults(request);
    String process = RequestType.URGENT_REACTIVATION.name().equals(a.type()) ? RegistrationVariables.URGENT_PROCESS
        : RegistrationVariables.PROCESS;
    String body;
    try {
      body = json.writeValueAsString(a);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    ProcessInstance pi = runtime.createProcessInstanceByKey(process)
        .setVariable(StartInput.REQUEST, Variables.stringValue(body, true)).execute();
    return new Created(pi.getBusinessKey(), pi.getId());
  }

  /** The application if the caller may read it: its kelurahan, an agency with a task in it, auditors, admins. */
  public ApplicationRegister.Summary readable(String id) {
    ApplicationRegister.Summary row = register.summary(id)
        .orElseThrow(() -> new NotFoundException("Permohonan " + id + " tidak ditemukan."));
    String pid = row.processInstanceId();
    boolean visible = history.createHistoricProcessInstanceQuery().processInstanceId(pid).count() > 0
        || tasks.createTaskQuery().processInstanceId(pid).count() > 0
        || system.read(() -> runtime.createProcessInstanceQuery().superProcessInstanceId(pid).list()).stream()
            .anyMatch(child -> tasks.createTaskQuery().processInstanceId(child.getId()).count() > 0);
    if (!visible) {
      throw new ForbiddenException("NOT_YOUR_APPLICATION", "Anda tidak berwenang melihat permohonan ini.");
    }
    return row;
  }

  /** Only the kelurahan that filed it (or an administrator) adds documents to an application. */
  public ApplicationRegister.Summary writable(String id) {
    ApplicationRegister.Summary row = register.summary(id)
        .orElseThrow(() -> new NotFoundException("Permohonan " + id + " tidak ditemukan."));
    if (!system.actor().actsFor(row.kelurahanCode()) || system.actor().isSystem()) {
      throw new ForbiddenException(KelurahanNotYoursException.CODE, KelurahanNotYoursException.MESSAGE);
    }
    return row;
  }

  public List<Map<String, Object>> recentOfMyKelurahan() {
    List<String> groups = system.actor().groups();
    List<Map<String, Object>> out = new ArrayList<>();
    for (ApplicationRegister.Summary s : register.recent(groups, 50)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("applicationNumber", s.applicationNumber());
      m.put("type", s.type().name());
      m.put("typeLabel", s.type().shortLabel());
      m.put("kelurahanCode", s.kelurahanCode());
      m.put("applicantName", s.applicantName());
      m.put("createdAt", s.createdAt());
      m.put("status", system.read(() -> history.createHistoricProcessInstanceQuery()
          .processInstanceId(s.processInstanceId()).unfinished().count() > 0) ? "IN_PROGRESS" : "COMPLETED");
      out.add(m);
    }
    return out;
  }

  private PersonalDataAccessLog accessLog;

  /** Reads of a person's data are logged for the auditor (UU 27/2022). */
  @org.springframework.beans.factory.annotation.Autowired(required = false)
  void setAccessLog(PersonalDataAccessLog accessLog) {
    this.accessLog = accessLog;
  }

  void logRead(PersonalDataAccessLog.Kind kind, String number, String detail) {
    if (accessLog != null) {
      accessLog.read(kind, number, detail);
    }
  }

  public Map<String, Object> view(String id) {
    ApplicationRegister.Summary row = readable(id);
    logRead(PersonalDataAccessLog.Kind.APPLICATION, row.applicationNumber(), null);
    return system.read(() -> {
      ApplicationLifecycle.View v = lifecycle.of(row.applicationNumber(), row.processInstanceId())
          .orElseThrow(() -> new NotFoundException("Riwayat permohonan " + id + " tidak ada lagi."));
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", row.applicationNumber());
      out.put("applicationNumber", row.applicationNumber());
      out.put("processInstanceId", row.processInstanceId());
      out.put("type", row.type().name());
      out.put("typeLabel", row.type().label());
      out.put("kelurahanCode", row.kelurahanCode());
      out.put("applicantName", row.applicantName());
      out.put("status", v.running() ? "IN_PROGRESS" : "COMPLETED");
      out.put("stage", v.stage());
      out.put("outcome", v.outcome());
      out.put("endActivity", v.endActivityId());
      out.put("createdAt", v.startedAt());
      out.put("endedAt", v.endedAt());
      List<Map<String, Object>> steps = new ArrayList<>();
      for (ApplicationLifecycle.OpenTask t : v.tasks()) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("taskKey", t.taskKey());
        s.put("name", t.name());
        s.put("lane", t.lane());
        s.put("due", t.due());
        s.put("assignee", t.assignee());
        steps.add(s);
      }
      out.put("currentSteps", steps);
      register.find(row.applicationNumber()).map(a -> a.overallDeadline()).ifPresent(d -> out.put("overallDeadline", d));
      List<CandidateResult> candidates = register.candidates(row.applicationNumber());
      out.put("candidates", candidates);
      if (v.running()) {
        register.correctionReasons(row.applicationNumber()).ifPresent(r -> out.put("correctionReasons", r));
      }
      return out;
    });
  }
}
