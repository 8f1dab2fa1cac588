package id.go.malangkota.ejkn.sop;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The frame of the public pages (SOP, status): plain server-side HTML in Bahasa Indonesia, one stylesheet, no
 * framework, readable without JavaScript and without logging in.
 */
public final class PublicPage {

  private PublicPage() {}

  public static String esc(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** e.g. "26 November 2026". */
  public static String date(Date date, TimeZone zone) {
    if (date == null) {
      return "";
    }
    SimpleDateFormat f = new SimpleDateFormat("d MMMM yyyy", Locale.forLanguageTag("id-ID"));
    f.setTimeZone(zone);
    return f.format(date);
  }

  /**
   * A whole page.
   *
   * @param active "sop" or "status", to mark the current section in the navigation
   * @param head extra elements for the head (stylesheets of a page)
   */
  public static String render(String title, String active, String head, String main) {
    return """
        <!DOCTYPE html>
        <html lang="id">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s — e-JKN Cekat Kota Malang</title>
        <link rel="stylesheet" href="/public/ejkn-public.css">
        %s
        </head>
        <body>
        <a class="skip" href="#isi">Langsung ke isi</a>
        <header class="site">
          <div class="wrap site-bar">
            <a class="brand" href="/sop"><span class="brand-mark" aria-hidden="true">JKN</span>
              <span><strong>e-JKN Cekat</strong><small>Pemerintah Kota Malang · Cepat, Efektif, Akurat</small></span></a>
            <nav aria-label="Menu utama">
              <a href="/sop"%s>SOP Layanan</a>
              <a href="/status"%s>Cek Status Permohonan</a>
            </nav>
          </div>
        </header>
        <main id="isi" class="wrap">
        %s
        </main>
        <footer class="site">
          <div class="wrap">
            <p>Informasi publik layanan kepesertaan JKN yang iurannya dibayar Pemerintah Kota Malang. Layanan ini <strong>tidak dipungut biaya</strong>.
            Pengaduan: kantor kelurahan, Dinas Kesehatan Kota Malang, atau SP4N-LAPOR! (lapor.go.id).</p>
          </div>
        </footer>
        </body>
        </html>
        """.formatted(esc(title), head == null ? "" : head, "sop".equals(active) ? " aria-current=\"page\"" : "",
        "status".equals(active) ? " aria-current=\"page\"" : "", main);
  }
}
