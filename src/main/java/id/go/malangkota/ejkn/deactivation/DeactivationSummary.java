package id.go.malangkota.ejkn.deactivation;

import com.fasterxml.jackson.core.type.TypeReference;
import id.go.malangkota.ejkn.intake.ApplicationVariables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The Markdown the deactivation forms show ({{verificationSummary}}): who, why, BPJS data, evidence, decisions. */
final class DeactivationSummary {

  static final Map<String, String> STATUS = Map.of(
      "ACTIVE", "Aktif", "INACTIVE", "Tidak aktif", "NOT_REGISTERED", "Belum terdaftar");
  static final Map<String, String> DECISIONS = Map.of("APPROVE", "disetujui", "REJECT", "ditolak");

  private DeactivationSummary() {}

  static String markdown(VariableScope s, ApplicationVariables json) {
    StringBuilder md = new StringBuilder();
    md.append("**No. permohonan:** ").append(v(s, "applicationNumber")).append(" · **").append(v(s, "kelurahanName"))
        .append("** · Penonaktifan kepesertaan PBI APBD\n\n");
    md.append("| NIK | Nama (data BPJS) | Alasan | Status BPJS | Segmen | No. kartu | FKTP |\n")
        .append("|---|---|---|---|---|---|---|\n");
    md.append("| ").append(v(s, "nik")).append(" | ").append(clean(v(s, "participantName"))).append(" | ")
        .append(DeactivationReasons.label(v(s, DeactivationVariables.REASON))).append(" | ")
        .append(STATUS.getOrDefault(v(s, "bpjsStatus"), "—")).append(" | ").append(dash(v(s, "bpjsSegment")))
        .append(" | ").append(dash(v(s, "cardNumber"))).append(" | ").append(dash(clean(v(s, "fktpName"))))
        .append(" |\n\n");
    String note = v(s, DeactivationVariables.NOTE);
    md.append("**Catatan kelurahan:** ").append(note.isBlank() ? "—" : clean(note)).append("\n\n");
    md.append("**Bukti yang diserahkan:**");
    Object checklist = s.getVariable("evidenceChecklist");
    if (checklist != null) {
      for (String line : json.fromJson(checklist, new TypeReference<List<String>>() {})) {
        md.append("\n- ").append(clean(line));
      }
    }
    if (Boolean.FALSE.equals(s.getVariable(DeactivationVariables.DOCUMENTS_DECLARED))) {
      md.append("\n\n*Permohonan masuk melalui API tanpa daftar dokumen (tanda ?): pastikan buktinya sendiri "
          + "sebelum menyetujui.*");
    }
    String verifiers = v(s, "verifierLabels");
    if (!verifiers.isBlank()) {
      md.append("\n\n**Verifikator:** ").append(verifiers);
      String decision = v(s, "verificationDecision");
      if (!decision.isBlank()) {
        md.append(" — ").append(DECISIONS.getOrDefault(decision, decision));
        String by = v(s, "verifyDeactivationCompletedBy");
        if (!by.isBlank()) {
          md.append(" oleh ").append(clean(by));
        }
        String vnote = v(s, "verificationNote");
        if (!vnote.isBlank()) {
          md.append(": ").append(clean(vnote));
        }
      }
    }
    return md.toString();
  }

  private static String v(VariableScope s, String name) {
    Object value = s.getVariable(name);
    return value == null ? "" : value.toString();
  }

  private static String dash(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }

  /** Table cells must not break the Markdown. */
  private static String clean(String s) {
    return s == null ? "" : s.replace('|', '/').replace('\n', ' ').replace("[", "(").replace("]", ")");
  }
}
