package id.go.malangkota.ejkn.intake;

import id.go.malangkota.ejkn.application.RequestType;
import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import id.go.malangkota.ejkn.intake.ApplicationRequest.Member;
import id.go.malangkota.ejkn.policy.DocumentFlags;
import id.go.malangkota.ejkn.policy.UrgentWindow;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks every field of an application at once; the messages are for the officer, in Bahasa Indonesia. Every string
 * has a length limit and may not carry control characters; dates have exactly one format; document flags must be
 * ones the {@code required-documents} table knows.
 */
@Component
public class ApplicationValidator {

  public static final Set<String> TYPES = Set.of(RequestType.NEW.name(), RequestType.SWITCH_FROM_MANDIRI.name(),
      RequestType.URGENT_REACTIVATION.name());
  static final Set<String> RELATIONS = Set.of("SELF", "FAMILY_MEMBER", "OTHER");
  static final Set<String> RELATIONSHIPS = Set.of("KEPALA_KELUARGA", "ISTRI", "SUAMI", "ANAK", "LAINNYA");
  static final int MAX_MEMBERS = 20;
  static final int MAX_NAME = 100;
  static final int MAX_ADDRESS = 500;
  static final int MAX_EMAIL = 254;
  static final int MAX_CODE = 40;
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final KelurahanDirectory kelurahan;
  private final DocumentFlags documentFlags;
  private final UrgentWindow urgentWindow;
  private final Clock clock;
  private final ZoneId zone;

  @Autowired
  public ApplicationValidator(KelurahanDirectory kelurahan, DocumentFlags documentFlags, UrgentWindow urgentWindow,
      @Value("${ejkn.timezone:Asia/Jakarta}") String zone) {
    this(kelurahan, documentFlags, urgentWindow, Clock.systemUTC(), ZoneId.of(zone));
  }

  public ApplicationValidator(KelurahanDirectory kelurahan, DocumentFlags documentFlags, UrgentWindow urgentWindow,
      Clock clock, ZoneId zone) {
    this.kelurahan = kelurahan;
    this.documentFlags = documentFlags;
    this.urgentWindow = urgentWindow;
    this.clock = clock;
    this.zone = zone;
  }

  /** A new application. */
  public List<FieldError> validate(ApplicationRequest a) {
    return check(a, true);
  }

  /** A correction of a registered application: the admission may by now be older than the window. */
  public List<FieldError> validateCorrection(ApplicationRequest a) {
    return check(a, false);
  }

  private List<FieldError> check(ApplicationRequest a, boolean admissionMustBeRecent) {
    List<FieldError> errors = new ArrayList<>();
    if (a == null) {
      errors.add(new FieldError("", "Data permohonan kosong."));
      return errors;
    }
    if (blank(a.type())) {
      errors.add(new FieldError("type", "Jenis permohonan wajib diisi."));
    } else if (!TYPES.contains(a.type())) {
      errors.add(new FieldError("type", "Jenis permohonan tidak dikenal: gunakan NEW, SWITCH_FROM_MANDIRI atau URGENT_REACTIVATION."));
    }
    if (blank(a.kelurahanCode())) {
      errors.add(new FieldError("kelurahanCode", "Kode kelurahan wajib diisi."));
    } else if (!kelurahan.isKelurahan(a.kelurahanCode())) {
      errors.add(new FieldError("kelurahanCode", "Kode kelurahan tidak dikenal di Kota Malang."));
    }
    IdentityNumbers.familyCardProblem(a.familyCardNumber()).ifPresent(m -> errors.add(new FieldError("familyCardNumber", m)));
    if (blank(a.address())) {
      errors.add(new FieldError("address", "Alamat wajib diisi."));
    } else {
      text(a.address(), "address", "Alamat", MAX_ADDRESS, true, errors);
    }
    if (blank(a.phone())) {
      errors.add(new FieldError("phone", "Nomor HP wajib diisi."));
    } else if (a.phone().length() > MAX_CODE || IdentityNumbers.normalisePhone(a.phone()).isEmpty()) {
      errors.add(new FieldError("phone", "Nomor HP tidak valid: gunakan nomor seluler Indonesia (08…, 628… atau +628…), 10–15 angka."));
    }
    if (!blank(a.email()) && (a.email().length() > MAX_EMAIL || !IdentityNumbers.plausibleEmail(a.email())
        || hasControlCharacters(a.email(), false))) {
      errors.add(new FieldError("email", "Alamat surel tidak valid."));
    }
    validateSubmitter(a, errors);
    validateMembers(a, errors);
    validateDocuments(a.documents(), errors);
    validateAdmission(a, admissionMustBeRecent, errors);
    return errors;
  }

  private void validateSubmitter(ApplicationRequest a, List<FieldError> errors) {
    var s = a.submittedBy();
    if (s == null || blank(s.relation())) {
      errors.add(new FieldError("submittedBy.relation", "Pihak yang mengajukan wajib diisi (SELF, FAMILY_MEMBER atau OTHER)."));
      return;
    }
    if (!RELATIONS.contains(s.relation())) {
      errors.add(new FieldError("submittedBy.relation", "Pihak yang mengajukan tidak dikenal: gunakan SELF, FAMILY_MEMBER atau OTHER."));
      return;
    }
    if (!"SELF".equals(s.relation())) {
      if (blank(s.name())) {
        errors.add(new FieldError("submittedBy.name", "Nama yang mengajukan wajib diisi."));
      } else {
        text(s.name(), "submittedBy.name", "Nama yang mengajukan", MAX_NAME, false, errors);
      }
      IdentityNumbers.nikProblem(s.nik()).ifPresent(m -> errors.add(new FieldError("submittedBy.nik", m)));
    } else {
      if (!blank(s.nik())) {
        IdentityNumbers.nikProblem(s.nik()).ifPresent(m -> errors.add(new FieldError("submittedBy.nik", m)));
      }
      if (!blank(s.name())) {
        text(s.name(), "submittedBy.name", "Nama yang mengajukan", MAX_NAME, false, errors);
      }
    }
  }

  private void validateMembers(ApplicationRequest a, List<FieldError> errors) {
    List<Member> members = a.members();
    if (members == null || members.isEmpty()) {
      errors.add(new FieldError("members", "Isi seluruh anggota keluarga sesuai KK (minimal satu)."));
      return;
    }
    if (members.size() > MAX_MEMBERS) {
      errors.add(new FieldError("members", "Anggota keluarga terlalu banyak (maksimal " + MAX_MEMBERS + ")."));
      return;
    }
    Set<String> seen = new HashSet<>();
    int heads = 0;
    for (int i = 0; i < members.size(); i++) {
      Member m = members.get(i);
      String p = "members[" + i + "]";
      if (m == null) {
        errors.add(new FieldError(p, "Data anggota kosong."));
        continue;
      }
      Optional<String> nikProblem = IdentityNumbers.nikProblem(m.nik());
      nikProblem.ifPresent(msg -> errors.add(new FieldError(p + ".nik", msg)));
      if (nikProblem.isEmpty() && !seen.add(m.nik())) {
        errors.add(new FieldError(p + ".nik", "NIK ini tercantum lebih dari sekali."));
      }
      if (blank(m.name())) {
        errors.add(new FieldError(p + ".name", "Nama wajib diisi."));
      } else {
        text(m.name(), p + ".name", "Nama", MAX_NAME, false, errors);
      }
      LocalDate birth = parseBirthDate(m.birthDate(), p + ".birthDate", errors);
      if (birth != null && nikProblem.isEmpty()) {
        IdentityNumbers.nikBirthDateProblem(m.nik(), birth).ifPresent(msg -> errors.add(new FieldError(p + ".birthDate", msg)));
      }
      if (blank(m.relationship())) {
        errors.add(new FieldError(p + ".relationship", "Hubungan dalam keluarga wajib diisi."));
      } else if (!RELATIONSHIPS.contains(m.relationship())) {
        errors.add(new FieldError(p + ".relationship", "Hubungan tidak dikenal: KEPALA_KELUARGA, ISTRI, SUAMI, ANAK atau LAINNYA."));
      } else if ("KEPALA_KELUARGA".equals(m.relationship())) {
        heads++;
      }
    }
    if (heads > 1) {
      errors.add(new FieldError("members", "Satu KK hanya memiliki satu kepala keluarga."));
    }
    if (a.candidates().isEmpty()) {
      errors.add(new FieldError("members", "Centang minimal satu anggota keluarga yang didaftarkan (calon peserta)."));
    }
    var s = a.submittedBy();
    if (s != null && "SELF".equals(s.relation()) && !blank(s.nik()) && !seen.contains(s.nik())) {
      errors.add(new FieldError("submittedBy.nik", "Pemohon sendiri harus tercantum sebagai anggota keluarga."));
    }
  }

  private void validateDocuments(Map<String, Boolean> documents, List<FieldError> errors) {
    if (documents == null) {
      return;
    }
    Set<String> known = documentFlags.known();
    for (var entry : documents.entrySet()) {
      if (!known.contains(entry.getKey())) {
        String key = entry.getKey().length() > MAX_CODE ? entry.getKey().substring(0, MAX_CODE) + "…" : entry.getKey();
        errors.add(new FieldError("documents." + clean(key), "Jenis dokumen tidak dikenal. Pilihan: "
            + String.join(", ", known) + "."));
        if (errors.size() > 50) {
          return;
        }
      }
    }
  }

  /** Exactly {@code yyyy-MM-dd}: nothing before or after it. */
  private LocalDate parseBirthDate(String value, String field, List<FieldError> errors) {
    if (blank(value)) {
      errors.add(new FieldError(field, "Tanggal lahir wajib diisi (yyyy-MM-dd)."));
      return null;
    }
    LocalDate d = parseDate(value).orElse(null);
    if (d == null) {
      errors.add(new FieldError(field, "Tanggal lahir tidak valid: gunakan format yyyy-MM-dd, mis. 1985-03-12."));
      return null;
    }
    if (d.isAfter(LocalDate.now(clock.withZone(zone)))) {
      errors.add(new FieldError(field, "Tanggal lahir tidak boleh di masa depan."));
      return null;
    }
    if (d.getYear() < 1900) {
      errors.add(new FieldError(field, "Tanggal lahir tidak masuk akal (sebelum 1900)."));
      return null;
    }
    return d;
  }

  public static Optional<LocalDate> parseDate(String value) {
    if (value == null || value.length() != 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value, DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private void validateAdmission(ApplicationRequest a, boolean mustBeRecent, List<FieldError> errors) {
    boolean urgent = RequestType.URGENT_REACTIVATION.name().equals(a.type());
    if (!urgent) {
      if (!blank(a.hospitalAdmission())) {
        errors.add(new FieldError("hospitalAdmission", "Waktu masuk rumah sakit hanya diisi untuk reaktivasi mendesak."));
      }
      return;
    }
    if (blank(a.hospitalAdmission())) {
      errors.add(new FieldError("hospitalAdmission", "Waktu masuk rawat inap wajib diisi untuk reaktivasi mendesak."));
      return;
    }
    Optional<ZonedDateTime> admission = a.hospitalAdmission().length() > MAX_CODE ? Optional.empty()
        : parseAdmission(a.hospitalAdmission(), zone);
    if (admission.isEmpty()) {
      errors.add(new FieldError("hospitalAdmission", "Waktu masuk rawat inap tidak valid: gunakan format ISO-8601 (mis. 2026-11-26T08:30:00+07:00)."));
      return;
    }
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
    Duration window = urgentWindow.window(RequestType.URGENT_REACTIVATION);
    if (admission.get().isAfter(now.plusMinutes(5))) {
      errors.add(new FieldError("hospitalAdmission", "Waktu masuk rawat inap tidak boleh di masa depan."));
    } else if (mustBeRecent && admission.get().isBefore(now.minus(window))) {
      errors.add(new FieldError("hospitalAdmission", "Waktu masuk rawat inap sudah lewat dari batas 3×24 jam; reaktivasi mendesak tidak dapat diajukan."));
    } else if (admission.get().getYear() < 1900) {
      errors.add(new FieldError("hospitalAdmission", "Waktu masuk rawat inap tidak masuk akal."));
    }
  }

  /** ISO-8601 with offset, or a local date-time in the city's zone; years outside 1900–9999 are not dates. */
  public static Optional<ZonedDateTime> parseAdmission(String value, ZoneId zone) {
    if (value == null || value.length() > MAX_CODE || !value.matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})?")) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value).atZoneSameInstant(zone));
    } catch (DateTimeException e) {
      try {
        return Optional.of(LocalDateTime.parse(value).atZone(zone));
      } catch (DateTimeException again) {
        return Optional.empty();
      }
    }
  }

  /** A free text: its length limit, and no control characters (line breaks only where the field allows them). */
  static void text(String value, String field, String label, int max, boolean lineBreaks, List<FieldError> errors) {
    if (value.length() > max) {
      errors.add(new FieldError(field, label + " terlalu panjang (maksimal " + max + " karakter)."));
    } else if (hasControlCharacters(value, lineBreaks)) {
      errors.add(new FieldError(field, label + " memuat karakter yang tidak diperbolehkan (karakter kendali)."));
    }
  }

  static boolean hasControlCharacters(String s, boolean lineBreaks) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (lineBreaks && (c == '\n' || c == '\r' || c == '\t')) {
        continue;
      }
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  private static String clean(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().filter(c -> !Character.isISOControl(c)).forEach(b::appendCodePoint);
    return b.toString();
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
