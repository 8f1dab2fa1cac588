package id.go.malangkota.ejkn.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An application's trail as a spreadsheet: one line per event, in time order. Semicolon-separated, UTF-8 with a
 * byte order mark (what a spreadsheet in an Indonesian locale opens), every field quoted and a leading formula
 * character neutralised (CSV injection), like the BPJS submission file.
 */
public final class AuditCsv {

  static final List<String> HEADER = List.of("WAKTU", "KATEGORI", "KEJADIAN", "PENGGUNA", "AKTIVITAS", "RINCIAN");

  private AuditCsv() {}

  public static byte[] render(AuditTrailView trail) {
    StringBuilder out = new StringBuilder("\uFEFF");
    line(out, List.of("# Jejak audit permohonan " + trail.application().applicationNumber(), "", "", "", "", ""));
    line(out, HEADER);
    for (AuditTrailView.Event e : trail.events()) {
      line(out, List.of(s(e.time()), s(e.categoryLabel()), s(e.title()), s(e.userId()), s(e.activity()), s(e.detail())));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String s(Object o) {
    return o == null ? "" : o.toString();
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

  static String quote(String value) {
    String v = value.replace("\r", " ").replace("\n", " ");
    if (!v.isEmpty() && "=+-@\t".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
