package id.go.malangkota.ejkn.deactivation;

import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import id.go.malangkota.ejkn.intake.FieldError;
import id.go.malangkota.ejkn.intake.IdentityNumbers;
import id.go.malangkota.ejkn.policy.DocumentFlags;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Checks every field of a deactivation request at once; messages in Bahasa Indonesia for the officer. */
@Component
public class DeactivationValidator {

  static final int MAX_NOTE = 1000;
  static final int MAX_EMAIL = 254;

  private final KelurahanDirectory kelurahan;
  private final DocumentFlags documentFlags;

  public DeactivationValidator(KelurahanDirectory kelurahan, DocumentFlags documentFlags) {
    this.kelurahan = kelurahan;
    this.documentFlags = documentFlags;
  }

  public List<FieldError> validate(DeactivationRequest d) {
    List<FieldError> errors = new ArrayList<>();
    if (d == null) {
      errors.add(new FieldError("", "Data permohonan penonaktifan kosong."));
      return errors;
    }
    if (blank(d.kelurahanCode())) {
      errors.add(new FieldError("kelurahanCode", "Kode kelurahan wajib diisi."));
    } else if (!kelurahan.isKelurahan(d.kelurahanCode())) {
      errors.add(new FieldError("kelurahanCode", "Kode kelurahan tidak dikenal di Kota Malang."));
    }
    IdentityNumbers.nikProblem(d.nik()).ifPresent(m -> errors.add(new FieldError("nik", m)));
    if (blank(d.reason())) {
      errors.add(new FieldError("reason", "Alasan penonaktifan wajib diisi."));
    } else if (!DeactivationReasons.known(d.reason())) {
      errors.add(new FieldError("reason", "Alasan penonaktifan tidak dikenal: gunakan DECEASED, MOVED_OUT, "
          + "FORMAL_WORKER, COVERED_BY_APBN, DUPLICATE atau NO_LONGER_ELIGIBLE."));
    }
    if (d.note() != null) {
      if (d.note().length() > MAX_NOTE) {
        errors.add(new FieldError("note", "Catatan terlalu panjang (maksimal " + MAX_NOTE + " karakter)."));
      } else if (controlCharacters(d.note())) {
        errors.add(new FieldError("note", "Catatan memuat karakter yang tidak diperbolehkan (karakter kendali)."));
      }
    }
    if (!blank(d.email()) && (d.email().length() > MAX_EMAIL || !IdentityNumbers.plausibleEmail(d.email())
        || controlCharacters(d.email()))) {
      errors.add(new FieldError("email", "Alamat surel tidak valid."));
    }
    if (d.documents() != null) {
      Set<String> known = documentFlags.known();
      for (var e : d.documents().entrySet()) {
        if (!known.contains(e.getKey())) {
          errors.add(new FieldError("documents." + e.getKey().substring(0, Math.min(40, e.getKey().length())),
              "Jenis dokumen tidak dikenal."));
          if (errors.size() > 50) {
            break;
          }
        } else if (e.getValue() == null) {
          errors.add(new FieldError("documents." + e.getKey(), "Isi true (diserahkan) atau false (belum)."));
        }
      }
    }
    return errors;
  }

  private static boolean controlCharacters(String s) {
    return s.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
