package id.go.malangkota.ejkn.status;

import static id.go.malangkota.ejkn.sop.PublicPage.esc;

import id.go.malangkota.ejkn.sop.PublicPage;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/** The HTML of the public status page: the form, and the answer below it. */
final class StatusPage {

  private StatusPage() {}

  /** e.g. "Kamis, 26 November 2026 pukul 15.00 WIB". */
  static String dateTime(Date date, TimeZone zone) {
    SimpleDateFormat f = new SimpleDateFormat("EEEE, d MMMM yyyy 'pukul' HH.mm", Locale.forLanguageTag("id-ID"));
    f.setTimeZone(zone);
    String label = switch (zone.getID()) {
      case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
      case "Asia/Makassar" -> "WITA";
      case "Asia/Jayapura" -> "WIT";
      default -> zone.getID();
    };
    return f.format(date) + " " + label;
  }

  static String render(String number, ApplicationStatus status, String error, TimeZone zone) {
    StringBuilder b = new StringBuilder();
    b.append("<section class=\"hero\"><p class=\"eyebrow\">Layanan JKN Kota Malang</p><h1>Cek status permohonan</h1>")
        .append("<p class=\"lead\">Lihat tahap permohonan Anda dan perkiraan waktunya. Yang diperlukan hanya nomor permohonan ")
        .append("(tertera di tanda terima dari kelurahan) dan tanggal lahir pemohon. Tidak ada data pribadi yang ditampilkan.</p></section>");
    if (error != null) {
      b.append("<div class=\"result error\" role=\"alert\"><p class=\"stage\">").append(esc(error)).append("</p></div>");
    }
    if (status != null) {
      b.append(result(status, zone));
    }
    b.append("<form class=\"status-form\" method=\"post\" action=\"/status\"><h2>").append(status == null ? "Masukkan data permohonan" : "Cek permohonan lain")
        .append("</h2><div class=\"field\"><label for=\"number\">Nomor permohonan</label><input id=\"number\" name=\"number\" required ")
        .append("maxlength=\"32\" autocomplete=\"off\" inputmode=\"text\" placeholder=\"JKN-2026-000123\" aria-describedby=\"number-help\" value=\"")
        .append(esc(status == null ? number : "")).append("\"><span class=\"detail\" id=\"number-help\">Tertera di tanda terima permohonan.</span></div>")
        .append("<div class=\"field\"><label for=\"birthDate\">Tanggal lahir pemohon</label><input id=\"birthDate\" name=\"birthDate\" type=\"date\" ")
        .append("required min=\"1900-01-01\" aria-describedby=\"birth-help\"><span class=\"detail\" id=\"birth-help\">Tanggal lahir warga yang ")
        .append("permohonannya diajukan (sesuai KTP/KK).</span></div><button class=\"button\" type=\"submit\">Cek status</button></form>");
    b.append("<section class=\"panel\"><h2>Perlu bantuan?</h2><p>Tanyakan ke loket kelurahan tempat Anda mengajukan dengan membawa ")
        .append("tanda terima. Persyaratan dan langkah setiap layanan ada di halaman <a href=\"/sop\">SOP Layanan</a>. ")
        .append("Demi keamanan, pengecekan dibatasi beberapa kali per menit.</p></section>");
    return PublicPage.render("Cek status permohonan", "status", null, b.toString());
  }

  private static String result(ApplicationStatus s, TimeZone zone) {
    StringBuilder b = new StringBuilder("<section class=\"result").append(s.finished() ? " done" : "")
        .append("\" aria-live=\"polite\" aria-labelledby=\"hasil\"><h2 id=\"hasil\" class=\"sr-only\">Hasil pengecekan</h2>")
        .append("<p class=\"hint\">Permohonan <strong>").append(esc(s.applicationNumber())).append("</strong> · ")
        .append(esc(s.service()));
    if (s.submittedAt() != null) {
      b.append(" · diajukan ").append(esc(PublicPage.date(s.submittedAt(), zone)));
    }
    b.append("</p><p class=\"stage\">").append(esc(s.stage())).append("</p>");
    if (s.detail() != null) {
      b.append("<p>").append(esc(s.detail())).append("</p>");
    }
    if (s.expected() != null) {
      b.append("<p><strong>").append(s.finished() ? "Selesai pada: " : "Perkiraan tahap ini selesai: ").append("</strong>")
          .append(esc(dateTime(s.expected(), zone))).append("</p>");
    }
    if (s.overdue()) {
      b.append("<p class=\"notice\">Tahap ini sudah melewati batas waktu layanan; petugas sudah diingatkan. Anda dapat menanyakannya di kelurahan.</p>");
    }
    if (!s.progress().isEmpty()) {
      b.append("<ol class=\"progress\" aria-label=\"Tahapan layanan\">");
      for (ApplicationStatus.Milestone m : s.progress()) {
        String cls = m.state().name().toLowerCase(Locale.ROOT);
        b.append("<li class=\"").append(cls).append("\"").append(m.state() == ApplicationStatus.State.CURRENT ? " aria-current=\"step\"" : "")
            .append(">").append(esc(m.label())).append(m.state() == ApplicationStatus.State.DONE ? " ✓" : "").append("</li>");
      }
      b.append("</ol>");
    }
    return b.append("</section>").toString();
  }
}
