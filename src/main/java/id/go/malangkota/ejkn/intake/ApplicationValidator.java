package id.go.malangkota.ejkn.intake;

import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import id.go.malangkota.ejkn.intake.ApplicationRequest.Member;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Checks every field of an application at once; the messages are for the officer, in Bahasa Indonesia. */
@Component
public class ApplicationValidator {

  public static final Set<String> TYPES = Set.of("NEW", "SWITCH_FROM_MANDIRI", "URGENT_REACTIVATION");
  static final Set<String> RELATIONS = Set.of("SELF", "FAMILY_MEMBER", "OTHER");
  static final Set<String> RELATIONSHIPS = Set.of("KEPALA_KELUARGA", "ISTRI", "SUAMI", "ANAK", "LAINNYA");
  static final int MAX_MEMBERS = 20;

  private final KelurahanDirectory kelurahan;
  private final Clock clock;
  private final ZoneId zone;
  private final Duration urgentWindow;

  @Autowired
  public ApplicationValidator(KelurahanDirectory kelurahan, @Value("${ejkn.timezone:Asia/Jakarta}") String zone,
      @Value("${ejkn.urgent.window:PT72H}") Duration urgentWindow) {
    this(kelurahan, Clock.systemUTC(), ZoneId.of(zone), urgentWindow);
  }

  public ApplicationValidator(KelurahanDirectory kelurahan, Clock clock, ZoneId zone, Duration urgentWindow) {
    this.kelurahan = kelurahan;
    this.clock = clock;
    this.zone = zone;
    this.urgentWindow = urgentWindow;
  }

  public List<FieldError> validate(ApplicationRequest a) {
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
    } else if (a.address().length() > 500) {
      errors.add(new FieldError("address", "Alamat terlalu panjang (maksimal 500 karakter)."));
    }
    if (blank(a.phone())) {
      errors.add(new FieldError("phone", "Nomor HP wajib diisi."));
    } else if (IdentityNumbers.normalisePhone(a.phone()).isEmpty()) {
      errors.add(new FieldError("phone", "Nomor HP tidak valid: gunakan nomor seluler Indonesia (08…, 628… atau +628…), 10–15 angka."));
    }
    if (!blank(a.email()) && !IdentityNumbers.plausibleEmail(a.email())) {
      errors.add(new FieldError("email", "Alamat surel tidak valid."));
    }
    validateSubmitter(a, errors);
    validateMembers(a, errors);
    validateAdmission(a, errors);
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
      }
      IdentityNumbers.nikProblem(s.nik()).ifPresent(m -> errors.add(new FieldError("submittedBy.nik", m)));
    } else if (!blank(s.nik())) {
      IdentityNumbers.nikProblem(s.nik()).ifPresent(m -> errors.add(new FieldError("submittedBy.nik", m)));
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
      } else if (m.name().length() > 100) {
        errors.add(new FieldError(p + ".name", "Nama terlalu panjang (maksimal 100 karakter)."));
      }
      LocalDate birth = parseDate(m.birthDate(), p + ".birthDate", errors);
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

  private LocalDate parseDate(String value, String field, List<FieldError> errors) {
    if (blank(value)) {
      errors.add(new FieldError(field, "Tanggal lahir wajib diisi (yyyy-MM-dd)."));
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
      if (d.isAfter(LocalDate.now(clock.withZone(zone)))) {
        errors.add(new FieldError(field, "Tanggal lahir tidak boleh di masa depan."));
        return null;
      }
      if (d.getYear() < 1900) {
        errors.add(new FieldError(field, "Tanggal lahir tidak masuk akal (sebelum 1900)."));
        return null;
      }
      return d;
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "Tanggal lahir tidak valid: gunakan format yyyy-MM-dd."));
      return null;
    }
  }

  private void validateAdmission(ApplicationRequest a, List<FieldError> errors) {
    boolean urgent = "URGENT_REACTIVATION".equals(a.type());
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
    Optional<ZonedDateTime> admission = parseAdmission(a.hospitalAdmission(), zone);
    if (admission.isEmpty()) {
      errors.add(new FieldError("hospitalAdmission", "Waktu masuk rawat inap tidak valid: gunakan format ISO-8601 (mis. 2026-11-26T08:30:00+07:00)."));
      return;
    }
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
    if (admission.get().isAfter(now.plusMinutes(5))) {
      errors.add(new FieldError("hospitalAdmission", "Waktu masuk rawat inap tidak boleh di masa depan."));
    } else if (admission.get().plus(urgentWindow).isBefore(now)) {
      errors.add(new FieldError("hospitalAdmission", "Waktu masuk rawat inap sudah lewat dari batas 3×24 jam; reaktivasi mendesak tidak dapat diajukan."));
    }
  }

  /** ISO-8601 with offset, or a local date-time in the city's zone. */
  public static Optional<ZonedDateTime> parseAdmission(String value, ZoneId zone) {
    try {
      return Optional.of(OffsetDateTime.parse(value).atZoneSameInstant(zone));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDateTime.parse(value).atZone(zone));
      } catch (DateTimeParseException again) {
        return Optional.empty();
      }
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
