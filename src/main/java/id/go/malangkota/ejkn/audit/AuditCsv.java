package id.go.malangkota.ejkn.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * An application's trail as a spreadsheet: one line per event, in time order. Semicolon-separated, UTF-8 with a
 * byte order mark (what a spreadsheet in an Indonesian locale opens), every field quoted and a leading formula
 * character neutralised (CSV injection), like the BPJS submission file.
 */
public final class AuditCsv {

  static final List<String> HEADER = List.of("WAKTU", "KATEGORI", "KEJADIAN", "PENGGUNA", "AKTIVITAS", "RINCIAN");

  private AuditCsv() {}

  @SuppressWarnings("unchecked")
  public static byte[] render(Map<String, Object> trail) {
    StringBuilder out = new StringBuilder("\uFEFF");
    Map<String, Object> app = (Map<String, Object>) trail.get("application");
    line(out, List.of("# Jejak audit permohonan " + app.get("applicationNumber"), "", "", "", "", ""));
    line(out, HEADER);
    for (Map<String, Object> e : (List<Map<String, Object>>) trail.get("events")) {
      line(out, List.of(s(e.get("time")), s(e.get("categoryLabel")), s(e.get("title")), s(e.get("userId")),
          s(e.get("activity")), s(e.get("detail"))));
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
