package id.go.malangkota.ejkn.audit;

import id.go.malangkota.ejkn.intake.ApplicationService;
import id.go.malangkota.ejkn.application.PersonalDataAccessLog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import id.go.malangkota.ejkn.application.TaskNames;
import id.go.malangkota.ejkn.intake.ApplicationService.NotFoundException;
import id.go.malangkota.ejkn.application.DocumentStore;
import id.go.malangkota.ejkn.kpi.KpiLabels;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.annotation.Value;
import id.go.malangkota.ejkn.application.ApplicationRegister;
import id.go.malangkota.ejkn.kpi.ApplicationFacts;
import org.springframework.stereotype.Service;

/**
 * The audit trail of one application, running or finished, computed from the engine's history (activities,
 * tasks with who claimed and completed them, the user operation log, decisions with inputs and outputs,
 * variable changes, incidents) plus our own tables (register, documents, KPI facts). Access and masking by
 * {@link AuditAccess}; the trail is read as the system once access has been decided.
 */
@Service
public class AuditTrail {

  static final Map<String, String> ACTIVITY_TYPES = Map.ofEntries(
      Map.entry("startEvent", "Peristiwa mulai"), Map.entry("noneEndEvent", "Peristiwa selesai"),
      Map.entry("userTask", "Tugas petugas"), Map.entry("serviceTask", "Tugas sistem"),
      Map.entry("businessRuleTask", "Keputusan (DMN)"), Map.entry("exclusiveGateway", "Percabangan"),
      Map.entry("parallelGateway", "Percabangan paralel"), Map.entry("callActivity", "Sub-proses"),
      Map.entry("multiInstanceBody", "Per calon (berulang)"), Map.entry("intermediateTimer", "Tunggu (timer)"),
      Map.entry("boundaryTimer", "Timer batas waktu"), Map.entry("subProcess", "Sub-proses"),
      Map.entry("intermediateNoneThrowEvent", "Peristiwa antara"), Map.entry("sendTask", "Kirim pesan"));

  static final Map<String, String> OPERATIONS = Map.ofEntries(
      Map.entry("Claim", "Mengambil tugas"), Map.entry("Complete", "Menyelesaikan tugas"),
      Map.entry("Assign", "Menugaskan"), Map.entry("Delegate", "Mendelegasikan"), Map.entry("Resolve", "Mengembalikan"),
      Map.entry("SetOwner", "Mengubah pemilik tugas"), Map.entry("SetPriority", "Mengubah prioritas"),
      Map.entry("Update", "Mengubah"), Map.entry("Create", "Membuat"), Map.entry("Delete", "Menghapus"),
      Map.entry("SetVariable", "Mengubah variabel"), Map.entry("SetVariables", "Mengubah variabel"),
      Map.entry("ModifyVariable", "Mengubah variabel"), Map.entry("RemoveVariable", "Menghapus variabel"),
      Map.entry("Suspend", "Menangguhkan"), Map.entry("Activate", "Mengaktifkan kembali"),
      Map.entry("SetJobRetries", "Mengatur ulang percobaan job"), Map.entry("SetDueDate", "Mengubah tenggat"),
      Map.entry("SetRemovalTime", "Mengubah waktu penghapusan riwayat"), Map.entry("Migrate", "Memigrasikan"),
      Map.entry("ModifyProcessInstance", "Memodifikasi instans"), Map.entry("Restart", "Memulai ulang"),
      Map.entry("AddUserLink", "Menambah pengguna tugas"), Map.entry("DeleteUserLink", "Menghapus pengguna tugas"),
      Map.entry("AddGroupLink", "Menambah grup tugas"), Map.entry("DeleteGroupLink", "Menghapus grup tugas"),
      Map.entry("CreateIncident", "Membuat insiden"), Map.entry("Resolve incident", "Menyelesaikan insiden"),
      Map.entry("SetAnnotation", "Memberi catatan"));

  static final Map<String, String> CATEGORIES = Map.of(
      "PROSES", "Proses", "AKTIVITAS", "Aktivitas", "TUGAS", "Tugas", "KEPUTUSAN", "Keputusan",
      "VARIABEL", "Perubahan data", "INSIDEN", "Insiden", "DOKUMEN", "Dokumen");

  private final ApplicationRegister register;
  private final ApplicationFacts facts;
  private final HistoryService history;
  private final IdentityService identity;
  private final AuditAccess access;
  private final KelurahanDirectory kelurahan;
  private final DocumentStore documents;
  private final AuditLabels labels;
  private final ZoneId zone;
  private final DateTimeFormatter timestamp = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
  private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
      .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  public AuditTrail(ApplicationRegister register, ApplicationFacts facts, HistoryService history,
      IdentityService identity, AuditAccess access, KelurahanDirectory kelurahan, DocumentStore documents,
      AuditLabels labels, @Value("${ejkn.timezone:Asia/Jakarta}") String zone) {
    this.register = register;
    this.facts = facts;
    this.history = history;
    this.identity = identity;
    this.access = access;
    this.kelurahan = kelurahan;
    this.documents = documents;
    this.labels = labels;
    this.zone = ZoneId.of(zone);
  }

  /** A row of the application register. */
  public record Application(String number, String processInstanceId, String type, String kelurahanCode,
      String relation, String createdBy, Date createdAt) {}

  /** The application by number or by the id of any of its process instances (also the lifecycle it called). */
  public Application resolve(String id) {
    Optional<Application> found = find(id);
    if (found.isEmpty()) {
      HistoricProcessInstance hpi = asSystem(() -> history.createHistoricProcessInstanceQuery().processInstanceId(id)
          .singleResult());
      if (hpi != null && hpi.getSuperProcessInstanceId() != null) {
        found = find(hpi.getSuperProcessInstanceId());
      }
    }
    return found.orElseThrow(() -> new NotFoundException("Permohonan " + id + " tidak ditemukan."));
  }

  private Optional<Application> find(String id) {
    return register.summary(id).map(s -> new Application(s.applicationNumber(), s.processInstanceId(), s.type().name(),
        s.kelurahanCode(), s.submittedByRelation(), s.createdBy(), s.createdAt() == null ? null : Date.from(s.createdAt())));
  }

  public Map<String, Object> trail(String id) {
    Application app = resolve(id);
    AuditAccess.Viewer viewer = access.requireRead(app.kelurahanCode());
    PersonalData personal = viewer.seesPersonalData(app.kelurahanCode()) ? PersonalData.shown() : PersonalData.masked();
    if (viewer.seesPersonalData(app.kelurahanCode()) && accessLog != null) {
      accessLog.read(PersonalDataAccessLog.Kind.AUDIT_TRAIL, app.number(), null);
    }
    return asSystem(() -> build(app, personal));
  }

  private PersonalDataAccessLog accessLog;

  @org.springframework.beans.factory.annotation.Autowired(required = false)
  void setAccessLog(PersonalDataAccessLog accessLog) {
    this.accessLog = accessLog;
  }

  /** Who read this application's personal data, newest first — for auditors and administrators only. */
  public List<Map<String, Object>> accessLog(String id, int limit) {
    Application app = resolve(id);
    if (!access.viewer().full()) {
      throw new ApplicationService.ForbiddenException("NOT_AN_AUDITOR", "Catatan akses data pribadi hanya untuk auditor dan administrator.");
    }
    List<Map<String, Object>> out = new java.util.ArrayList<>();
    for (var a : accessLog == null ? List.<PersonalDataAccessLog.Access>of()
        : accessLog.of(app.number(), Math.max(1, Math.min(limit, 1000)))) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("time", timestamp.format(a.accessedAt().atZone(zone)));
      row.put("userId", a.userId());
      row.put("kind", a.kind().name());
      row.put("kindLabel", switch (a.kind()) {
        case APPLICATION -> "Berkas permohonan";
        case DOCUMENT -> "Dokumen pindaian";
        case AUDIT_TRAIL -> "Jejak audit (tanpa penyamaran)";
        case RECEIPT -> "Tanda terima";
      });
      row.put("detail", a.detail());
      out.add(row);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> build(Application app, PersonalData personal) {
    HistoricProcessInstance outer = history.createHistoricProcessInstanceQuery()
        .processInstanceId(app.processInstanceId()).singleResult();
    if (outer == null) {
      throw new NotFoundException("Riwayat permohonan " + app.number() + " tidak ada lagi (sudah dibersihkan).");
    }
    // the application's own instance and every instance it called (lifecycle, BPJS submission)
    List<HistoricProcessInstance> instances = new ArrayList<>();
    instances.add(outer);
    instances.addAll(history.createHistoricProcessInstanceQuery().rootProcessInstanceId(outer.getId()).list().stream()
        .filter(i -> !i.getId().equals(outer.getId())).toList());
    id.go.malangkota.ejkn.application.Application registered = register.get(app.number());
    try {
      personal.learn("application", json.writeValueAsString(registered));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    HistoricProcessInstance lifecycle = instances.stream()
        .filter(i -> "jkn-registration".equals(i.getProcessDefinitionKey())).findFirst().orElse(outer);

    List<HistoricActivityInstance> activities = new ArrayList<>();
    List<HistoricTaskInstance> tasks = new ArrayList<>();
    List<UserOperationLogEntry> operations = new ArrayList<>();
    List<HistoricDecisionInstance> decisions = new ArrayList<>();
    List<HistoricDetail> details = new ArrayList<>();
    List<HistoricIncident> incidents = new ArrayList<>();
    for (HistoricProcessInstance i : instances) {
      activities.addAll(history.createHistoricActivityInstanceQuery().processInstanceId(i.getId())
          .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list());
      tasks.addAll(history.createHistoricTaskInstanceQuery().processInstanceId(i.getId())
          .orderByHistoricActivityInstanceStartTime().asc().list());
      operations.addAll(history.createUserOperationLogQuery().processInstanceId(i.getId()).orderByTimestamp().asc().list());
      decisions.addAll(history.createHistoricDecisionInstanceQuery().processInstanceId(i.getId()).includeInputs()
          .includeOutputs().disableCustomObjectDeserialization().orderByEvaluationTime().asc().list());
      details.addAll(history.createHistoricDetailQuery().processInstanceId(i.getId()).variableUpdates()
          .disableCustomObjectDeserialization().orderByTime().asc().list());
      incidents.addAll(history.createHistoricIncidentQuery().processInstanceId(i.getId()).orderByCreateTime().asc().list());
    }
    for (HistoricDetail d : details) {
      HistoricVariableUpdate u = (HistoricVariableUpdate) d;
      personal.learn(u.getVariableName(), text(u.getTypedValue()));
    }
    Map<String, String> activityNames = new HashMap<>();
    for (HistoricActivityInstance a : activities) {
      activityNames.put(a.getId(), a.getActivityName() != null ? a.getActivityName() : a.getActivityId());
    }
    for (HistoricProcessInstance i : instances) {
      activityNames.put(i.getId(), i == outer ? "Proses (tingkat permohonan)"
          : "jkn-registration".equals(i.getProcessDefinitionKey()) ? "Proses (siklus layanan)" : "Proses (langkah bersama)");
    }
    Map<String, String> taskNames = tasks.stream().collect(Collectors.toMap(HistoricTaskInstance::getId,
        t -> t.getName() == null ? t.getTaskDefinitionKey() : TaskNames.sopName(t.getName()), (a, b) -> a));
    List<Map<String, Object>> events = new ArrayList<>();

    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("applicationNumber", app.number());
    summary.put("processInstanceId", app.processInstanceId());
    summary.put("lifecycleInstanceId", lifecycle.getId());
    summary.put("type", app.type());
    summary.put("typeLabel", KpiLabels.type(app.type()));
    summary.put("kelurahanCode", app.kelurahanCode());
    summary.put("kelurahanName", kelurahan.byCode(app.kelurahanCode()).map(k -> k.groupName()).orElse(app.kelurahanCode()));
    summary.put("submittedByRelation", app.relation());
    summary.put("submittedByLabel", KpiLabels.relation(app.relation()));
    summary.put("status", outer.getEndTime() == null ? "BERJALAN" : "SELESAI");
    summary.put("statusLabel", outer.getEndTime() == null ? "Sedang berjalan" : "Selesai");
    summary.put("startedAt", time(outer.getStartTime()));
    summary.put("startedBy", outer.getStartUserId() != null ? outer.getStartUserId() : app.createdBy());
    summary.put("endedAt", time(outer.getEndTime()));
    summary.put("durationMs", outer.getDurationInMillis());
    summary.put("durationHours", outer.getDurationInMillis() == null ? null
        : Math.round(outer.getDurationInMillis() / 36000.0) / 100.0);
    summary.put("endActivityId", lifecycle.getEndActivityId());
    summary.put("endActivityName", lifecycle.getEndActivityId() == null ? null : activities.stream()
        .filter(a -> lifecycle.getEndActivityId().equals(a.getActivityId())).map(HistoricActivityInstance::getActivityName)
        .findFirst().orElse(lifecycle.getEndActivityId()));
    String outcome = facts.outcomes(List.of(app.number())).get(app.number());
    if (outcome != null) {
      summary.put("outcome", outcome);
      summary.put("outcomeLabel", KpiLabels.outcome(outcome));
    }
    summary.put("applicantName", personal.variable("applicantName", registered.applicant().name()));
    summary.put("applicantNik", personal.variable("applicantNik", registered.applicant().nik()));
    out.put("application", summary);
    out.put("personalDataMasked", personal.masking());
    if (personal.masking()) {
      out.put("maskingNote", "Data pribadi (NIK, nama, alamat, telepon, surel, tanggal lahir) disamarkan: "
          + "peran Anda tidak berwenang melihatnya.");
    }
    event(events, outer.getStartTime(), "PROSES", "Permohonan " + app.number() + " diterima ("
        + KpiLabels.type(app.type()) + ", " + summary.get("kelurahanName") + ")", (String) summary.get("startedBy"),
        KpiLabels.relation(app.relation()), null);
    if (outer.getEndTime() != null) {
      event(events, outer.getEndTime(), "PROSES", "Permohonan selesai: " + summary.get("endActivityName"), null,
          summary.get("outcomeLabel") == null ? "" : "Hasil: " + summary.get("outcomeLabel"), null);
    }

    List<Map<String, Object>> activityRows = new ArrayList<>();
    for (HistoricActivityInstance a : activities) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("activityId", a.getActivityId());
      r.put("name", a.getActivityName());
      r.put("type", a.getActivityType());
      r.put("typeLabel", ACTIVITY_TYPES.getOrDefault(a.getActivityType(), a.getActivityType()));
      r.put("startedAt", time(a.getStartTime()));
      r.put("endedAt", time(a.getEndTime()));
      r.put("durationMs", a.getDurationInMillis());
      r.put("assignee", a.getAssignee());
      r.put("canceled", a.isCanceled());
      r.put("processInstanceId", a.getProcessInstanceId());
      activityRows.add(r);
      if (!a.getActivityType().endsWith("Gateway") && !"multiInstanceBody".equals(a.getActivityType())) {
        event(events, a.getStartTime(), "AKTIVITAS", (a.getActivityName() == null ? a.getActivityId() : a.getActivityName()),
            a.getAssignee(), ACTIVITY_TYPES.getOrDefault(a.getActivityType(), a.getActivityType())
                + (a.getEndTime() == null ? " — belum selesai" : " — selesai " + time(a.getEndTime()))
                + (a.isCanceled() ? " (dibatalkan)" : ""), a.getActivityName());
      }
    }
    out.put("activities", activityRows);

    List<Map<String, Object>> taskRows = new ArrayList<>();
    for (HistoricTaskInstance t : tasks) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("taskId", t.getId());
      r.put("taskKey", t.getTaskDefinitionKey());
      r.put("name", TaskNames.sopName(t.getName()));
      r.put("candidateGroups", history.createHistoricIdentityLinkLogQuery().taskId(t.getId())
          .type(IdentityLinkType.CANDIDATE).list().stream().filter(l -> "add".equals(l.getOperationType()))
          .map(HistoricIdentityLinkLog::getGroupId).filter(g -> g != null).distinct().toList());
      r.put("createdAt", time(t.getStartTime()));
      r.put("dueAt", time(t.getDueDate()));
      r.put("endedAt", time(t.getEndTime()));
      r.put("overdue", t.getDueDate() != null && (t.getEndTime() != null ? t.getEndTime() : new Date()).after(t.getDueDate()));
      r.put("assignee", t.getAssignee());
      UserOperationLogEntry claim = operations.stream().filter(o -> t.getId().equals(o.getTaskId())
          && ("Claim".equals(o.getOperationType()) || "Assign".equals(o.getOperationType()))).findFirst().orElse(null);
      UserOperationLogEntry complete = operations.stream().filter(o -> t.getId().equals(o.getTaskId())
          && "Complete".equals(o.getOperationType())).findFirst().orElse(null);
      r.put("claimedBy", claim == null ? null : claim.getNewValue() != null ? claim.getNewValue() : claim.getUserId());
      r.put("claimedAt", claim == null ? null : time(claim.getTimestamp()));
      r.put("completedBy", complete != null ? complete.getUserId()
          : "completed".equals(t.getDeleteReason()) ? t.getAssignee() : null);
      r.put("completedAt", complete != null ? time(complete.getTimestamp()) : "completed".equals(t.getDeleteReason())
          ? time(t.getEndTime()) : null);
      r.put("endReason", t.getEndTime() == null ? "Terbuka" : "completed".equals(t.getDeleteReason()) ? "Diselesaikan"
          : "Dibatalkan (" + t.getDeleteReason() + ")");
      taskRows.add(r);
    }
    out.put("tasks", taskRows);

    List<Map<String, Object>> operationRows = new ArrayList<>();
    for (UserOperationLogEntry o : operations) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("time", time(o.getTimestamp()));
      r.put("userId", o.getUserId());
      r.put("operation", o.getOperationType());
      r.put("operationLabel", OPERATIONS.getOrDefault(o.getOperationType(), o.getOperationType()));
      r.put("entityType", o.getEntityType());
      r.put("property", o.getProperty());
      r.put("orgValue", personal.text(o.getOrgValue()));
      r.put("newValue", personal.text(o.getNewValue()));
      r.put("taskName", o.getTaskId() == null ? null : taskNames.get(o.getTaskId()));
      r.put("annotation", personal.text(o.getAnnotation()));
      operationRows.add(r);
      if (!"delete".equals(o.getProperty()) || "Complete".equals(o.getOperationType())) {
        event(events, o.getTimestamp(), "TUGAS", OPERATIONS.getOrDefault(o.getOperationType(), o.getOperationType())
                + (o.getTaskId() == null ? "" : ": " + taskNames.getOrDefault(o.getTaskId(), o.getTaskId())),
            o.getUserId(), o.getProperty() == null || "delete".equals(o.getProperty()) ? ""
                : o.getProperty() + ": " + nz(personal.text(o.getOrgValue())) + " → " + nz(personal.text(o.getNewValue())),
            o.getTaskId() == null ? null : taskNames.get(o.getTaskId()));
      }
    }
    out.put("operations", operationRows);

    List<Map<String, Object>> decisionRows = new ArrayList<>();
    for (HistoricDecisionInstance d : decisions) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("time", time(d.getEvaluationTime()));
      r.put("decisionKey", d.getDecisionDefinitionKey());
      r.put("decisionName", d.getDecisionDefinitionName());
      r.put("activityName", d.getActivityInstanceId() == null ? null
          : activityNames.getOrDefault(d.getActivityInstanceId(), d.getActivityId()));
      r.put("linkedToInstance", true);
      List<Map<String, Object>> inputs = new ArrayList<>();
      for (HistoricDecisionInputInstance in : d.getInputs()) {
        inputs.add(nameValue(in.getClauseName() != null ? in.getClauseName() : in.getClauseId(),
            personal.text(text(in.getTypedValue()))));
      }
      List<Map<String, Object>> outputs = new ArrayList<>();
      for (HistoricDecisionOutputInstance o : d.getOutputs()) {
        Map<String, Object> nv = nameValue(o.getClauseName() != null ? o.getClauseName() : o.getVariableName(),
            personal.text(text(o.getTypedValue())));
        nv.put("rule", o.getRuleOrder());
        outputs.add(nv);
      }
      r.put("inputs", inputs);
      r.put("outputs", outputs);
      decisionRows.add(r);
      event(events, d.getEvaluationTime(), "KEPUTUSAN", nz(d.getDecisionDefinitionName()) + " (" + d.getDecisionDefinitionKey() + ")",
          null, "Masukan: " + inputs.stream().map(m -> m.get("name") + "=" + m.get("valueText")).collect(Collectors.joining(", "))
              + " | Keluaran: " + outputs.stream().map(m -> m.get("name") + "=" + m.get("valueText")).collect(Collectors.joining(", ")),
          (String) r.get("activityName"));
    }

    List<Map<String, Object>> candidates = new ArrayList<>();
    for (JsonNode c : personal.json(json.valueToTree(register.candidates(app.number())))) {
      Map<String, Object> row = json.convertValue(c, Map.class);
      row.put("outcomeLabel", outcomeLabel((String) row.get("outcome")));
      candidates.add(row);
    }
    out.put("decisions", decisionRows);
    out.put("candidates", candidates);

    List<Map<String, Object>> variableRows = new ArrayList<>();
    for (HistoricDetail d : details) {
      HistoricVariableUpdate u = (HistoricVariableUpdate) d;
      Map<String, Object> r = new LinkedHashMap<>();
      String value = personal.variable(u.getVariableName(), text(u.getTypedValue()));
      r.put("time", time(u.getTime()));
      r.put("name", u.getVariableName());
      r.put("label", labels.variable(u.getVariableName()));
      r.put("type", u.getTypeName());
      r.put("value", value);
      r.put("valueText", labels.value(u.getVariableName(), value));
      r.put("revision", u.getRevision());
      r.put("activityName", u.getTaskId() != null ? taskNames.get(u.getTaskId())
          : activityNames.get(u.getActivityInstanceId()));
      r.put("userId", u.getUserOperationId() == null ? null : operations.stream()
          .filter(o -> u.getUserOperationId().equals(o.getOperationId())).map(UserOperationLogEntry::getUserId)
          .findFirst().orElse(null));
      variableRows.add(r);
      event(events, u.getTime(), "VARIABEL", r.get("label") + " (revisi " + u.getRevision() + ")",
          (String) r.get("userId"), abbreviate((String) r.get("valueText"), 500), (String) r.get("activityName"));
    }
    out.put("variableChanges", variableRows);

    List<Map<String, Object>> incidentRows = new ArrayList<>();
    for (HistoricIncident i : incidents) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("createdAt", time(i.getCreateTime()));
      r.put("endedAt", time(i.getEndTime()));
      r.put("type", i.getIncidentType());
      r.put("activityId", i.getActivityId());
      r.put("message", personal.text(i.getIncidentMessage()));
      r.put("state", i.isOpen() ? "TERBUKA" : i.isResolved() ? "DISELESAIKAN" : "DIHAPUS");
      incidentRows.add(r);
      event(events, i.getCreateTime(), "INSIDEN", "Insiden " + i.getIncidentType() + " di " + i.getActivityId(), null,
          personal.text(i.getIncidentMessage()), i.getActivityId());
      if (i.getEndTime() != null) {
        event(events, i.getEndTime(), "INSIDEN", "Insiden " + (i.isResolved() ? "diselesaikan" : "dihapus")
            + " di " + i.getActivityId(), null, "", i.getActivityId());
      }
    }
    out.put("incidents", incidentRows);

    List<Map<String, Object>> documentRows = new ArrayList<>();
    for (DocumentStore.StoredDocument doc : documents.list(app.number())) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", doc.id());
      r.put("kind", doc.kind());
      r.put("fileName", personal.text(doc.fileName()));
      r.put("contentType", doc.contentType());
      r.put("size", doc.size());
      r.put("sha256", doc.sha256());
      r.put("uploadedBy", doc.uploadedBy());
      r.put("uploadedAt", time(Date.from(doc.uploadedAt())));
      // the scan itself is personal data: only for those who see it
      r.put("link", personal.masking() ? null : "/api/applications/" + app.number() + "/documents/" + doc.id());
      documentRows.add(r);
      event(events, Date.from(doc.uploadedAt()), "DOKUMEN", "Dokumen diunggah: " + doc.kind(), doc.uploadedBy(),
          personal.text(doc.fileName()) + " (" + doc.size() + " bita, SHA-256 " + doc.sha256().substring(0, 12) + "…)", null);
    }
    out.put("documents", documentRows);

    events.sort(Comparator.comparing((Map<String, Object> e) -> (Long) e.get("epochMs")));
    events.forEach(e -> e.remove("epochMs"));
    out.put("events", events);
    return out;
  }

  private void event(List<Map<String, Object>> events, Date when, String category, String title, String user,
      String detail, String activity) {
    if (when == null) {
      return;
    }
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("time", time(when));
    e.put("epochMs", when.getTime());
    e.put("category", category);
    e.put("categoryLabel", CATEGORIES.get(category));
    e.put("title", title);
    e.put("userId", user);
    e.put("detail", detail);
    e.put("activity", activity);
    events.add(e);
  }

  private static String outcomeLabel(String outcome) {
    if (outcome == null) {
      return null;
    }
    return switch (outcome) {
      case "IN_PROGRESS" -> "Dalam proses";
      case "NOT_ELIGIBLE" -> "Tidak memenuhi syarat";
      case "REJECTED" -> "Ditolak";
      case "SUBMITTED" -> "Diajukan ke BPJS";
      case "ACTIVE" -> "Kartu aktif";
      case "ACTIVATION_FAILED" -> "Aktivasi gagal";
      default -> outcome;
    };
  }

  private Map<String, Object> nameValue(String name, String value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("value", value);
    m.put("valueText", labels.value(name, value));
    return m;
  }

  String text(TypedValue value) {
    if (value == null) {
      return null;
    }
    if (value instanceof SerializableValue s && !s.isDeserialized()) {
      return s.getValueSerialized();
    }
    Object v = value.getValue();
    if (v == null) {
      return null;
    }
    if (v instanceof Date d) {
      return time(d);
    }
    if (v instanceof byte[] || v instanceof java.io.InputStream) {
      return "[berkas]";
    }
    return v.toString();
  }

  String time(Date d) {
    return d == null ? null : timestamp.format(d.toInstant().atZone(zone));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String abbreviate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max) + "…";
  }

  <T> T asSystem(Supplier<T> work) {
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
