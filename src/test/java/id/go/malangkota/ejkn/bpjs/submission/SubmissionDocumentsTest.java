package id.go.malangkota.ejkn.bpjs.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.go.malangkota.ejkn.bpjs.Fktp;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionDocumentsTest {

  private static final SubmissionMember SITI = new SubmissionMember("3573014101950021", "SITI KHOIRUNNISA",
      LocalDate.of(1995, 1, 1), "3573010101200001", null, new Fktp("13050101", "PUSKESMAS PANDANWANGI"));
  private static final SubmissionMember BUDI = new SubmissionMember("3573011505900022", "BUDI \"ANTO\" SANTOSO",
      LocalDate.of(1990, 5, 15), "3573010101200001", null, new Fktp("13050101", "PUSKESMAS PANDANWANGI"));

  private static String text(byte[] pdf) throws Exception {
    PdfReader reader = new PdfReader(pdf);
    StringBuilder all = new StringBuilder();
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      all.append(extractor.getTextFromPage(page)).append('\n');
    }
    reader.close();
    return all.toString();
  }

  @Test
  void letterHasLetterheadNumberDateMembersLegalBasisAndSignatureBlock() throws Exception {
    SubmissionRequest request = new SubmissionRequest("REGISTER-abc", SubmissionType.REGISTER, List.of(SITI, BUDI),
        null, false, "APP-2025-0001", "Kepala Dinas");
    byte[] pdf = SubmissionLetter.render(request, new SubmissionLetter.Header("400.7/12/35.73.302/2025",
        LocalDate.of(2025, 8, 17), "dr. Nama Pejabat", "Sekretaris Dinas Kesehatan", "19700101 199503 1 001",
        "Jl. Simpang Laksda Adi Sucipto No. 45"));
    String text = text(pdf);
    assertThat(text).contains("PEMERINTAH KOTA MALANG", "DINAS KESEHATAN", "400.7/12/35.73.302/2025",
        "17 Agustus 2025", "SITI KHOIRUNNISA", "3573014101950021", "3573010101200001", "PANDANWANGI", "(13050101)",
        "Nomor 82 Tahun 2018", "Nomor 59 Tahun 2024", "a.n. KEPALA DINAS KESEHATAN", "dr. Nama Pejabat",
        "Pendaftaran Peserta JKN", "APP-2025-0001");
    assertThat(text).doesNotContain("28 Tahun 2014");
  }

  @Test
  void urgentReactivationCitesPermenkes28() throws Exception {
    SubmissionRequest request = new SubmissionRequest("REACTIVATE-abc", SubmissionType.REACTIVATE, List.of(SITI),
        null, true, null, null);
    String text = text(SubmissionLetter.render(request, new SubmissionLetter.Header("400.7/1/35.73.302/2025",
        LocalDate.of(2025, 1, 2), "x", "y", "z", "a")));
    assertThat(text).contains("Nomor 28 Tahun 2014", "Segera", "Pengaktifan Kembali", "2 Januari 2025");
  }

  @Test
  void csvHasOneQuotedRowPerMember() {
    SubmissionRequest request = new SubmissionRequest("DEACTIVATE-abc", SubmissionType.DEACTIVATE, List.of(SITI, BUDI),
        "MOVED_OUT", false, null, null);
    String csv = new String(SubmissionCsv.render(request), StandardCharsets.UTF_8);
    String[] lines = csv.split("\r\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).startsWith("\uFEFF\"NO\";\"NIK\"");
    assertThat(lines[1]).isEqualTo("\"1\";\"3573014101950021\";\"3573010101200001\";\"SITI KHOIRUNNISA\";\"01-01-1995\";"
        + "\"P\";\"\";\"13050101\";\"PUSKESMAS PANDANWANGI\";\"PENONAKTIFAN\";\"pindah domisili ke luar Kota Malang\"");
    assertThat(lines[2]).contains("\"BUDI \"\"ANTO\"\" SANTOSO\"", "\"L\"");
  }

  @Test
  void csvNeutralisesFormulas() {
    assertThat(SubmissionCsv.quote("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
  }

  @Test
  void sexFollowsTheNik() {
    assertThat(SITI.sex()).isEqualTo("P"); // day of birth 41 = 1 + 40
    assertThat(BUDI.sex()).isEqualTo("L");
  }
}
