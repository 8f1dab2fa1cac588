package id.go.malangkota.ejkn.deactivation;

import id.go.malangkota.ejkn.deactivation.DeactivationProcessService.Evidence;
import id.go.malangkota.ejkn.deactivation.DeactivationRegistry.Deactivation;
import java.util.List;
import java.util.Map;

/** The Markdown the deactivation forms show ({{verificationSummary}}): who, why, BPJS data, evidence, decisions. */
final class DeactivationSummary {

  static final Map<String, String> DECISIONS = Map.of("APPROVE", "disetujui", "REJECT", "ditolak");

  private DeactivationSummary() {}

  static String markdown(Deactivation d, String kelurahanName, List<Evidence> evidence) {
    StringBuilder md = new StringBuilder();
    md.append("**No. permohonan:** ").append(d.number()).append(" · **").append(kelurahanName)
        .append("** · Penonaktifan kepesertaan PBI APBD\n\n");
    md.append("| NIK | Nama (data BPJS) | Alasan | Status BPJS | Segmen | No. kartu | FKTP |\n")
        .append("|---|---|---|---|---|---|---|\n");
    md.append("| ").append(d.nik()).append(" | ").append(clean(d.participantName())).append(" | ")
        .append(DeactivationReasons.label(d.reason())).append(" | ")
        .append(id.go.malangkota.ejkn.bpjs.MembershipStatus.labelOf(d.bpjsStatus())).append(" | ")
        .append(id.go.malangkota.ejkn.bpjs.Segment.labelOf(d.bpjsSegment())).append(" | ")
        .append(dash(d.cardNumber())).append(" | ")
        .append(dash(clean(d.fktpName()))).append(" |\n\n");
    md.append("**Catatan kelurahan:** ").append(d.note() == null ? "—" : clean(d.note())).append("\n\n");
    md.append("**Bukti yang diserahkan:**");
    for (Evidence e : evidence) {
      String mark = e.given() == null ? "? " : e.given() ? "✔ " : "✘ ";
      md.append("\n- ").append(mark).append(clean(e.label())).append(e.mandatory() ? "" : " (bila ada)");
    }
    if (!d.evidenceDeclared()) {
      md.append("\n\n*Permohonan masuk melalui API tanpa daftar dokumen (tanda ?): pastikan buktinya sendiri "
          + "sebelum menyetujui.*");
    }
    if (d.verifiers() != null && !d.verifiers().isBlank()) {
      md.append("\n\n**Verifikator:** ").append(d.verifiers());
      if (d.verificationDecision() != null) {
        md.append(" — ").append(DECISIONS.getOrDefault(d.verificationDecision(), d.verificationDecision()));
        if (d.verifiedBy() != null) {
          md.append(" oleh ").append(clean(d.verifiedBy()));
        }
        if (d.verificationNote() != null && !d.verificationNote().isBlank()) {
          md.append(": ").append(clean(d.verificationNote()));
        }
      }
    }
    return md.toString();
  }

  private static String dash(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }

  /** Table cells must not break the Markdown. */
  private static String clean(String s) {
    return s == null ? "" : s.replace('|', '/').replace('\n', ' ').replace("[", "(").replace("]", ")");
  }
}
