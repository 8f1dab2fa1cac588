package id.go.malangkota.ejkn.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The public status of an application, found by its number and the applicant's birth date, read from the engine
 * as the system (no one is logged in). A wrong birth date and an unknown number give the same empty answer.
 */
@Service
public class StatusService {

  /** Resident-friendly text per user task; another task is described by its lane. */
  static final Map<String, String[]> TASK_STAGES = Map.of(
      "verifyCivilRegistry", new String[] {"VERIFICATION", "Dinas Kependudukan dan Pencatatan Sipil"},
      "verifyWelfare", new String[] {"VERIFICATION", "Dinas Sosial"},
      "verifyEmployment", new String[] {"VERIFICATION", "Dinas Tenaga Kerja"},
      "correctApplication", new String[] {"RETURNED", "Dikembalikan ke kelurahan untuk dilengkapi atau diperbaiki"},
      "assignFktp", new String[] {"FKTP", "Dinas Kesehatan sedang menetapkan puskesmas (FKTP) Anda"},
      "signApproval", new String[] {"SIGNATURE", "Menunggu tanda tangan Kepala Dinas Kesehatan"},
      "followUpActivation", new String[] {"BPJS", "Menunggu aktivasi BPJS"});

  /** Activities after the signature where the process waits for BPJS Kesehatan. */
  static final Set<String> BPJS_ACTIVITIES = Set.of("submitToBpjs", "determineActivationPolling", "activationMerge",
      "checkActivation", "activeGateway", "overdueGateway", "waitForActivation", "restartActivationWait", "notifyActivation");

  static final List<String[]> MILESTONES = List.of(
      new String[] {"RECEIVED", "Diterima di kelurahan"},
      new String[] {"VERIFICATION", "Verifikasi instansi"},
      new String[] {"FKTP", "Penetapan puskesmas"},
      new String[] {"SIGNATURE", "Tanda tangan Kepala Dinas"},
      new String[] {"BPJS", "Aktivasi BPJS"},
      new String[] {"ACTIVE", "Selesai"});

  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final RepositoryService repository;
  private final IdentityService identity;

  public StatusService(JdbcTemplate jdbc, RuntimeService runtime, TaskService tasks, HistoryService history,
      RepositoryService repository, IdentityService identity) {
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.repository = repository;
    this.identity = identity;
  }

  record Row(String number, String processInstanceId, String requestType, LocalDate birthDate, Timestamp createdAt) {}

  public static String normalise(String number) {
    return number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
  }

  public Optional<ApplicationStatus> find(String number, LocalDate birthDate) {
    identity.clearAuthentication();
    Optional<Row> row = jdbc.query("SELECT application_number, process_instance_id, request_type, applicant_birth_date, "
            + "created_at FROM ejkn_application WHERE application_number = ?",
        (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), rs.getTimestamp(5)),
        normalise(number)).stream().findFirst();
    if (row.isEmpty() || row.get().birthDate() == null || !row.get().birthDate().equals(birthDate)) {
      return Optional.empty();
    }
    return Optional.of(status(row.get()));
  }

  private ApplicationStatus status(Row row) {
    String service = serviceTitle(row.requestType());
    Date submitted = row.createdAt() == null ? null : new Date(row.createdAt().getTime());
    String pid = row.processInstanceId();
    boolean running = runtime.createProcessInstanceQuery().processInstanceId(pid).count() > 0;
    if (!running) {
      return ended(row, service, submitted);
    }
    List<Task> current = tasks.createTaskQuery().processInstanceId(pid).list();
    Date now = new Date();
    if (!current.isEmpty()) {
      Date due = current.stream().map(Task::getDueDate).filter(d -> d != null).max(Date::compareTo).orElse(null);
      Set<String> agencies = new LinkedHashSet<>();
      String code = null;
      String stage = null;
      String detail = null;
      for (Task t : current) {
        String[] known = TASK_STAGES.get(t.getTaskDefinitionKey());
        if (known != null && "VERIFICATION".equals(known[0])) {
          agencies.add(known[1]);
          code = code == null ? "VERIFICATION" : code;
        } else if (known != null && stage == null) {
          code = known[0];
          stage = known[1];
        }
      }
      if (stage == null && !agencies.isEmpty()) {
        stage = "Sedang diverifikasi oleh " + joinAnd(new ArrayList<>(agencies));
        detail = "Setiap instansi memeriksa data sesuai kewenangannya; pemeriksaan berjalan bersamaan.";
      }
      if (stage == null) {
        Task t = current.get(0);
        code = "IN_PROGRESS";
        String lane = laneName(t.getProcessDefinitionId(), t.getTaskDefinitionKey());
        stage = lane == null ? "Sedang diproses: " + t.getName() : "Sedang diproses oleh " + lane;
      }
      if ("RETURNED".equals(code)) {
        detail = "Silakan hubungi kantor kelurahan tempat Anda mengajukan; bawa tanda terima permohonan.";
      } else if ("BPJS".equals(code)) {
        detail = "Pengajuan sudah dikirim ke BPJS Kesehatan; Dinas Kesehatan sedang menindaklanjuti aktivasinya.";
      } else if ("SIGNATURE".equals(code) || "FKTP".equals(code)) {
        detail = "Verifikasi instansi sudah selesai.";
      }
      boolean overdue = due != null && due.before(now);
      return new ApplicationStatus(row.number(), service, submitted, code, stage, detail, due, false, overdue,
          progress(code));
    }
    Set<String> activities = activeActivities(pid);
    if (activities.stream().anyMatch(BPJS_ACTIVITIES::contains)) {
      Date expected = activationExpected(pid);
      return new ApplicationStatus(row.number(), service, submitted, "BPJS", "Menunggu aktivasi BPJS",
          "Pengajuan sudah ditandatangani dan dikirim ke BPJS Kesehatan; kartu biasanya aktif dalam 1 hari kerja.",
          expected, false, expected != null && expected.before(now), progress("BPJS"));
    }
    return new ApplicationStatus(row.number(), service, submitted, "RECEIVED", "Permohonan diterima, sedang diperiksa sistem",
        "Sistem memeriksa kelengkapan dokumen dan status kepesertaan BPJS; tahap ini biasanya selesai dalam beberapa menit.",
        null, false, false, progress("RECEIVED"));
  }

  private ApplicationStatus ended(Row row, String service, Date submitted) {
    HistoricProcessInstance h = history.createHistoricProcessInstanceQuery().processInstanceId(row.processInstanceId())
        .singleResult();
    if (h == null || h.getEndActivityId() == null
        || HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(h.getState())) {
      return new ApplicationStatus(row.number(), service, submitted, "CANCELLED", "Permohonan dibatalkan",
          "Tanyakan keterangannya di kantor kelurahan tempat Anda mengajukan.", h == null ? null : h.getEndTime(), true,
          false, List.of());
    }
    String end = h.getEndActivityId();
    String name = nodeName(h.getProcessDefinitionId(), end);
    String lower = (end + " " + name).toLowerCase(Locale.ROOT);
    if (end.equals("activatedEnd") || lower.contains("kartu kis aktif")) {
      return new ApplicationStatus(row.number(), service, submitted, "ACTIVE", "Selesai: kartu KIS aktif",
          "Kartu KIS dapat digunakan di puskesmas (FKTP) yang ditetapkan. Hasil untuk setiap anggota keluarga dapat "
              + "ditanyakan di kelurahan.", h.getEndTime(), true, false, progress("ACTIVE"));
    }
    if (end.equals("missingDocumentsEnd") || lower.contains("dokumen")) {
      return new ApplicationStatus(row.number(), service, submitted, "STOPPED",
          "Dihentikan: dokumen belum lengkap — bawa dokumen yang kurang ke kelurahan",
          "Daftar dokumen yang harus dibawa ada di halaman SOP layanan ini dan di pemberitahuan dari kelurahan.",
          h.getEndTime(), true, false, List.of());
    }
    if (end.equals("rejectedEnd") || lower.contains("tolak")) {
      return new ApplicationStatus(row.number(), service, submitted, "REJECTED",
          "Selesai: permohonan ditolak — tanyakan alasannya di kelurahan",
          "Alasan penolakan disampaikan kepada kelurahan; Anda dapat mengajukan kembali bila keadaan berubah.",
          h.getEndTime(), true, false, List.of());
    }
    return new ApplicationStatus(row.number(), service, submitted, "DONE", name == null || name.isBlank() ? "Selesai" : name,
        "Keterangan lengkap dapat ditanyakan di kelurahan.", h.getEndTime(), true, false, List.of());
  }

  private Date activationExpected(String pid) {
    Object started = runtime.getVariable(pid, "activationWaitStarted");
    Object polling = runtime.getVariable(pid, "activationPolling");
    if (started instanceof Date s && polling instanceof Map<?, ?> p && p.get("maxWait") != null) {
      try {
        return Date.from(s.toInstant().plus(Duration.parse(p.get("maxWait").toString())));
      } catch (RuntimeException e) {
        // an unreadable duration leaves the date open
      }
    }
    Object overall = runtime.getVariable(pid, "overallDeadline");
    return overall instanceof Date d ? d : null;
  }

  private Set<String> activeActivities(String pid) {
    Set<String> ids = new LinkedHashSet<>();
    ActivityInstance root = runtime.getActivityInstance(pid);
    if (root != null) {
      collect(root, ids);
    }
    return ids;
  }

  private static void collect(ActivityInstance instance, Set<String> ids) {
    ids.add(instance.getActivityId());
    for (TransitionInstance t : instance.getChildTransitionInstances()) {
      ids.add(t.getActivityId());
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      collect(child, ids);
    }
  }

  private String nodeName(String definitionId, String nodeId) {
    BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
    FlowNode node = model == null ? null : model.getModelElementById(nodeId);
    return node == null ? null : node.getName();
  }

  private String laneName(String definitionId, String nodeId) {
    BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
    if (model == null) {
      return null;
    }
    for (Lane lane : model.getModelElementsByType(Lane.class)) {
      if (lane.getFlowNodeRefs().stream().anyMatch(n -> n.getId().equals(nodeId))) {
        return lane.getName();
      }
    }
    return null;
  }

  static List<ApplicationStatus.Milestone> progress(String code) {
    int at = -1;
    for (int i = 0; i < MILESTONES.size(); i++) {
      if (MILESTONES.get(i)[0].equals(code)) {
        at = i;
      }
    }
    if ("RETURNED".equals(code)) {
      at = 1;
    }
    if (at < 0) {
      return List.of();
    }
    List<ApplicationStatus.Milestone> list = new ArrayList<>();
    for (int i = 0; i < MILESTONES.size(); i++) {
      ApplicationStatus.State state = i < at || "ACTIVE".equals(code) ? ApplicationStatus.State.DONE
          : i == at ? ApplicationStatus.State.CURRENT : ApplicationStatus.State.TODO;
      list.add(new ApplicationStatus.Milestone(MILESTONES.get(i)[1], state));
    }
    return list;
  }

  static String serviceTitle(String requestType) {
    return switch (requestType == null ? "" : requestType) {
      case "NEW" -> "Pendaftaran Baru Peserta JKN (PBI APBD)";
      case "SWITCH_FROM_MANDIRI" -> "Peralihan dari Peserta Mandiri ke PBI APBD";
      case "URGENT_REACTIVATION" -> "Reaktivasi Mendesak (Pasien Rawat Inap)";
      case "DEACTIVATION" -> "Penonaktifan Peserta PBI APBD";
      default -> "Layanan JKN";
    };
  }

  static String joinAnd(List<String> parts) {
    if (parts.size() <= 1) {
      return parts.isEmpty() ? "" : parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " dan " + parts.get(parts.size() - 1);
  }
}
