package id.go.malangkota.ejkn.membership;

import id.go.malangkota.ejkn.bpjs.Masking;
import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import id.go.malangkota.ejkn.identity.KelurahanInstanceAccess;
import id.go.malangkota.ejkn.intake.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
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
  private final KelurahanInstanceAccess access;
  private final String tasklistStart;

  public MembershipCheckProcess(MembershipCheckService checks, KelurahanDirectory kelurahan,
      KelurahanInstanceAccess access,
      @Value("${ejkn.tasklist.start-url:/camunda/app/tasklist/default/#/?processStart=}") String tasklistStart) {
    this.checks = checks;
    this.kelurahan = kelurahan;
    this.access = access;
    this.tasklistStart = tasklistStart;
  }

  /** Start listener: a valid NIK and birth date, and the officer's kelurahan (whose group gets the result task). */
  public void register(DelegateExecution execution) {
    Authentication user = Context.getCommandContext().getAuthentication();
    boolean accessGranted = execution.hasVariable(KelurahanInstanceAccess.KELURAHAN_VARIABLE);
    Object code = execution.getVariable(KelurahanInstanceAccess.KELURAHAN_VARIABLE);
    String kelurahanCode = code != null ? code.toString() : user == null || user.getGroupIds() == null ? null
        : user.getGroupIds().stream().filter(kelurahan::isKelurahan).findFirst().orElse(null);
    String nik = string(execution, "nik");
    List<FieldError> errors = new ArrayList<>(checks.validate(nik == null ? null : nik.trim(),
        string(execution, "birthDate")));
    if (kelurahanCode == null || !kelurahan.isKelurahan(kelurahanCode)) {
      errors.add(new FieldError("kelurahanCode", "Cek kepesertaan melalui Tasklist hanya untuk petugas kelurahan."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidMembershipCheckException(errors);
    }
    execution.setVariable("nik", nik.trim());
    execution.setVariable(KelurahanInstanceAccess.KELURAHAN_VARIABLE, kelurahanCode);
    execution.setVariable("kelurahanName", kelurahan.byCode(kelurahanCode).map(k -> k.groupName()).orElse(""));
    execution.setVariable("applicantName", "NIK " + Masking.nik(nik.trim()));
    // Tasklist lists and reminders name every task's case; a check has no application number
    execution.setVariable("applicationNumber", "Cek kepesertaan");
    if (!accessGranted) {
      access.grantOnStart(execution);
    }
  }

  /** Service task: looks up, records, and writes what the result form shows. */
  public void check(DelegateExecution execution) {
    Authentication auth = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthentication();
    Object initiator = execution.getVariable("initiator");
    String user = auth != null && auth.getUserId() != null ? auth.getUserId()
        : initiator == null ? null : initiator.toString();
    String nik = string(execution, "nik");
    String birthDate = string(execution, "birthDate");
    MembershipCheckService.Outcome outcome = checks.check(nik, birthDate,
        Boolean.TRUE.equals(execution.getVariable("hospitalized")), user, string(execution, "kelurahanCode"),
        MembershipCheckService.CHANNEL_TASKLIST, execution.getProcessInstanceId());
    execution.setVariable("membershipCheckId", outcome.checkId());
    execution.setVariable("bpjsAvailable", outcome.answered());
    if (!outcome.answered()) {
      execution.setVariable("membershipStatus", MembershipCheckService.UNAVAILABLE);
      execution.setVariable("membershipSummary", "### Layanan BPJS sedang tidak dapat dihubungi, coba lagi\n\n"
          + "Data kepesertaan belum dapat diperiksa (kode " + outcome.failure().code() + "). Tutup tugas ini lalu "
          + "mulai **Cek kepesertaan JKN** lagi beberapa saat kemudian.");
      execution.setVariable("registrationLink", "");
      return;
    }
    MembershipCheck c = outcome.check();
    execution.setVariable("membershipStatus", c.status());
    execution.setVariable("membershipSegment", c.segment());
    execution.setVariable("cardNumber", c.cardNumber());
    execution.setVariable("fktp", c.fktp());
    execution.setVariable("fktpName", c.fktpName());
    execution.setVariable("suggestedApplication", c.suggestedApplication());
    execution.setVariable("advice", c.advice());
    if (c.name() != null) {
      execution.setVariable("applicantName", c.name());
    }
    execution.setVariable("membershipSummary", summary(nik, birthDate, c));
    execution.setVariable("registrationLink", link(nik, birthDate, c));
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

  private static String string(DelegateExecution execution, String name) {
    Object v = execution.getVariable(name);
    return v == null ? null : v.toString();
  }
}
