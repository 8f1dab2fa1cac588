package id.go.malangkota.ejkn.status;

import id.go.malangkota.ejkn.application.ApplicationLifecycle;
import id.go.malangkota.ejkn.application.ApplicationRegister;
import id.go.malangkota.ejkn.application.RequestType;
import id.go.malangkota.ejkn.bpjs.BpjsSubmissionService;
import id.go.malangkota.ejkn.bpjs.SubmissionVariables;
import id.go.malangkota.ejkn.identity.SystemAccess;
import id.go.malangkota.ejkn.policy.PolicyLookup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * The public status of an application, found by its number and the applicant's birth date. Where it is comes from the
 * one lifecycle view ({@link ApplicationLifecycle}: the stage the model names at the activity it waits at, or the
 * outcome of the end it reached), read as the system (no one is logged in). A wrong birth date and an unknown number
 * give the same empty answer.
 */
@Service
public class StatusService {

  /** The usual milestones and how a resident reads each stage code of the models. */
  static final List<String[]> MILESTONES = List.of(
      new String[] {"RECEIVED", "Diterima di kelurahan"},
      new String[] {"VERIFICATION", "Verifikasi instansi"},
      new String[] {"FKTP", "Penetapan puskesmas"},
      new String[] {"SIGNATURE", "Tanda tangan Kepala Dinas"},
      new String[] {"BPJS", "Aktivasi BPJS"},
      new String[] {"ACTIVE", "Selesai"});

  private final ApplicationRegister register;
  private final ApplicationLifecycle lifecycle;
  private final RuntimeService runtime;
  private final BpjsSubmissionService submissions;
  private final PolicyLookup policy;
  private final SystemAccess system;

  public StatusService(ApplicationRegister register, ApplicationLifecycle lifecycle, RuntimeService runtime,
      BpjsSubmissionService submissions, PolicyLookup policy, SystemAccess system) {
    this.register = register;
    this.lifecycle = lifecycle;
    this.runtime = runtime;
    this.submissions = submissions;
    this.policy = policy;
    this.system = system;
  }

  public static String normalise(String number) {
    return number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
  }

  public Optional<ApplicationStatus> find(String number, LocalDate birthDate) {
    return system.read(() -> register.summary(normalise(number))
        .filter(row -> row.applicantBirthDate() != null && row.applicantBirthDate().equals(birthDate))
        .flatMap(row -> lifecycle.of(row.applicationNumber(), row.processInstanceId()).map(v -> status(row, v))));
  }

  private ApplicationStatus status(ApplicationRegister.Summary row, ApplicationLifecycle.View v) {
    String service = row.type().label();
    Date submitted = row.createdAt() == null ? null : Date.from(row.createdAt());
    if (!v.running()) {
      return ended(row, v, service, submitted);
    }
    Date now = new Date();
    String code = v.stage() == null ? "IN_PROGRESS" : v.stage();
    Date due = v.latestDue().orElse(null);
    String stage;
    String detail = null;
    switch (code) {
      case "VERIFICATION" -> {
        Set<String> agencies = new LinkedHashSet<>();
        v.tasks().stream().filter(t -> "VERIFICATION".equals(t.stage())).forEach(t -> agencies.add(t.lane()));
        stage = "Sedang diverifikasi oleh " + joinAnd(new ArrayList<>(agencies));
        detail = "Setiap instansi memeriksa data sesuai kewenangannya; pemeriksaan berjalan bersamaan.";
      }
      case "RETURNED" -> {
        stage = "Dikembalikan ke kelurahan untuk dilengkapi atau diperbaiki";
        detail = "Silakan hubungi kantor kelurahan tempat Anda mengajukan; bawa tanda terima permohonan.";
      }
      case "FKTP" -> {
        stage = "Dinas Kesehatan sedang menetapkan puskesmas (FKTP) Anda";
        detail = "Verifikasi instansi sudah selesai.";
      }
      case "SIGNATURE" -> {
        stage = "Menunggu tanda tangan Kepala Dinas Kesehatan";
        detail = "Verifikasi instansi sudah selesai.";
      }
      case "BPJS" -> {
        stage = "Menunggu aktivasi BPJS";
        Map<String, Object> plan = policy.required(BpjsSubmissionService.POLLING,
            Map.of("requestType", row.type().name()));
        detail = "Pengajuan sudah ditandatangani dan dikirim ke BPJS Kesehatan; kartu aktif " + plan.get("residentLabel")
            + ".";
        if (due == null) {
          due = bpjsExpected(row);
        }
      }
      case "RECEIVED" -> {
        stage = "Permohonan diterima, sedang diperiksa sistem";
        detail = "Sistem memeriksa kelengkapan dokumen dan status kepesertaan BPJS; tahap ini biasanya selesai dalam "
            + "beberapa menit.";
      }
      default -> stage = v.tasks().isEmpty() ? "Sedang diproses"
          : v.tasks().get(0).lane() == null ? "Sedang diproses: " + v.tasks().get(0).name()
          : "Sedang diproses oleh " + v.tasks().get(0).lane();
    }
    if (row.type() == RequestType.URGENT_REACTIVATION) {
      // the hospital needs the card by the 3×24-hour deadline: no stage of an urgent reactivation promises later
      Date deadline = register.find(row.applicationNumber()).map(a -> a.overallDeadline()).map(Date::from)
          .orElse(null);
      if (deadline != null && (due == null || due.after(deadline))) {
        due = deadline;
      }
    }
    boolean overdue = due != null && due.before(now);
    return new ApplicationStatus(row.applicationNumber(), service, submitted, code, stage, detail, due, false, overdue,
        progress(code));
  }

  /** Waiting for BPJS without an open task: the submission's wait start plus the polling table's maximum wait. */
  private Date bpjsExpected(ApplicationRegister.Summary row) {
    for (ProcessInstance pi : runtime.createProcessInstanceQuery().processInstanceBusinessKey(row.applicationNumber())
        .processDefinitionKey(SubmissionVariables.PROCESS).active().list()) {
      Object started = runtime.getVariable(pi.getId(), SubmissionVariables.WAIT_STARTED);
      if (started instanceof Date s) {
        return Date.from(submissions.expectedBy(row.type(), s.toInstant()));
      }
    }
    return null;
  }

  private ApplicationStatus ended(ApplicationRegister.Summary row, ApplicationLifecycle.View v, String service,
      Date submitted) {
    String outcome = v.outcome() == null ? "" : v.outcome();
    return switch (outcome) {
      case "ACTIVE" -> new ApplicationStatus(row.applicationNumber(), service, submitted, "ACTIVE",
          "Selesai: kartu KIS aktif", "Kartu KIS dapat digunakan di puskesmas (FKTP) yang ditetapkan. Hasil untuk setiap "
              + "anggota keluarga dapat ditanyakan di kelurahan.", v.endedAt(), true, false, progress("ACTIVE"));
      // a deactivation ends a membership: never "kartu KIS aktif" (the register holds no deactivation today)
      case "DEACTIVATED" -> new ApplicationStatus(row.applicationNumber(), service, submitted, "DEACTIVATED",
          "Selesai: kepesertaan dinonaktifkan", "Keterangan lengkap dapat ditanyakan di kelurahan.", v.endedAt(), true,
          false, List.of());
      case "STOPPED" -> new ApplicationStatus(row.applicationNumber(), service, submitted, "STOPPED",
          "Dihentikan: dokumen belum lengkap — bawa dokumen yang kurang ke kelurahan",
          "Daftar dokumen yang harus dibawa ada di halaman SOP layanan ini dan di pemberitahuan dari kelurahan.",
          v.endedAt(), true, false, List.of());
      case "REJECTED" -> new ApplicationStatus(row.applicationNumber(), service, submitted, "REJECTED",
          "Selesai: permohonan ditolak — tanyakan alasannya di kelurahan",
          "Alasan penolakan disampaikan kepada kelurahan; Anda dapat mengajukan kembali bila keadaan berubah.",
          v.endedAt(), true, false, List.of());
      case ApplicationLifecycle.CANCELLED -> new ApplicationStatus(row.applicationNumber(), service, submitted,
          "CANCELLED", "Permohonan dibatalkan", "Tanyakan keterangannya di kantor kelurahan tempat Anda mengajukan.",
          v.endedAt(), true, false, List.of());
      default -> new ApplicationStatus(row.applicationNumber(), service, submitted, "DONE",
          v.endActivityName() == null || v.endActivityName().isBlank() ? "Selesai" : v.endActivityName(),
          "Keterangan lengkap dapat ditanyakan di kelurahan.", v.endedAt(), true, false, List.of());
    };
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

  static String joinAnd(List<String> parts) {
    if (parts.size() <= 1) {
      return parts.isEmpty() ? "" : parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " dan " + parts.get(parts.size() - 1);
  }
}
