package id.go.malangkota.ejkn.sop;

import static id.go.malangkota.ejkn.sop.PublicPage.esc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TimeZone;

/** The HTML of the SOP index and of one service's SOP. */
final class SopPage {

  private SopPage() {}

  static String href(ServiceOffer s) {
    return "/sop/" + URLEncoder.encode(s.slug(), StandardCharsets.UTF_8);
  }

  static String index(List<ServiceOffer> services, String note) {
    StringBuilder b = new StringBuilder();
    b.append("<section class=\"hero\"><h1>Standar Operasional Prosedur (SOP) Layanan JKN</h1>")
        .append("<p class=\"lead\">Setiap layanan di bawah ini dijalankan persis seperti diagram prosesnya: siapa yang mengerjakan, ")
        .append("apa yang dibutuhkan, berapa lama, dan dokumen apa yang harus dibawa. Halaman ini dibuat langsung dari proses ")
        .append("yang sedang berjalan, sehingga selalu sesuai dengan versi terbaru.</p>");
    if (note != null) {
      b.append("<p class=\"notice\" role=\"status\">").append(esc(note)).append("</p>");
    }
    b.append("</section><ul class=\"cards\">");
    for (ServiceOffer s : services) {
      b.append("<li class=\"card\"><h2><a href=\"").append(href(s)).append("\">").append(esc(s.title())).append("</a></h2>");
      if (!s.summary().isBlank()) {
        b.append("<p>").append(esc(s.summary())).append("</p>");
      }
      b.append("<p class=\"card-links\"><a href=\"").append(href(s)).append("\">Lihat SOP</a> · <a href=\"")
          .append(href(s)).append(".pdf\">Unduh PDF</a></p></li>");
    }
    if (services.isEmpty()) {
      b.append("<li class=\"card\"><p>Belum ada proses layanan yang dipasang.</p></li>");
    }
    b.append("</ul><section class=\"panel\"><h2>Sudah mengajukan permohonan?</h2><p>Cek tahap permohonan Anda dengan nomor ")
        .append("permohonan (tertera di tanda terima) dan tanggal lahir pemohon.</p><p><a class=\"button\" href=\"/status\">")
        .append("Cek status permohonan</a></p></section>");
    return PublicPage.render("SOP Layanan JKN", "sop", null, b.toString());
  }

  static String sop(Sop sop, TimeZone zone) {
    StringBuilder b = new StringBuilder();
    hero(b, sop, zone);
    standards(b, sop);
    requirements(b, sop);
    diagram(b, sop);
    procedure(b, sop);
    b.append("<p class=\"generated\">Dibuat otomatis dari diagram proses <code>").append(esc(sop.processKey())).append("</code> versi ")
        .append(sop.version()).append(" dan tabel keputusan <code>time-standards</code> serta <code>required-documents</code> yang sedang berlaku.</p>");
    String head = """
        <link rel="stylesheet" href="/vendor/bpmn-js/diagram-js.css">
        <link rel="stylesheet" href="/vendor/bpmn-js/bpmn-js.css">
        <script src="/vendor/bpmn-js/bpmn-viewer.production.min.js" defer></script>
        <script src="/public/sop-page.js" defer></script>""";
    return PublicPage.render("SOP " + sop.service().title(), "sop", head, b.toString());
  }

  /** Where the page is, the service, its sibling services, the actions and the version in force. */
  private static void hero(StringBuilder b, Sop sop, TimeZone zone) {
    ServiceOffer s = sop.service();
    b.append("<nav class=\"crumbs\" aria-label=\"Lokasi halaman\"><a href=\"/sop\">SOP Layanan</a> <span aria-hidden=\"true\">›</span> ")
        .append(esc(s.title())).append("</nav>");
    b.append("<section class=\"hero\"><p class=\"eyebrow\">Standar Operasional Prosedur</p><h1>").append(esc(s.title())).append("</h1>");
    if (!s.summary().isBlank()) {
      b.append("<p class=\"lead\">").append(esc(s.summary())).append("</p>");
    }
    if (!sop.otherServices().isEmpty()) {
      b.append("<p class=\"siblings\">Layanan lain dengan alur yang sama: ");
      for (int i = 0; i < sop.otherServices().size(); i++) {
        ServiceOffer o = sop.otherServices().get(i);
        b.append(i > 0 ? " · " : "").append("<a href=\"").append(href(o)).append("\">").append(esc(o.title())).append("</a>");
      }
      b.append("</p>");
    }
    b.append("<div class=\"actions no-print\"><a class=\"button\" href=\"").append(href(s)).append(".pdf\">Unduh PDF</a>")
        .append("<button type=\"button\" class=\"button secondary\" data-print>Cetak</button>")
        .append("<a class=\"button secondary\" href=\"/status\">Cek status permohonan</a></div>");
    b.append("<dl class=\"meta\"><div><dt>Proses</dt><dd>").append(esc(sop.processName())).append(" (<code>")
        .append(esc(sop.processKey())).append("</code>)</dd></div><div><dt>Versi</dt><dd>").append(sop.version());
    if (sop.versionTag() != null) {
      b.append(" · tag ").append(esc(sop.versionTag()));
    }
    b.append("</dd></div><div><dt>Berlaku sejak</dt><dd>").append(esc(PublicPage.date(sop.deployedAt(), zone)))
        .append("</dd></div><div><dt>Biaya</dt><dd>Rp0 (gratis)</dd></div></dl></section>");
  }

  private static void standards(StringBuilder b, Sop sop) {
    b.append("<section aria-labelledby=\"standar\"><h2 id=\"standar\">Standar pelayanan</h2><dl class=\"standards\">");
    for (Sop.StandardItem item : sop.standards()) {
      b.append("<div><dt>").append(esc(item.title())).append("</dt><dd>").append(esc(item.text())).append("</dd></div>");
    }
    b.append("</dl></section>");
  }

  private static void requirements(StringBuilder b, Sop sop) {
    b.append("<section aria-labelledby=\"persyaratan\" class=\"checklist\"><h2 id=\"persyaratan\">Persyaratan yang dibawa ke kelurahan</h2>")
        .append("<p class=\"hint\">Centang dokumen yang sudah Anda siapkan. Dokumen <strong>wajib</strong> harus ada; ")
        .append("permohonan tanpa dokumen wajib dihentikan dan Anda diberi tahu apa yang kurang.</p>");
    b.append(requirementList(sop.requirements(), "req"));
    int g = 0;
    for (Sop.RequirementGroup group : sop.conditionalRequirements()) {
      b.append("<h3>").append(esc(group.title())).append("</h3>").append(requirementList(group.documents(), "req" + (++g)));
    }
    b.append("</section>");
  }

  /** The deployed BPMN diagram, drawn by bpmn-js in the browser. */
  private static void diagram(StringBuilder b, Sop sop) {
    b.append("<section aria-labelledby=\"diagram\" class=\"diagram-section\"><h2 id=\"diagram\">Diagram alur</h2>")
        .append("<p class=\"hint\">Diagram proses yang sedang berjalan (BPMN). Setiap jalur (lane) adalah satu pelaksana.</p>")
        .append("<div class=\"diagram\" id=\"sop-diagram\" data-src=\"/sop/").append(esc(sop.processKey()))
        .append("/diagram.bpmn\" role=\"img\" aria-label=\"Diagram alur proses ").append(esc(sop.processName()))
        .append("; uraiannya ada pada tabel prosedur di bawah\"><noscript>Diagram memerlukan JavaScript; uraian lengkapnya ada pada tabel di bawah.</noscript></div>")
        .append("<p class=\"hint no-print\"><a href=\"/sop/").append(esc(sop.processKey()))
        .append("/diagram.bpmn\" download>Unduh berkas diagram (.bpmn)</a> — dapat dibuka dengan Camunda Modeler.</p></section>");
  }

  /** The SOP-AP matrix: the procedure table with the flowchart in its Pelaksana columns, and the key to its symbols. */
  private static void procedure(StringBuilder b, Sop sop) {
    b.append("<section aria-labelledby=\"prosedur\" class=\"procedure-section\"><h2 id=\"prosedur\">Uraian prosedur</h2>")
        .append("<p class=\"hint\">Format SOP Administrasi Pemerintahan (Permenpan RB No. 35 Tahun 2012): simbol setiap langkah ")
        .append("ada di kolom pelaksananya. <span class=\"badge person\">Petugas</span> dikerjakan petugas; ")
        .append("<span class=\"badge system\">Otomatis</span> dikerjakan sistem.</p>")
        .append(SopChartHtml.table(sop))
        .append("<ul class=\"sop-legend\" aria-label=\"Keterangan simbol\">")
        .append("<li><svg viewBox=\"0 0 48 28\" width=\"36\" height=\"21\" aria-hidden=\"true\"><rect x=\"2\" y=\"3\" width=\"44\" height=\"22\" rx=\"11\"/></svg> Mulai / selesai</li>")
        .append("<li><svg viewBox=\"0 0 48 28\" width=\"36\" height=\"21\" aria-hidden=\"true\"><rect x=\"2\" y=\"3\" width=\"44\" height=\"22\"/></svg> Kegiatan</li>")
        .append("<li><svg viewBox=\"0 0 48 28\" width=\"36\" height=\"21\" aria-hidden=\"true\"><polygon points=\"24,0.5 47.5,14 24,27.5 0.5,14\"/></svg> Keputusan</li>")
        .append("<li><svg viewBox=\"0 0 14 14\" width=\"14\" height=\"14\" aria-hidden=\"true\"><polygon points=\"0.5,0.5 13.5,0.5 13.5,9 7,13.5 0.5,9\"/></svg> ")
        .append("Penghubung: bersambung ke / dari langkah bernomor itu</li></ul></section>");
  }

  private static String requirementList(List<Sop.Requirement> documents, String idPrefix) {
    StringBuilder b = new StringBuilder("<ul class=\"requirements\">");
    int i = 0;
    for (Sop.Requirement r : documents) {
      String id = idPrefix + "-" + (++i);
      b.append("<li class=\"").append(r.mandatory() ? "mandatory" : "optional").append("\"><input type=\"checkbox\" id=\"")
          .append(id).append("\"><label for=\"").append(id).append("\">").append(esc(r.label())).append("</label> <span class=\"tag ")
          .append(r.mandatory() ? "wajib\">Wajib" : "opsional\">Tidak wajib").append("</span>");
      if (!r.note().isBlank()) {
        b.append(" <span class=\"detail\">(").append(esc(r.note())).append(")</span>");
      }
      b.append("</li>");
    }
    return b.append("</ul>").toString();
  }
}
