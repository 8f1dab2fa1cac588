package id.go.malangkota.ejkn.membership;

import id.go.malangkota.ejkn.bpjs.Masking;
import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import id.go.malangkota.ejkn.identity.Actor;
import id.go.malangkota.ejkn.intake.KelurahanNotYoursException;
import id.go.malangkota.ejkn.intake.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The Tasklist face of the membership check (process {@code jkn-membership-check}): the start form asks NIK and
 * birth date, the service task looks the person up, and the result task shows the answer in Bahasa Indonesia with
 * a link to start the suggested request. BPJS being unavailable is an answer here ("coba lagi"), not an incident.
 *
 * <p>Tasklist 7.24 opens its start dialog for a process from {@code #/?processStart=<key>}, but it cannot prefill
 * a start form from the URL (it loads start-form variables from the definition only). So the result shows the data
 * to enter right next to the link.
 */
@Service
public class MembershipCheckProcess {

  private final MembershipCheckService checks;
  private final KelurahanDirectory kelurahan;
  private final String tasklistStart;

  /** What the result task shows. */
  public record Result(String status, String suggestedApplication, String applicantName, String summary, String link) {}

  public MembershipCheckProcess(MembershipCheckService checks, KelurahanDirectory kelurahan,
      @Value("${ejkn.tasklist.start-url:/camunda/app/tasklist/default/#/?processStart=}") String tasklistStart) {
    this.checks = checks;
    this.kelurahan = kelurahan;
    this.tasklistStart = tasklistStart;
  }

  /** A valid NIK and birth date, and the kelurahan of the officer (whose group gets the result task). */
  public String register(String nik, String birthDate, String requestedKelurahan, Actor actor) {
    List<String> own = actor.groups().stream().filter(kelurahan::isKelurahan).toList();
    String kelurahanCode = actor.isSystem() || actor.isAdmin() ? requestedKelurahan
        : own.size() == 1 ? own.get(0) : null;
    List<FieldError> errors = new ArrayList<>(checks.validate(nik, birthDate));
    if (kelurahanCode == null || !kelurahan.isKelurahan(kelurahanCode)) {
      errors.add(new FieldError("kelurahanCode", "Cek kepesertaan melalui Tasklist hanya untuk petugas kelurahan."));
    } else if (requestedKelurahan != null && !requestedKelurahan.equals(kelurahanCode)) {
      throw new KelurahanNotYoursException();
    }
    if (!errors.isEmpty()) {
      throw new InvalidMembershipCheckException(errors);
    }
    return kelurahanCode;
  }

  public String kelurahanName(String code) {
    return kelurahan.byCode(code).map(k -> k.groupName()).orElse("");
  }

  /** Looks up, records, and prepares what the result form shows. */
  public Result check(String nik, String birthDate, boolean hospitalized, String user, String kelurahanCode,
      String processInstanceId) {
    MembershipCheckService.Outcome outcome = checks.check(nik, birthDate, hospitalized, user, kelurahanCode,
        MembershipCheckService.CHANNEL_TASKLIST, processInstanceId);
    if (!outcome.answered()) {
      return new Result(MembershipCheckService.UNAVAILABLE, null, null,
          "### Layanan BPJS sedang tidak dapat dihubungi, coba lagi\n\n"
          + "Data kepesertaan belum dapat diperiksa (kode " + outcome.failure().code() + "). Tutup tugas ini lalu "
          + "mulai **Cek kepesertaan JKN** lagi beberapa saat kemudian.", "");
    }
    MembershipCheck c = outcome.check();
    return new Result(c.status(), c.suggestedApplication(), c.name(), summary(nik, birthDate, c),
        link(nik, birthDate, c));
  }

  static String summary(String nik, String birthDate, MembershipCheck c) {
    StringBuilder md = new StringBuilder();
    md.append("### Status: ").append(c.statusText()).append("\n\n");
    md.append("| NIK | Tanggal lahir | Nama (data BPJS) | Segmen | No. kartu KIS | FKTP | Kelas |\n")
        .append("|---|---|---|---|---|---|---|\n");
    md.append("| ").append(nik).append(" | ").append(birthDate).append(" | ").append(dash(c.name())).append(" | ")
        .append(c.segmentText()).append(" | ").append(dash(c.cardNumber())).append(" | ")
        .append(c.fktpName() == null ? "—" : c.fktpName() + " (" + c.fktp() + ")").append(" | ")
        .append(dash(c.careClass())).append(" |\n\n");
    md.append("**Saran:** ").append(c.suggestedApplicationText()).append(". ").append(c.advice());
    return md.toString();
  }

  String link(String nik, String birthDate, MembershipCheck c) {
    if ("NONE".equals(c.suggestedApplication())) {
      return "PBI_APBD".equals(c.segment()) && "ACTIVE".equals(c.status())
          ? "Bila peserta meninggal dunia, pindah, bekerja formal atau tidak lagi memenuhi syarat: ["
              + "Ajukan penonaktifan](" + tasklistStart + "jkn-deactivation) dengan NIK " + nik + "."
          : "";
    }
    // urgent reactivation has its own start (process jkn-urgent-reactivation); NEW and SWITCH share the registration's
    String process = "URGENT_REACTIVATION".equals(c.suggestedApplication()) ? "jkn-urgent-reactivation"
        : "jkn-registration";
    return "#### Mulai permohonan\n\n[Mulai permohonan: " + MembershipCheckService.APPLICATION_TEXT
        .get(c.suggestedApplication()) + "](" + tasklistStart + process + ")\n\n"
        + "Tasklist belum dapat mengisi formulir secara otomatis; salin data ini ke formulir: **NIK** " + nik
        + " · **Tanggal lahir** " + birthDate + (c.name() == null ? "" : " · **Nama** " + c.name())
        + " · **Jenis permohonan** " + MembershipCheckService.APPLICATION_TEXT.get(c.suggestedApplication()) + ".";
  }

  private static String dash(String s) {
    return s == null || s.isBlank() ? "—" : s.replace('|', '/');
  }
}
