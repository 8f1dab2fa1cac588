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
import org.camunda.bpm.engine.HistoryService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The resident's receipt (tanda terima): application number, the candidates, the documents handed in, the time
 * standard, and how to ask about the status. Printed at the counter.
 */
@Component
public class ReceiptPdf {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm", Locale.forLanguageTag("id-ID"));
  static final java.util.Map<String, String> DOCUMENTS = java.util.Map.of(
      "ktp", "KTP", "familyCard", "Kartu Keluarga", "rtRwLetter", "Surat pengantar RT/RW",
      "stampedStatement", "Surat pernyataan tidak mampu bermeterai", "hospitalLetter", "Surat keterangan rumah sakit",
      "powerOfAttorney", "Surat kuasa", "representativeKtp", "KTP yang mewakili");

  private final HistoryService history;
  private final org.camunda.bpm.engine.DecisionService decisions;
  private final ApplicationVariables variables;
  private final ZoneId zone;

  public ReceiptPdf(HistoryService history, org.camunda.bpm.engine.DecisionService decisions, ApplicationVariables variables,
      @Value("${ejkn.timezone:Asia/Jakarta}") String zone) {
    this.history = history;
    this.decisions = decisions;
    this.variables = variables;
    this.zone = ZoneId.of(zone);
  }

  public byte[] render(ApplicationRegistry.ApplicationRow row) {
    Object json = history.createHistoricVariableInstanceQuery().processInstanceId(row.processInstanceId())
        .variableName(ApplicationVariables.APPLICATION).singleResult().getValue();
    ApplicationRequest a = variables.fromJson(json, ApplicationRequest.class);
    var started = history.createHistoricProcessInstanceQuery().processInstanceId(row.processInstanceId()).singleResult()
        .getStartTime().toInstant().atZone(zone);
    Object kelurahan = history.createHistoricVariableInstanceQuery().processInstanceId(row.processInstanceId())
        .variableName("kelurahanName").singleResult().getValue();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A5, 36, 36, 36, 36);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle("Tanda terima " + row.applicationNumber());
      doc.open();
      Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
      Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
      Font normal = FontFactory.getFont(FontFactory.HELVETICA, 9);
      Paragraph head = new Paragraph("PEMERINTAH KOTA MALANG\n" + kelurahan + "\nTANDA TERIMA PERMOHONAN JKN", title);
      head.setAlignment(Element.ALIGN_CENTER);
      doc.add(head);
      doc.add(new Paragraph(" ", normal));
      doc.add(new Paragraph("Nomor permohonan: " + row.applicationNumber(), bold));
      doc.add(new Paragraph("Tanggal: " + DATE.format(started) + " WIB", normal));
      doc.add(new Paragraph("Jenis layanan: " + typeLabel(a.type()), normal));
      doc.add(new Paragraph("No. KK: " + a.familyCardNumber(), normal));
      doc.add(new Paragraph(" ", normal));
      PdfPTable table = new PdfPTable(new float[] {3, 4, 2});
      table.setWidthPercentage(100);
      for (String h : List.of("NIK", "Nama", "Didaftarkan")) {
        table.addCell(new PdfPCell(new Paragraph(h, bold)));
      }
      for (ApplicationRequest.Member m : a.members()) {
        table.addCell(new Paragraph(m.nik(), normal));
        table.addCell(new Paragraph(m.name(), normal));
        table.addCell(new Paragraph(m.isCandidate() ? "Ya" : "-", normal));
      }
      doc.add(table);
      doc.add(new Paragraph(" ", normal));
      doc.add(new Paragraph("Dokumen yang diserahkan:", bold));
      a.documents().forEach((k, v) -> {
        if (Boolean.TRUE.equals(v) && DOCUMENTS.containsKey(k)) {
          doc.add(new Paragraph("  - " + DOCUMENTS.get(k), normal));
        }
      });
      doc.add(new Paragraph(" ", normal));
      doc.add(new Paragraph("Standar waktu layanan: paling lama " + serviceTimeStandard(a.type()) + ".", normal));
      doc.add(new Paragraph("Biaya: Rp0 (tidak dipungut biaya).", normal));
      doc.add(new Paragraph("Cek status permohonan: halaman /status (nomor permohonan dan tanggal lahir pemohon), "
          + "atau tanyakan ke loket kelurahan dengan membawa tanda terima ini.", normal));
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("receipt could not be rendered", e);
    }
    return out.toByteArray();
  }

  /** The service's time standard from the process owner's {@code time-standards} table (step SERVICE). */
  String serviceTimeStandard(String requestType) {
    var result = decisions.evaluateDecisionByKey("time-standards")
        .variables(java.util.Map.of("step", "SERVICE", "requestType", requestType)).evaluate().getSingleResult();
    return result == null ? "sesuai SOP" : String.valueOf(result.get("timeLabel"));
  }

  static String typeLabel(String type) {
    return switch (type) {
      case "SWITCH_FROM_MANDIRI" -> "Peralihan dari peserta mandiri ke PBI APBD";
      case "URGENT_REACTIVATION" -> "Reaktivasi mendesak (rawat inap)";
      default -> "Pendaftaran baru peserta PBI APBD";
    };
  }
}
