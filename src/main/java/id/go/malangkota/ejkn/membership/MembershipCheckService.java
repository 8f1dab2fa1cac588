package id.go.malangkota.ejkn.membership;

import id.go.malangkota.ejkn.bpjs.BpjsClient;
import id.go.malangkota.ejkn.bpjs.BpjsException;
import id.go.malangkota.ejkn.bpjs.Masking;
import id.go.malangkota.ejkn.bpjs.MembershipStatus;
import id.go.malangkota.ejkn.bpjs.Participant;
import id.go.malangkota.ejkn.bpjs.Segment;
import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import id.go.malangkota.ejkn.identity.StaffGroups;
import id.go.malangkota.ejkn.intake.ApplicationService;
import id.go.malangkota.ejkn.intake.ApplicationValidator;
import id.go.malangkota.ejkn.intake.FieldError;
import id.go.malangkota.ejkn.policy.PolicyLookup;
import id.go.malangkota.ejkn.intake.IdentityNumbers;
import id.go.malangkota.ejkn.verification.EligibilityService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Cek kepesertaan: what officers ask BPJS's CHIKA assistant today (NIK + date of birth), inside the system, through
 * the real BPJS client. Every look-up is recorded for the audit trail (who, whom, when, result). Which application
 * to suggest comes from the {@code jkn-eligibility} table, so the advice never contradicts the policy.
 */
@Service
public class MembershipCheckService {

  private static final Logger log = LoggerFactory.getLogger(MembershipCheckService.class);

  public static final String CHANNEL_API = "API";
  public static final String CHANNEL_TASKLIST = "TASKLIST";
  /** Result status of a check that BPJS could not answer. */
  public static final String UNAVAILABLE = "BPJS_UNAVAILABLE";

  /**
   * Groups that may look a person up: kelurahan officers (before any request) and the agencies that work the
   * requests (to check a status during verification). Auditors and process owners read the trail, not people.
   */
  static final Set<String> AGENCIES = Set.of(StaffGroups.DISPENDUKCAPIL, StaffGroups.DINSOS, StaffGroups.DISNAKER,
      StaffGroups.DINKES, StaffGroups.KADINKES, StaffGroups.ADMIN);

  static final Map<String, String> APPLICATION_TEXT = Map.of(
      "NEW", "Pendaftaran baru (PBI APBD)",
      "SWITCH_FROM_MANDIRI", "Peralihan dari peserta mandiri (PBPU) ke PBI APBD",
      "URGENT_REACTIVATION", "Reaktivasi mendesak (rawat inap, 3×24 jam)",
      "NONE", "Tidak perlu permohonan");

  /** The outcome of one check, for the API (which answers 503) and the process (which shows a message). */
  public record Outcome(MembershipCheck check, BpjsException failure, String checkId) {
    public boolean answered() {
      return failure == null;
    }
  }

  /** The order in which the request types are considered for a suggestion (policy table). */
  public static final String SUGGESTIONS = "suggested-requests";

  private final BpjsClient bpjs;
  private final EligibilityService eligibility;
  private final MembershipCheckLog trail;
  private final KelurahanDirectory kelurahan;
  private final PolicyLookup policy;
  private final ZoneId zone;

  public MembershipCheckService(BpjsClient bpjs, EligibilityService eligibility, MembershipCheckLog trail,
      KelurahanDirectory kelurahan, PolicyLookup policy, @Value("${ejkn.timezone:Asia/Jakarta}") String zone) {
    this.policy = policy;
    this.bpjs = bpjs;
    this.eligibility = eligibility;
    this.trail = trail;
    this.kelurahan = kelurahan;
    this.zone = ZoneId.of(zone);
  }

  /** Field errors of a NIK and a birth date (yyyy-MM-dd) that must belong together, all at once. */
  public List<FieldError> validate(String nik, String birthDate) {
    List<FieldError> errors = new ArrayList<>();
    IdentityNumbers.nikProblem(nik).ifPresent(m -> errors.add(new FieldError("nik", m)));
    LocalDate date = null;
    if (birthDate == null || birthDate.isBlank()) {
      errors.add(new FieldError("birthDate", "Tanggal lahir wajib diisi (yyyy-MM-dd)."));
    } else {
      date = ApplicationValidator.parseDate(birthDate.strip()).orElse(null);
      if (date == null) {
        errors.add(new FieldError("birthDate", "Tanggal lahir tidak valid: gunakan format yyyy-MM-dd."));
      } else if (date.isAfter(LocalDate.now(Clock.system(zone)))) {
        errors.add(new FieldError("birthDate", "Tanggal lahir tidak boleh di masa depan."));
      }
    }
    if (date != null && errors.isEmpty()) {
      IdentityNumbers.nikBirthDateProblem(nik, date).ifPresent(m -> errors.add(new FieldError("birthDate", m)));
    }
    return errors;
  }

  /** Whether these groups may look people up; throws 403 otherwise. Returns the caller's kelurahan, if any. */
  public String requireOfficer(List<String> groups) {
    List<String> g = groups == null ? List.of() : groups;
    String own = g.stream().filter(kelurahan::isKelurahan).findFirst().orElse(null);
    if (own == null && g.stream().noneMatch(AGENCIES::contains)) {
      throw new ApplicationService.ForbiddenException("NOT_ALLOWED_TO_CHECK",
          "Cek kepesertaan hanya untuk petugas kelurahan dan petugas instansi yang memverifikasi.");
    }
    return own;
  }

  /**
   * Validates, looks the person up at BPJS and records the check. Validation errors throw (nothing is looked up or
   * recorded); BPJS failures are recorded and returned, for the caller to present.
   */
  public Outcome check(String nik, String birthDate, boolean hospitalized, String user, String kelurahanCode,
      String channel, String processInstanceId) {
    List<FieldError> errors = validate(nik, birthDate);
    if (!errors.isEmpty()) {
      throw new InvalidMembershipCheckException(errors);
    }
    LocalDate born = ApplicationValidator.parseDate(birthDate.strip()).orElseThrow();
    Participant p;
    try {
      p = bpjs.findByNik(nik);
    } catch (BpjsException e) {
      String id = trail.record(user, kelurahanCode, channel, nik, born, UNAVAILABLE, null, e.code(), processInstanceId,
          ClockUtil.getCurrentTime().toInstant());
      log.info("Cek kepesertaan NIK {} oleh {} gagal: {}", Masking.nik(nik), user, e.code());
      return new Outcome(null, e, id);
    }
    String id = trail.record(user, kelurahanCode, channel, nik, born, p.status().name(), p.segment().name(), null,
        processInstanceId, ClockUtil.getCurrentTime().toInstant());
    log.info("Cek kepesertaan NIK {} oleh {}: {} {}", Masking.nik(nik), user, p.status(), p.segment());
    return new Outcome(answer(p, born, hospitalized, id), null, id);
  }

  MembershipCheck answer(Participant p, LocalDate born, boolean hospitalized, String checkId) {
    String status = p.status().name();
    String segment = p.segment().name();
    // the application the policy table would accept, in the order the suggested-requests table considers them
    List<String> order = policy.all(SUGGESTIONS, Map.of("hospitalized", hospitalized)).stream()
        .map(r -> String.valueOf(r.get("requestType"))).toList();
    String suggestion = "NONE";
    EligibilityService.Verdict chosen = null;
    for (String type : order) {
      EligibilityService.Verdict v = eligibility.evaluate(new EligibilityService.Facts(type, true, status, segment,
          false, true, true, true, null));
      if (v.eligible()) {
        suggestion = type;
        chosen = v;
        break;
      }
    }
    StringBuilder advice = new StringBuilder();
    if (chosen == null) {
      advice.append(eligibility.evaluate(new EligibilityService.Facts("NEW", true, status, segment, false, true, true,
          true, null)).reasonText());
    } else {
      advice.append("Dapat diajukan: ").append(APPLICATION_TEXT.get(suggestion)).append(". ")
          .append("Syarat kelayakan lain (domisili, data DTKS, bukan pekerja formal) tetap diverifikasi instansi.");
      if (!hospitalized && p.status() == MembershipStatus.INACTIVE && eligibility.evaluate(new EligibilityService.Facts(
          "URGENT_REACTIVATION", true, status, segment, false, true, true, true, null)).eligible()) {
        advice.append(" Bila peserta sedang dirawat inap, ajukan Reaktivasi mendesak (kartu aktif dalam 3×24 jam).");
      }
    }
    Boolean birthDateMatches = p.birthDate() == null ? null : p.birthDate().equals(born);
    if (Boolean.FALSE.equals(birthDateMatches)) {
      advice.append(" Tanggal lahir di data BPJS berbeda dengan yang dimasukkan; periksa KTP/KK dan minta perbaikan "
          + "data ke BPJS bila perlu.");
    }
    return new MembershipCheck(status, segment, p.cardNumber(), p.fktp() == null ? null : p.fktp().code(),
        MembershipStatus.labelOf(status), Segment.labelOf(segment), p.name(), p.fktp() == null ? null : p.fktp().name(),
        p.careClass() == null ? null : p.careClass().name(), suggestion, APPLICATION_TEXT.get(suggestion),
        advice.toString(), birthDateMatches, checkId);
  }

  public List<MembershipCheckLog.Entry> trailOf(String nik) {
    return trail.byNik(nik);
  }
}
