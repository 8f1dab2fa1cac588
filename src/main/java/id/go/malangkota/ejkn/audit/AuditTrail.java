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
import id.go.malangkota.ejkn.audit.AuditTrailView.AccessLogRow;
import id.go.malangkota.ejkn.audit.AuditTrailView.ActivityRow;
import id.go.malangkota.ejkn.audit.AuditTrailView.DecisionRow;
import id.go.malangkota.ejkn.audit.AuditTrailView.DocumentRow;
import id.go.malangkota.ejkn.audit.AuditTrailView.Event;
import id.go.malangkota.ejkn.audit.AuditTrailView.IncidentRow;
import id.go.malangkota.ejkn.audit.AuditTrailView.NameValue;
import id.go.malangkota.ejkn.audit.AuditTrailView.OperationRow;
import id.go.malangkota.ejkn.audit.AuditTrailView.RuleOutput;
import id.go.malangkota.ejkn.audit.AuditTrailView.Summary;
import id.go.malangkota.ejkn.audit.AuditTrailView.TaskRow;
import id.go.malangkota.ejkn.audit.AuditTrailView.VariableChange;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
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
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
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
 * The audit trail of one application, running or finished ({@link AuditTrailView}), computed from the engine's
 * history ({@link TrailHistory}: activities, tasks with who claimed and completed them, the user operation log,
 * decisions with inputs and outputs, variable changes, incidents) plus our own tables (register, documents, KPI
 * facts). Access and masking by {@link AuditAccess}; the trail is read as the system once access has been decided.
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

  public AuditTrailView trail(String id) {
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
  public List<AccessLogRow> accessLog(String id, int limit) {
    Application app = resolve(id);
    if (!access.viewer().full()) {
      throw new ApplicationService.ForbiddenException("NOT_AN_AUDITOR", "Catatan akses data pribadi hanya untuk auditor dan administrator.");
    }
    return (accessLog == null ? List.<PersonalDataAccessLog.Access>of()
        : accessLog.of(app.number(), Math.max(1, Math.min(limit, 1000)))).stream()
        .map(a -> new AccessLogRow(timestamp.format(a.accessedAt().atZone(zone)), a.userId(), a.kind().name(),
            switch (a.kind()) {
              case APPLICATION -> "Berkas permohonan";
              case DOCUMENT -> "Dokumen pindaian";
              case AUDIT_TRAIL -> "Jejak audit (tanpa penyamaran)";
              case RECEIPT -> "Tanda terima";
            }, a.detail()))
        .toList();
  }

  /**
   * The trail, read as the system. The sections are built in the order of the JSON; each adds its lines to the
   * time line. Every personal value is learnt first, so that free text anywhere is masked.
   */
  AuditTrailView build(Application app, PersonalData personal) {
    HistoricProcessInstance outer = history.createHistoricProcessInstanceQuery()
        .processInstanceId(app.processInstanceId()).singleResult();
    if (outer == null) {
      throw new NotFoundException("Riwayat permohonan " + app.number() + " tidak ada lagi (sudah dibersihkan).");
    }
    TrailHistory h = TrailHistory.load(history, outer);
    id.go.malangkota.ejkn.application.Application registered = register.get(app.number());
    try {
      personal.learn("application", json.writeValueAsString(registered));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    for (HistoricVariableUpdate u : h.variableUpdates()) {
      personal.learn(u.getVariableName(), text(u.getTypedValue()));
    }
    Events events = new Events();
    Summary summary = summary(app, h, registered, personal, events);
    List<ActivityRow> activities = activities(h, events);
    List<TaskRow> tasks = tasks(h);
    List<OperationRow> operations = operations(h, personal, events);
    List<DecisionRow> decisions = decisions(h, personal, events);
    List<Map<String, Object>> candidates = candidates(app, personal);
    List<VariableChange> variableChanges = variableChanges(h, personal, events);
    List<IncidentRow> incidents = incidents(h, personal, events);
    List<DocumentRow> documentRows = documents(app, personal, events);
    return new AuditTrailView(summary, personal.masking(), personal.masking()
        ? "Data pribadi (NIK, nama, alamat, telepon, surel, tanggal lahir) disamarkan: "
            + "peran Anda tidak berwenang melihatnya." : null,
        activities, tasks, operations, decisions, candidates, variableChanges, incidents, documentRows, events.inOrder());
  }

  private Summary summary(Application app, TrailHistory h, id.go.malangkota.ejkn.application.Application registered,
      PersonalData personal, Events events) {
    HistoricProcessInstance outer = h.outer();
    String endActivityId = h.lifecycle().getEndActivityId();
    String outcome = facts.outcomes(List.of(app.number())).get(app.number());
    Summary s = new Summary(app.number(), app.processInstanceId(), h.lifecycle().getId(), app.type(),
        KpiLabels.type(app.type()), app.kelurahanCode(),
        kelurahan.byCode(app.kelurahanCode()).map(k -> k.groupName()).orElse(app.kelurahanCode()),
        app.relation(), KpiLabels.relation(app.relation()),
        outer.getEndTime() == null ? "BERJALAN" : "SELESAI", outer.getEndTime() == null ? "Sedang berjalan" : "Selesai",
        time(outer.getStartTime()), outer.getStartUserId() != null ? outer.getStartUserId() : app.createdBy(),
        time(outer.getEndTime()), outer.getDurationInMillis(),
        outer.getDurationInMillis() == null ? null : Math.round(outer.getDurationInMillis() / 36000.0) / 100.0,
        endActivityId, endActivityId == null ? null : h.activities().stream()
            .filter(a -> endActivityId.equals(a.getActivityId())).map(HistoricActivityInstance::getActivityName)
            .findFirst().orElse(endActivityId),
        outcome, outcome == null ? null : KpiLabels.outcome(outcome),
        personal.variable("applicantName", registered.applicant().name()),
        personal.variable("applicantNik", registered.applicant().nik()));
    events.add(outer.getStartTime(), "PROSES", "Permohonan " + app.number() + " diterima ("
        + KpiLabels.type(app.type()) + ", " + s.kelurahanName() + ")", s.startedBy(), KpiLabels.relation(app.relation()),
        null);
    if (outer.getEndTime() != null) {
      events.add(outer.getEndTime(), "PROSES", "Permohonan selesai: " + s.endActivityName(), null,
          s.outcomeLabel() == null ? "" : "Hasil: " + s.outcomeLabel(), null);
    }
    return s;
  }

  private List<ActivityRow> activities(TrailHistory h, Events events) {
    List<ActivityRow> rows = new ArrayList<>();
    for (HistoricActivityInstance a : h.activities()) {
      String typeLabel = ACTIVITY_TYPES.getOrDefault(a.getActivityType(), a.getActivityType());
      rows.add(new ActivityRow(a.getActivityId(), a.getActivityName(), a.getActivityType(), typeLabel,
          time(a.getStartTime()), time(a.getEndTime()), a.getDurationInMillis(), a.getAssignee(), a.isCanceled(),
          a.getProcessInstanceId()));
      if (!a.getActivityType().endsWith("Gateway") && !"multiInstanceBody".equals(a.getActivityType())) {
        events.add(a.getStartTime(), "AKTIVITAS", a.getActivityName() == null ? a.getActivityId() : a.getActivityName(),
            a.getAssignee(), typeLabel + (a.getEndTime() == null ? " — belum selesai" : " — selesai " + time(a.getEndTime()))
                + (a.isCanceled() ? " (dibatalkan)" : ""), a.getActivityName());
      }
    }
    return rows;
  }

  private List<TaskRow> tasks(TrailHistory h) {
    List<TaskRow> rows = new ArrayList<>();
    for (HistoricTaskInstance t : h.tasks()) {
      UserOperationLogEntry claim = h.operations().stream().filter(o -> t.getId().equals(o.getTaskId())
          && ("Claim".equals(o.getOperationType()) || "Assign".equals(o.getOperationType()))).findFirst().orElse(null);
      UserOperationLogEntry complete = h.operations().stream().filter(o -> t.getId().equals(o.getTaskId())
          && "Complete".equals(o.getOperationType())).findFirst().orElse(null);
      boolean completed = "completed".equals(t.getDeleteReason());
      rows.add(new TaskRow(t.getId(), t.getTaskDefinitionKey(), TaskNames.sopName(t.getName()), candidateGroups(t),
          time(t.getStartTime()), time(t.getDueDate()), time(t.getEndTime()),
          t.getDueDate() != null && (t.getEndTime() != null ? t.getEndTime() : new Date()).after(t.getDueDate()),
          t.getAssignee(),
          claim == null ? null : claim.getNewValue() != null ? claim.getNewValue() : claim.getUserId(),
          claim == null ? null : time(claim.getTimestamp()),
          complete != null ? complete.getUserId() : completed ? t.getAssignee() : null,
          complete != null ? time(complete.getTimestamp()) : completed ? time(t.getEndTime()) : null,
          t.getEndTime() == null ? "Terbuka" : completed ? "Diselesaikan" : "Dibatalkan (" + t.getDeleteReason() + ")"));
    }
    return rows;
  }

  private List<String> candidateGroups(HistoricTaskInstance t) {
    return history.createHistoricIdentityLinkLogQuery().taskId(t.getId()).type(IdentityLinkType.CANDIDATE).list()
        .stream().filter(l -> "add".equals(l.getOperationType())).map(HistoricIdentityLinkLog::getGroupId)
        .filter(g -> g != null).distinct().toList();
  }

  private List<OperationRow> operations(TrailHistory h, PersonalData personal, Events events) {
    List<OperationRow> rows = new ArrayList<>();
    for (UserOperationLogEntry o : h.operations()) {
      String label = OPERATIONS.getOrDefault(o.getOperationType(), o.getOperationType());
      String taskName = o.getTaskId() == null ? null : h.taskNames().get(o.getTaskId());
      rows.add(new OperationRow(time(o.getTimestamp()), o.getUserId(), o.getOperationType(), label, o.getEntityType(),
          o.getProperty(), personal.text(o.getOrgValue()), personal.text(o.getNewValue()), taskName,
          personal.text(o.getAnnotation())));
      if (!"delete".equals(o.getProperty()) || "Complete".equals(o.getOperationType())) {
        events.add(o.getTimestamp(), "TUGAS",
            label + (o.getTaskId() == null ? "" : ": " + h.taskNames().getOrDefault(o.getTaskId(), o.getTaskId())),
            o.getUserId(), o.getProperty() == null || "delete".equals(o.getProperty()) ? ""
                : o.getProperty() + ": " + nz(personal.text(o.getOrgValue())) + " → " + nz(personal.text(o.getNewValue())),
            taskName);
      }
    }
    return rows;
  }

  private List<DecisionRow> decisions(TrailHistory h, PersonalData personal, Events events) {
    List<DecisionRow> rows = new ArrayList<>();
    for (HistoricDecisionInstance d : h.decisions()) {
      List<NameValue> inputs = new ArrayList<>();
      for (HistoricDecisionInputInstance in : d.getInputs()) {
        String name = in.getClauseName() != null ? in.getClauseName() : in.getClauseId();
        String value = personal.text(text(in.getTypedValue()));
        inputs.add(new NameValue(name, value, labels.value(name, value)));
      }
      List<RuleOutput> outputs = new ArrayList<>();
      for (HistoricDecisionOutputInstance o : d.getOutputs()) {
        String name = o.getClauseName() != null ? o.getClauseName() : o.getVariableName();
        String value = personal.text(text(o.getTypedValue()));
        outputs.add(new RuleOutput(name, value, labels.value(name, value), o.getRuleOrder()));
      }
      DecisionRow row = new DecisionRow(time(d.getEvaluationTime()), d.getDecisionDefinitionKey(),
          d.getDecisionDefinitionName(), d.getActivityInstanceId() == null ? null
              : h.activityNames().getOrDefault(d.getActivityInstanceId(), d.getActivityId()), true, inputs, outputs);
      rows.add(row);
      events.add(d.getEvaluationTime(), "KEPUTUSAN", nz(d.getDecisionDefinitionName()) + " (" + d.getDecisionDefinitionKey() + ")",
          null, "Masukan: " + inputs.stream().map(i -> i.name() + "=" + i.valueText()).collect(Collectors.joining(", "))
              + " | Keluaran: " + outputs.stream().map(o -> o.name() + "=" + o.valueText()).collect(Collectors.joining(", ")),
          row.activityName());
    }
    return rows;
  }

  /** The register's candidates as JSON, masked for the viewer, each with the label of its outcome. */
  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> candidates(Application app, PersonalData personal) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (JsonNode c : personal.json(json.valueToTree(register.candidates(app.number())))) {
      Map<String, Object> row = json.convertValue(c, Map.class);
      row.put("outcomeLabel", outcomeLabel((String) row.get("outcome")));
      rows.add(row);
    }
    return rows;
  }

  private List<VariableChange> variableChanges(TrailHistory h, PersonalData personal, Events events) {
    List<VariableChange> rows = new ArrayList<>();
    for (HistoricVariableUpdate u : h.variableUpdates()) {
      String value = personal.variable(u.getVariableName(), text(u.getTypedValue()));
      VariableChange row = new VariableChange(time(u.getTime()), u.getVariableName(), labels.variable(u.getVariableName()),
          u.getTypeName(), value, labels.value(u.getVariableName(), value), u.getRevision(),
          u.getTaskId() != null ? h.taskNames().get(u.getTaskId()) : h.activityNames().get(u.getActivityInstanceId()),
          u.getUserOperationId() == null ? null : h.operations().stream()
              .filter(o -> u.getUserOperationId().equals(o.getOperationId())).map(UserOperationLogEntry::getUserId)
              .findFirst().orElse(null));
      rows.add(row);
      events.add(u.getTime(), "VARIABEL", row.label() + " (revisi " + u.getRevision() + ")", row.userId(),
          abbreviate(row.valueText(), 500), row.activityName());
    }
    return rows;
  }

  private List<IncidentRow> incidents(TrailHistory h, PersonalData personal, Events events) {
    List<IncidentRow> rows = new ArrayList<>();
    for (HistoricIncident i : h.incidents()) {
      rows.add(new IncidentRow(time(i.getCreateTime()), time(i.getEndTime()), i.getIncidentType(), i.getActivityId(),
          personal.text(i.getIncidentMessage()), i.isOpen() ? "TERBUKA" : i.isResolved() ? "DISELESAIKAN" : "DIHAPUS"));
      events.add(i.getCreateTime(), "INSIDEN", "Insiden " + i.getIncidentType() + " di " + i.getActivityId(), null,
          personal.text(i.getIncidentMessage()), i.getActivityId());
      if (i.getEndTime() != null) {
        events.add(i.getEndTime(), "INSIDEN", "Insiden " + (i.isResolved() ? "diselesaikan" : "dihapus")
            + " di " + i.getActivityId(), null, "", i.getActivityId());
      }
    }
    return rows;
  }

  private List<DocumentRow> documents(Application app, PersonalData personal, Events events) {
    List<DocumentRow> rows = new ArrayList<>();
    for (DocumentStore.StoredDocument doc : documents.list(app.number())) {
      Date uploaded = Date.from(doc.uploadedAt());
      // the scan itself is personal data: only for those who see it
      rows.add(new DocumentRow(doc.id(), doc.kind(), personal.text(doc.fileName()), doc.contentType(), doc.size(),
          doc.sha256(), doc.uploadedBy(), time(uploaded),
          personal.masking() ? null : "/api/applications/" + app.number() + "/documents/" + doc.id()));
      events.add(uploaded, "DOKUMEN", "Dokumen diunggah: " + doc.kind(), doc.uploadedBy(),
          personal.text(doc.fileName()) + " (" + doc.size() + " bita, SHA-256 " + doc.sha256().substring(0, 12) + "…)", null);
    }
    return rows;
  }

  /** The time line: lines in the order the sections add them, sorted (stably) by time at the end. */
  private final class Events {
    private record Timed(long epochMs, Event event) {}

    private final List<Timed> lines = new ArrayList<>();

    /** A line at {@code when}; none when the moment is unknown. */
    void add(Date when, String category, String title, String user, String detail, String activity) {
      if (when != null) {
        lines.add(new Timed(when.getTime(),
            new Event(time(when), category, CATEGORIES.get(category), title, user, detail, activity)));
      }
    }

    List<Event> inOrder() {
      return lines.stream().sorted(Comparator.comparingLong(Timed::epochMs)).map(Timed::event).toList();
    }
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
