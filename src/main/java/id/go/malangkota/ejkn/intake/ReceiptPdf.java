package id.go.malangkota.ejkn.intake;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import id.go.malangkota.ejkn.application.Application;
import id.go.malangkota.ejkn.application.ApplicationRegister;
import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import id.go.malangkota.ejkn.policy.DocumentFlags;
import id.go.malangkota.ejkn.policy.PolicyLookup;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The resident's receipt (tanda terima): application number, the candidates, the documents handed in, the time
 * standard, and how to ask about the status. Printed at the counter.
 */
@Component
public class ReceiptPdf {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm", Locale.forLanguageTag("id-ID"));

  private final ApplicationRegister register;
  private final DocumentFlags documents;
  private final PolicyLookup policy;
  private final KelurahanDirectory kelurahan;
  private final ZoneId zone;
  private final String publicBaseUrl;
  private final org.camunda.bpm.engine.IdentityService identity;

  public ReceiptPdf(ApplicationRegister register, DocumentFlags documents, PolicyLookup policy,
      KelurahanDirectory kelurahan, @Value("${ejkn.timezone:Asia/Jakarta}") String zone,
      @Value("${ejkn.public-base-url:http://localhost:8080}") String publicBaseUrl,
      org.camunda.bpm.engine.IdentityService identity) {
    this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    this.identity = identity;
    this.register = register;
    this.documents = documents;
    this.policy = policy;
    this.kelurahan = kelurahan;
    this.zone = ZoneId.of(zone);
  }

  public byte[] render(String number) {
    Application a = register.get(number);
    var started = a.createdAt().atZone(zone);
    String kelurahanName = kelurahan.byCode(a.kelurahanCode()).map(k -> k.groupName()).orElse(a.kelurahanCode());
    Map<String, String> labels = documents.labels();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A5, 36, 36, 36, 36);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle("Tanda terima " + a.number());
      doc.open();
      Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
      Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
      Font normal = FontFactory.getFont(FontFactory.HELVETICA, 9);
      Paragraph head = new Paragraph("PEMERINTAH KOTA MALANG\n" + kelurahanName + "\nTANDA TERIMA PERMOHONAN JKN", title);
      head.setAlignment(Element.ALIGN_CENTER);
      doc.add(head);
      doc.add(new Paragraph(" ", normal));
      doc.add(new Paragraph("Nomor permohonan: " + a.number(), bold));
      doc.add(new Paragraph("Tanggal: " + DATE.format(started) + " WIB", normal));
      doc.add(new Paragraph("Jenis layanan: " + a.type().label(), normal));
      doc.add(new Paragraph("No. KK: " + a.familyCardNumber(), normal));
      doc.add(new Paragraph(" ", normal));
      PdfPTable table = new PdfPTable(new float[] {3, 4, 2});
      table.setWidthPercentage(100);
      for (String h : List.of("NIK", "Nama", "Didaftarkan")) {
        table.addCell(new PdfPCell(new Paragraph(h, bold)));
      }
      for (Application.Member m : a.members()) {
        table.addCell(new Paragraph(m.nik(), normal));
        table.addCell(new Paragraph(m.name(), normal));
        table.addCell(new Paragraph(m.candidate() ? "Ya" : "-", normal));
      }
      doc.add(table);
      doc.add(new Paragraph(" ", normal));
      doc.add(new Paragraph("Dokumen yang diserahkan:", bold));
      for (String flag : a.documents()) {
        doc.add(new Paragraph("  - " + labels.getOrDefault(flag, flag), normal));
      }
      doc.add(new Paragraph(" ", normal));
      doc.add(new Paragraph("Standar waktu layanan: paling lama " + serviceTimeStandard(a.type().name()) + ".", normal));
      doc.add(new Paragraph("Biaya: Rp0 (tidak dipungut biaya).", normal));
      String statusUrl = statusUrl(a.number());
      PdfPTable status = new PdfPTable(new float[] {5, 2});
      status.setWidthPercentage(100);
      PdfPCell how = new PdfPCell(new Paragraph("Cek status permohonan: buka " + statusUrl + " (atau pindai kode QR), "
          + "isi tanggal lahir pemohon. Bisa juga ditanyakan ke loket kelurahan dengan membawa tanda terima ini.", normal));
      how.setBorder(PdfPCell.NO_BORDER);
      status.addCell(how);
      com.lowagie.text.Image qr = com.lowagie.text.Image.getInstance(QrCode.image(statusUrl, 240), null);
      qr.scaleToFit(80, 80);
      PdfPCell code = new PdfPCell(qr, false);
      code.setBorder(PdfPCell.NO_BORDER);
      code.setHorizontalAlignment(Element.ALIGN_RIGHT);
      status.addCell(code);
      doc.add(status);
      doc.add(new Paragraph(" ", normal));
      Paragraph sign = new Paragraph("Petugas penerima,\n\n\n\n( " + officerName(a.createdBy()) + " )\n"
          + kelurahanName, normal);
      sign.setAlignment(Element.ALIGN_RIGHT);
      doc.add(sign);
      doc.close();
    } catch (DocumentException | java.io.IOException e) {
      throw new IllegalStateException("receipt could not be rendered", e);
    }
    return out.toByteArray();
  }

  /** The resident's status page for this application, at the public address (never the request's Host header). */
  String statusUrl(String number) {
    return publicBaseUrl + "/status?number=" + number;
  }

  /** The officer who received the application, as a person reads it (the user id if the name is not kept). */
  String officerName(String userId) {
    if (userId == null) {
      return "....................";
    }
    var user = identity.createUserQuery().userId(userId).singleResult();
    String name = user == null ? "" : ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? userId : name;
  }

  /** The service's time standard from the process owner's {@code time-standards} table (step SERVICE). */
  String serviceTimeStandard(String requestType) {
    return policy.single("time-standards", Map.of("step", "SERVICE", "requestType", requestType))
        .map(r -> String.valueOf(r.get("timeLabel"))).orElse("sesuai SOP");
  }
}
