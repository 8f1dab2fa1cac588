package id.go.malangkota.ejkn.verification;

import id.go.malangkota.ejkn.application.Application;
import id.go.malangkota.ejkn.application.CandidateResult;
import id.go.malangkota.ejkn.application.DocumentStore.StoredDocument;
import java.util.List;
import java.util.Map;

/** The Markdown the verification forms show ({{verificationSummary}}): the family, BPJS status, documents. */
public final class VerificationSummary {

  static final Map<String, String> RELATIONS = Map.of(
      "SELF", "pemohon sendiri", "FAMILY_MEMBER", "anggota keluarga", "OTHER", "orang lain");
  static final Map<String, String> RELATIONSHIPS = Map.of("KEPALA_KELUARGA", "kepala keluarga", "ISTRI", "istri",
      "SUAMI", "suami", "ANAK", "anak", "LAINNYA", "anggota keluarga lain");

  private VerificationSummary() {}

  public static String markdown(Application a, String kelurahan, List<CandidateResult> candidates,
      List<StoredDocument> documents) {
    String number = a.number();
    StringBuilder md = new StringBuilder();
    md.append("**No. permohonan:** ").append(number).append(" · **").append(kelurahan).append("** · ")
        .append(a.type().label()).append("\n\n");
    md.append("**No. KK:** ").append(a.familyCardNumber()).append(" · **Alamat:** ").append(clean(a.address()))
        .append(" · **HP:** ").append(a.phone()).append("\n\n");
    var by = a.submittedBy();
    md.append("**Diajukan oleh:** ").append(label(RELATIONS, by.relation()));
    if (!"SELF".equals(by.relation())) {
      md.append(" — ").append(clean(by.name())).append(" (NIK ").append(by.nik()).append(")")
          .append(by.powerOfAttorney() ? ", dengan surat kuasa" : ", tanpa surat kuasa");
    }
    if (a.hospitalAdmission() != null) {
      md.append(" · **Masuk rawat inap:** ").append(id.go.malangkota.ejkn.application.CityTime.format(
          java.util.Date.from(a.hospitalAdmission()), java.util.TimeZone.getTimeZone("Asia/Jakarta")));
    }
    // one block per candidate rather than a wide table: Tasklist's form pane is narrow
    md.append("\n\n**Calon peserta:**\n");
    for (CandidateResult c : candidates) {
      md.append("\n- **").append(clean(c.name())).append("** — NIK ").append(c.nik()).append(", lahir ")
          .append(dayFirst(c.birthDate())).append(", ").append(label(RELATIONSHIPS, c.relationship()))
          .append("  \n  BPJS: ").append(id.go.malangkota.ejkn.bpjs.MembershipStatus.labelOf(c.bpjsStatus()))
          .append(" · segmen ").append(id.go.malangkota.ejkn.bpjs.Segment.labelOf(c.bpjsSegment()))
          .append(" · kelas ").append(c.careClass() == null ? "—" : c.careClass())
          .append(" · tunggakan ").append(c.arrears() == null ? "—" : rupiah(c.arrears()))
          .append("  \n  Hasil: ").append(outcome(c))
          .append(c.fktpName() == null ? "" : " · FKTP: " + c.fktpName()).append("\n");
    }
    md.append("\n**Dokumen unggahan:** ");
    if (documents.isEmpty()) {
      md.append("belum ada (unggah melalui halaman dokumen permohonan).");
    }
    for (StoredDocument d : documents) {
      md.append("\n- [").append(d.kind()).append(": ").append(clean(d.fileName())).append("](/api/applications/")
          .append(number).append("/documents/").append(d.id()).append(")");
    }
    return md.toString();
  }

  private static String outcome(CandidateResult c) {
    if (Boolean.FALSE.equals(c.eligible()) || !c.stillIn()) {
      return "Tidak lanjut: " + clean(c.outcomeText() == null ? c.reasonText() : c.outcomeText());
    }
    return Boolean.TRUE.equals(c.eligible()) ? "Layak" : "Diproses";
  }

  private static String label(Map<String, String> labels, String code) {
    return code == null ? "—" : labels.getOrDefault(code, code);
  }

  static String rupiah(long amount) {
    return "Rp" + String.format("%,d", amount).replace(',', '.');
  }

  /** Table cells must not break the Markdown. */
  private static String clean(String s) {
    return s == null ? "" : s.replace('|', '/').replace('\n', ' ').replace("[", "(").replace("]", ")");
  }

  /** A date as a person in Indonesia reads it: 12-04-1985 (the stored value is ISO, 1985-04-12). */
  static String dayFirst(String isoDate) {
    try {
      return java.time.LocalDate.parse(isoDate).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    } catch (RuntimeException e) {
      return String.valueOf(isoDate);
    }
  }
}
