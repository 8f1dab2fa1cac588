package id.go.malangkota.ejkn.sop;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Consumer;

/**
 * The SOP as an A4 landscape PDF for the notice board: service standard, requirements checklist and the procedure
 * as the SOP-AP flowchart matrix ({@link SopChartPdf}; the BPMN diagram is on the web page). Standard Helvetica
 * (WinAnsi) is enough for Indonesian text.
 */
final class SopPdf {

  private static final Color HEAD = SopChartPdf.HEAD;

  private SopPdf() {}

  static byte[] render(Sop sop, TimeZone zone, String baseUrl) {
    return render(sop, zone, baseUrl, p -> { });
  }

  /** The PDF, telling where each flowchart symbol and Pelaksana column landed (for tests). */
  static byte[] render(Sop sop, TimeZone zone, String baseUrl, Consumer<SopChartPdf.Placed> placed) {
    Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    Font h2 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
    Font normal = FontFactory.getFont(FontFactory.HELVETICA, 8);
    Font small = FontFactory.getFont(FontFactory.HELVETICA, 7, Font.NORMAL, Color.DARK_GRAY);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle("SOP " + sop.service().title());
      doc.addSubject("Standar Operasional Prosedur " + sop.processName());
      doc.addCreator("e-JKN Cekat Kota Malang");
      doc.open();
      Paragraph head = new Paragraph("PEMERINTAH KOTA MALANG\nSTANDAR OPERASIONAL PROSEDUR\n" + sop.service().title().toUpperCase(), title);
      head.setAlignment(Element.ALIGN_CENTER);
      doc.add(head);
      Paragraph meta = new Paragraph("Proses " + sop.processName() + " (" + sop.processKey() + ") versi " + sop.version()
          + (sop.versionTag() == null ? "" : ", tag " + sop.versionTag()) + " · berlaku sejak "
          + PublicPage.date(sop.deployedAt(), zone) + " · Biaya: Rp0", small);
      meta.setAlignment(Element.ALIGN_CENTER);
      meta.setSpacingAfter(8);
      doc.add(meta);

      doc.add(heading("Standar pelayanan", h2));
      PdfPTable standards = new PdfPTable(new float[] {1.2f, 6});
      standards.setWidthPercentage(100);
      for (Sop.StandardItem item : sop.standards()) {
        standards.addCell(cell(item.title(), bold, HEAD));
        standards.addCell(cell(item.text(), normal, null));
      }
      doc.add(standards);

      doc.add(heading("Persyaratan (daftar periksa)", h2));
      requirements(doc, sop.requirements(), normal, small);
      for (Sop.RequirementGroup group : sop.conditionalRequirements()) {
        doc.add(new Paragraph(group.title(), bold));
        requirements(doc, group.documents(), normal, small);
      }

      doc.newPage();
      doc.add(heading("Uraian prosedur — diagram alir SOP Administrasi Pemerintahan (Permenpan RB No. 35 Tahun 2012)", h2));
      SopChartPdf chart = new SopChartPdf(sop, placed);
      doc.add(chart.table());
      doc.add(chart.legend());
      Paragraph foot = new Paragraph("Dibuat otomatis dari diagram proses dan tabel keputusan yang sedang berlaku. Versi daring dengan diagram alur: "
          + baseUrl + "/sop/" + sop.service().slug() + " · Cek status permohonan: " + baseUrl + "/status", small);
      foot.setSpacingBefore(6);
      doc.add(foot);
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("SOP PDF could not be rendered", e);
    }
    return out.toByteArray();
  }

  private static void requirements(Document doc, List<Sop.Requirement> documents, Font normal, Font small) {
    PdfPTable t = new PdfPTable(new float[] {0.3f, 8, 1.4f});
    t.setWidthPercentage(100);
    t.setSpacingAfter(4);
    for (Sop.Requirement r : documents) {
      t.addCell(cell("[  ]", normal, null));
      t.addCell(cell(r.label() + (r.note().isBlank() ? "" : " (" + r.note() + ")"), normal, null));
      t.addCell(cell(r.mandatory() ? "Wajib" : "Tidak wajib", r.mandatory() ? FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8) : small, null));
    }
    doc.add(t);
  }

  private static Paragraph heading(String text, Font font) {
    Paragraph p = new Paragraph(text, font);
    p.setSpacingBefore(8);
    p.setSpacingAfter(4);
    return p;
  }

  private static PdfPCell cell(String text, Font font, Color background) {
    PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
    c.setPadding(3);
    if (background != null) {
      c.setBackgroundColor(background);
    }
    return c;
  }
}
