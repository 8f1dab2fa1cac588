package id.go.malangkota.ejkn.deactivation;

import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import id.go.malangkota.ejkn.intake.ApplicationVariables;
import id.go.malangkota.ejkn.intake.FieldError;
import id.go.malangkota.ejkn.intake.IdentityNumbers;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Checks every field of a deactivation request at once; messages in Bahasa Indonesia for the officer. */
@Component
public class DeactivationValidator {

  static final int MAX_NOTE = 1000;

  private final KelurahanDirectory kelurahan;

  public DeactivationValidator(KelurahanDirectory kelurahan) {
    this.kelurahan = kelurahan;
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
    if (d.note() != null && d.note().length() > MAX_NOTE) {
      errors.add(new FieldError("note", "Catatan terlalu panjang (maksimal " + MAX_NOTE + " karakter)."));
    }
    if (!blank(d.email()) && !IdentityNumbers.plausibleEmail(d.email().trim())) {
      errors.add(new FieldError("email", "Alamat surel tidak valid."));
    }
    if (d.documents() != null) {
      for (var e : d.documents().entrySet()) {
        if (!ApplicationVariables.DOCUMENT_FLAGS.contains(e.getKey())) {
          errors.add(new FieldError("documents." + e.getKey(), "Jenis dokumen tidak dikenal."));
        } else if (e.getValue() == null) {
          errors.add(new FieldError("documents." + e.getKey(), "Isi true (diserahkan) atau false (belum)."));
        }
      }
    }
    return errors;
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
