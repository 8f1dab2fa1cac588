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
    ServiceOffer s = sop.service();
    String self = href(s);
    StringBuilder b = new StringBuilder();
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
    b.append("<div class=\"actions no-print\"><a class=\"button\" href=\"").append(self).append(".pdf\">Unduh PDF</a>")
        .append("<button type=\"button\" class=\"button secondary\" data-print>Cetak</button>")
        .append("<a class=\"button secondary\" href=\"/status\">Cek status permohonan</a></div>");
    b.append("<dl class=\"meta\"><div><dt>Proses</dt><dd>").append(esc(sop.processName())).append(" (<code>")
        .append(esc(sop.processKey())).append("</code>)</dd></div><div><dt>Versi</dt><dd>").append(sop.version());
    if (sop.versionTag() != null) {
      b.append(" · tag ").append(esc(sop.versionTag()));
    }
    b.append("</dd></div><div><dt>Berlaku sejak</dt><dd>").append(esc(PublicPage.date(sop.deployedAt(), zone)))
        .append("</dd></div><div><dt>Biaya</dt><dd>Rp0 (gratis)</dd></div></dl></section>");

    // service standard
    b.append("<section aria-labelledby=\"standar\"><h2 id=\"standar\">Standar pelayanan</h2><dl class=\"standards\">");
    for (Sop.StandardItem item : sop.standards()) {
      b.append("<div><dt>").append(esc(item.title())).append("</dt><dd>").append(esc(item.text())).append("</dd></div>");
    }
    b.append("</dl></section>");

    // requirements checklist
    b.append("<section aria-labelledby=\"persyaratan\" class=\"checklist\"><h2 id=\"persyaratan\">Persyaratan yang dibawa ke kelurahan</h2>")
        .append("<p class=\"hint\">Centang dokumen yang sudah Anda siapkan. Dokumen <strong>wajib</strong> harus ada; ")
        .append("permohonan tanpa dokumen wajib dihentikan dan Anda diberi tahu apa yang kurang.</p>");
    b.append(requirementList(sop.requirements(), "req"));
    int g = 0;
    for (Sop.RequirementGroup group : sop.conditionalRequirements()) {
      b.append("<h3>").append(esc(group.title())).append("</h3>").append(requirementList(group.documents(), "req" + (++g)));
    }
    b.append("</section>");

    // diagram
    b.append("<section aria-labelledby=\"diagram\" class=\"diagram-section\"><h2 id=\"diagram\">Diagram alur</h2>")
        .append("<p class=\"hint\">Diagram proses yang sedang berjalan (BPMN). Setiap jalur (lane) adalah satu pelaksana.</p>")
        .append("<div class=\"diagram\" id=\"sop-diagram\" data-src=\"/sop/").append(esc(sop.processKey()))
        .append("/diagram.bpmn\" role=\"img\" aria-label=\"Diagram alur proses ").append(esc(sop.processName()))
        .append("; uraiannya ada pada tabel prosedur di bawah\"><noscript>Diagram memerlukan JavaScript; uraian lengkapnya ada pada tabel di bawah.</noscript></div>")
        .append("<p class=\"hint no-print\"><a href=\"/sop/").append(esc(sop.processKey()))
        .append("/diagram.bpmn\" download>Unduh berkas diagram (.bpmn)</a> — dapat dibuka dengan Camunda Modeler.</p></section>");

    // procedure table
    b.append("<section aria-labelledby=\"prosedur\"><h2 id=\"prosedur\">Uraian prosedur</h2>")
        .append("<p class=\"hint\">Format SOP Administrasi Pemerintahan (Permenpan RB No. 35 Tahun 2012). ")
        .append("<span class=\"badge person\">Petugas</span> dikerjakan petugas; <span class=\"badge system\">Otomatis</span> dikerjakan sistem.</p>")
        .append("<div class=\"table-wrap\"><table class=\"sop-table\"><caption class=\"sr-only\">Uraian prosedur ")
        .append(esc(s.title())).append("</caption><colgroup><col class=\"c-no\"><col class=\"c-kegiatan\"><col class=\"c-pelaksana\"><col class=\"c-kelengkapan\">"
            + "<col class=\"c-waktu\"><col class=\"c-output\"><col class=\"c-keterangan\"></colgroup><thead><tr><th rowspan=\"2\" scope=\"col\">No</th><th rowspan=\"2\" scope=\"col\">Kegiatan</th>")
        .append("<th rowspan=\"2\" scope=\"col\">Pelaksana</th><th colspan=\"3\" scope=\"colgroup\">Mutu Baku</th>")
        .append("<th rowspan=\"2\" scope=\"col\">Keterangan</th></tr><tr><th scope=\"col\">Kelengkapan</th><th scope=\"col\">Waktu</th>")
        .append("<th scope=\"col\">Output</th></tr></thead><tbody>");
    for (Sop.Step step : sop.steps()) {
      b.append("<tr id=\"langkah-").append(step.no()).append("\" data-step=\"").append(esc(step.id())).append("\"")
          .append(step.notApplicable() ? " class=\"na\"" : "").append("><td data-label=\"No\">").append(step.no())
          .append("</td><th scope=\"row\" data-label=\"Kegiatan\">").append(esc(step.kegiatan()));
      switch (step.kind()) {
        case PERSON -> b.append(" <span class=\"badge person\">Petugas</span>");
        case SYSTEM -> b.append(" <span class=\"badge system\">Otomatis</span>");
        case START -> b.append(" <span class=\"badge start\">Mulai</span>");
        default -> { }
      }
      b.append("</th><td data-label=\"Pelaksana\"><strong>").append(esc(step.pelaksana())).append("</strong>");
      if (!step.pelaksanaDetail().isBlank()) {
        b.append("<span class=\"detail\">").append(esc(step.pelaksanaDetail())).append("</span>");
      }
      b.append("</td><td data-label=\"Kelengkapan\">").append(esc(step.kelengkapan())).append("</td><td data-label=\"Waktu\" class=\"time\">")
          .append(esc(step.waktu())).append("</td><td data-label=\"Output\">").append(esc(step.output()))
          .append("</td><td data-label=\"Keterangan\">");
      if (!step.keterangan().isEmpty()) {
        b.append("<ul class=\"notes\">");
        step.keterangan().forEach(k -> b.append("<li>").append(esc(k)).append("</li>"));
        b.append("</ul>");
      }
      b.append("</td></tr>");
    }
    b.append("</tbody></table></div></section>");
    b.append("<p class=\"generated\">Dibuat otomatis dari diagram proses <code>").append(esc(sop.processKey())).append("</code> versi ")
        .append(sop.version()).append(" dan tabel keputusan <code>time-standards</code> serta <code>required-documents</code> yang sedang berlaku.</p>");
    String head = """
        <link rel="stylesheet" href="/vendor/bpmn-js/diagram-js.css">
        <link rel="stylesheet" href="/vendor/bpmn-js/bpmn-js.css">
        <script src="/vendor/bpmn-js/bpmn-viewer.production.min.js" defer></script>
        <script src="/public/sop-page.js" defer></script>""";
    return PublicPage.render("SOP " + s.title(), "sop", head, b.toString());
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
