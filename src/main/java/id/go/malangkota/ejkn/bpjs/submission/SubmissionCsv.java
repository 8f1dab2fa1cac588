package id.go.malangkota.ejkn.bpjs.submission;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The data file attached to a submission letter, for BPJS staff to import. Semicolon-separated and UTF-8 with a
 * byte order mark, because that is what a spreadsheet in an Indonesian locale opens correctly.
 */
public final class SubmissionCsv {

  private static final List<String> HEADER = List.of("NO", "NIK", "NO_KK", "NAMA", "TGL_LAHIR", "JENIS_KELAMIN",
      "NO_KARTU", "KODE_FKTP", "NAMA_FKTP", "JENIS_PERMOHONAN", "ALASAN");

  private SubmissionCsv() {}

  public static byte[] render(SubmissionRequest request) {
    StringBuilder out = new StringBuilder("\uFEFF");
    line(out, HEADER);
    int no = 1;
    for (SubmissionMember m : request.members()) {
      line(out, List.of(Integer.toString(no++), m.nik(), nz(m.familyCardNumber()), m.name(),
          m.birthDate().format(SubmissionTexts.SHORT_DATE), m.sex(), nz(m.cardNumber()),
          m.fktp() == null ? "" : nz(m.fktp().code()), m.fktp() == null ? "" : nz(m.fktp().name()),
          SubmissionTexts.typeLabel(request.type()), SubmissionTexts.reason(request.reason())));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(';');
      }
      out.append(quote(fields.get(i)));
    }
    out.append("\r\n");
  }

  /**
   * Always quoted, so the 16-digit numbers stay text; a leading formula character is neutralised because the
   * file is opened in a spreadsheet (CSV injection).
   */
  static String quote(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
