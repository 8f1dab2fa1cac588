package id.go.malangkota.ejkn.bpjs.submission;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

/**
 * The submission letter of Dinas Kesehatan Kota Malang to the BPJS Kesehatan branch office, signed on behalf of
 * the head of the agency, as a PDF.
 */
public final class SubmissionLetter {

  /**
   * @param number letter number
   * @param date letter date
   * @param signatoryName who signs "a.n. Kepala Dinas Kesehatan"
   * @param signatoryTitle that official's position
   * @param signatoryNip that official's NIP
   * @param address the agency's address for the letterhead
   */
  public record Header(String number, LocalDate date, String signatoryName, String signatoryTitle,
      String signatoryNip, String address) {}

  private static final Font HEAD_SMALL = new Font(Font.HELVETICA, 13, Font.BOLD);
  private static final Font HEAD_BIG = new Font(Font.HELVETICA, 16, Font.BOLD);
  private static final Font SMALL = new Font(Font.HELVETICA, 8);
  private static final Font TEXT = new Font(Font.HELVETICA, 10.5f);
  private static final Font BOLD = new Font(Font.HELVETICA, 10.5f, Font.BOLD);
  private static final Font TABLE = new Font(Font.HELVETICA, 8.5f);
  private static final Font TABLE_HEAD = new Font(Font.HELVETICA, 8.5f, Font.BOLD);

  private SubmissionLetter() {}

  public static byte[] render(SubmissionRequest request, Header header) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 56, 56, 42, 48);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle(SubmissionTexts.subject(request.type()));
      doc.addAuthor("Dinas Kesehatan Kota Malang");
      doc.addSubject("Nomor " + header.number());
      doc.addCreator("e-JKN Cekat");
      doc.open();
      letterhead(doc, header);
      addressBlock(doc, request, header);
      body(doc, request);
      memberTable(doc, request);
      closing(doc, request, header);
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("surat permohonan tidak dapat dibuat", e);
    }
    return out.toByteArray();
  }

  private static void letterhead(Document doc, Header header) throws DocumentException {
    doc.add(centered("PEMERINTAH KOTA MALANG", HEAD_SMALL));
    doc.add(centered("DINAS KESEHATAN", HEAD_BIG));
    doc.add(centered(header.address(), SMALL));
    LineSeparator rule = new LineSeparator(1.5f, 100, null, Element.ALIGN_CENTER, -4);
    Paragraph line = new Paragraph();
    line.add(new Chunk(rule));
    line.setSpacingAfter(10);
    doc.add(line);
  }

  private static void addressBlock(Document doc, SubmissionRequest request, Header header) throws DocumentException {
    Paragraph place = new Paragraph("Malang, " + SubmissionTexts.longDate(header.date()), TEXT);
    place.setAlignment(Element.ALIGN_RIGHT);
    doc.add(place);

    PdfPTable meta = new PdfPTable(new float[] {16, 3, 81});
    meta.setWidthPercentage(100);
    row(meta, "Nomor", header.number());
    row(meta, "Sifat", request.urgent() ? "Segera" : "Biasa");
    row(meta, "Lampiran", "1 (satu) berkas data peserta (CSV)");
    row(meta, "Perihal", SubmissionTexts.subject(request.type()));
    meta.setSpacingAfter(12);
    doc.add(meta);

    doc.add(new Paragraph("Kepada Yth.", TEXT));
    doc.add(new Paragraph("Kepala BPJS Kesehatan Kantor Cabang Malang", BOLD));
    Paragraph di = new Paragraph("di Malang", TEXT);
    di.setSpacingAfter(12);
    doc.add(di);
  }

  private static void body(Document doc, SubmissionRequest request) throws DocumentException {
    doc.add(new Paragraph("Dasar:", TEXT));
    int n = 1;
    doc.add(indented(n++ + ". Peraturan Presiden Nomor 82 Tahun 2018 tentang Jaminan Kesehatan sebagaimana telah "
        + "diubah terakhir dengan Peraturan Presiden Nomor 59 Tahun 2024 tentang Perubahan Ketiga atas Peraturan "
        + "Presiden Nomor 82 Tahun 2018 tentang Jaminan Kesehatan;"));
    if (request.urgent()) {
      doc.add(indented(n++ + ". Peraturan Menteri Kesehatan Nomor 28 Tahun 2014 tentang Pedoman Pelaksanaan Program "
          + "Jaminan Kesehatan Nasional, yang mensyaratkan kartu peserta aktif paling lambat 3 x 24 jam sejak pasien "
          + "dirawat;"));
    }
    doc.add(indented(n + ". Hasil verifikasi permohonan melalui layanan e-JKN Cekat Pemerintah Kota Malang"
        + (request.applicationReference() == null ? "" : " (nomor permohonan " + request.applicationReference() + ")")
        + "."));

    StringBuilder text = new StringBuilder("Sehubungan dengan hal tersebut di atas, bersama ini kami mohon ")
        .append(SubmissionTexts.action(request.type()))
        .append(" bagi penduduk Kota Malang sebagaimana daftar berikut");
    if (request.reason() != null && !request.reason().isBlank()) {
      text.append(", dengan alasan ").append(SubmissionTexts.reason(request.reason()));
    }
    text.append(". Data lengkap terlampir dalam berkas CSV.");
    Paragraph p = new Paragraph(text.toString(), TEXT);
    p.setAlignment(Element.ALIGN_JUSTIFIED);
    p.setSpacingBefore(8);
    p.setSpacingAfter(8);
    doc.add(p);
  }

  private static void memberTable(Document doc, SubmissionRequest request) throws DocumentException {
    PdfPTable table = new PdfPTable(new float[] {5, 19, 25, 12, 19, 20});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String h : new String[] {"No", "NIK", "Nama", "Tgl. Lahir", "No. KK", "FKTP"}) {
      PdfPCell cell = new PdfPCell(new Phrase(h, TABLE_HEAD));
      cell.setGrayFill(0.88f);
      cell.setPadding(4);
      table.addCell(cell);
    }
    int no = 1;
    for (SubmissionMember m : request.members()) {
      cell(table, Integer.toString(no++));
      cell(table, m.nik());
      cell(table, m.name());
      cell(table, m.birthDate().format(SubmissionTexts.SHORT_DATE));
      cell(table, m.familyCardNumber() == null ? "-" : m.familyCardNumber());
      cell(table, m.fktp() == null ? "-" : m.fktp().name() + " (" + m.fktp().code() + ")");
    }
    table.setSpacingAfter(10);
    doc.add(table);
  }

  private static void closing(Document doc, SubmissionRequest request, Header header) throws DocumentException {
    Paragraph thanks = new Paragraph("Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja sama "
        + "Saudara, kami ucapkan terima kasih.", TEXT);
    thanks.setAlignment(Element.ALIGN_JUSTIFIED);
    thanks.setSpacingAfter(18);
    doc.add(thanks);

    PdfPTable sign = new PdfPTable(new float[] {45, 55});
    sign.setWidthPercentage(100);
    sign.addCell(blank());
    PdfPCell block = new PdfPCell();
    block.setBorder(Rectangle.NO_BORDER);
    block.addElement(centered("a.n. KEPALA DINAS KESEHATAN", TEXT));
    block.addElement(centered("KOTA MALANG", TEXT));
    block.addElement(centered(header.signatoryTitle() + ",", TEXT));
    Paragraph space = centered(request.approvedBy() == null ? " " : "(disetujui secara elektronik)", SMALL);
    space.setSpacingBefore(18);
    space.setSpacingAfter(18);
    block.addElement(space);
    block.addElement(centered(header.signatoryName(), new Font(Font.HELVETICA, 10.5f, Font.BOLD | Font.UNDERLINE)));
    block.addElement(centered("NIP. " + header.signatoryNip(), TEXT));
    sign.addCell(block);
    doc.add(sign);

    Paragraph cc = new Paragraph("Tembusan:\nYth. Wali Kota Malang (sebagai laporan).", SMALL);
    cc.setSpacingBefore(14);
    doc.add(cc);
    Paragraph ref = new Paragraph("Dokumen ini dibuat oleh e-JKN Cekat"
        + (request.approvedBy() == null ? "" : " dan disetujui oleh " + request.approvedBy())
        + ". Referensi pengajuan: " + request.idempotencyKey(), SMALL);
    ref.setSpacingBefore(4);
    doc.add(ref);
  }

  private static Paragraph centered(String text, Font font) {
    Paragraph p = new Paragraph(text, font);
    p.setAlignment(Element.ALIGN_CENTER);
    return p;
  }

  private static Paragraph indented(String text) {
    Paragraph p = new Paragraph(text, TEXT);
    p.setIndentationLeft(14);
    p.setFirstLineIndent(-10);
    p.setAlignment(Element.ALIGN_JUSTIFIED);
    return p;
  }

  private static void row(PdfPTable table, String label, String value) {
    table.addCell(plain(label));
    table.addCell(plain(":"));
    table.addCell(plain(value));
  }

  private static PdfPCell plain(String text) {
    PdfPCell cell = new PdfPCell(new Phrase(text, TEXT));
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPaddingBottom(2);
    return cell;
  }

  private static PdfPCell blank() {
    PdfPCell cell = new PdfPCell(new Phrase(" "));
    cell.setBorder(Rectangle.NO_BORDER);
    return cell;
  }

  private static void cell(PdfPTable table, String text) {
    PdfPCell cell = new PdfPCell(new Phrase(text, TABLE));
    cell.setPadding(3);
    table.addCell(cell);
  }
}
