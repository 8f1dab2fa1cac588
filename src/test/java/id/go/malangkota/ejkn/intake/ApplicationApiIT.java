package id.go.malangkota.ejkn.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/** The application API's unhappy paths: validation, duplicates, another kelurahan, documents. */
@EjknIntegrationTest
class ApplicationApiIT {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;

  TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  long stored() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_application", Long.class)
        + jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_open_candidate", Long.class);
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyInvalidFieldIsReportedAtOnceInIndonesianAndNothingIsStored() {
    Map<String, Object> a = TestFamilies.twoMemberFamily("35.73.01.1006");
    a.put("familyCardNumber", "12345");
    a.put("phone", "0212345");
    a.put("email", "bukan-surel");
    List<Map<String, Object>> members = (List<Map<String, Object>>) a.get("members");
    members.set(0, TestFamilies.member("3573011204859999", "Slamet", "1985-04-13", "KEPALA_KELUARGA", true));
    members.set(1, TestFamilies.member("35730161098", "", "2099-01-01", "ISTRI", true));
    long before = stored();
    long instances = runtime.createProcessInstanceQuery().count();
    ResponseEntity<Map> r = as("pandanwangi").postForEntity("/api/applications", a, Map.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<Map<String, String>> errors = (List<Map<String, String>>) r.getBody().get("errors");
    assertThat(errors).extracting(e -> e.get("field")).contains("familyCardNumber", "phone", "email",
        "members[0].birthDate", "members[1].nik", "members[1].name", "members[1].birthDate");
    assertThat(errors).allSatisfy(e -> assertThat(e.get("message")).isNotBlank());
    assertThat(errors).filteredOn(e -> e.get("field").equals("members[0].birthDate")).singleElement()
        .satisfies(e -> assertThat(e.get("message")).contains("tidak sesuai dengan NIK"));
    assertThat(stored()).isEqualTo(before);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void malformedJsonIsA400WithAMessage() {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map> r = as("pandanwangi").postForEntity("/api/applications", new HttpEntity<>("{\"type\":", h), Map.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getBody().get("code")).isEqualTo("MALFORMED_JSON");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCandidateWithAnOpenApplicationIsA409() {
    Map<String, Object> a = TestFamilies.twoMemberFamily("35.73.01.1006");
    assertThat(as("pandanwangi").postForEntity("/api/applications", a, Map.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> again = TestFamilies.twoMemberFamily("35.73.01.1006");
    ((List<Map<String, Object>>) again.get("members")).set(1, ((List<Map<String, Object>>) a.get("members")).get(1));
    long before = stored();
    ResponseEntity<Map> r = as("pandanwangi").postForEntity("/api/applications", again, Map.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(r.getBody().get("code")).isEqualTo("CANDIDATE_HAS_OPEN_APPLICATION");
    assertThat(r.getBody().get("message").toString()).contains("masih memiliki permohonan");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void nobodyFilesForAnotherKelurahanAndVerifiersCannotFileAtAll() {
    assertThat(as("arjosari").postForEntity("/api/applications", TestFamilies.twoMemberFamily("35.73.01.1006"), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("dinsos").postForEntity("/api/applications", TestFamilies.twoMemberFamily("35.73.01.1006"), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.postForEntity("/api/applications", TestFamilies.twoMemberFamily("35.73.01.1006"), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void documentsAreCheckedByContentAndSizeAndOnlyTheKelurahanReadsThem() throws Exception {
    ResponseEntity<Map> created = as("pandanwangi").postForEntity("/api/applications",
        TestFamilies.twoMemberFamily("35.73.01.1006"), Map.class);
    String number = created.getBody().get("id").toString();
    String docs = "/api/applications/" + number + "/documents";

    ResponseEntity<Map> pdf = upload("pandanwangi", docs, "KK", "kk.pdf", "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes());
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(pdf.getBody().get("contentType")).isEqualTo("application/pdf");
    ResponseEntity<Map> exe = upload("pandanwangi", docs, "KK", "kk.pdf", "MZ\u0090\u0000 not a pdf".getBytes());
    assertThat(exe.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(exe.getBody().toString()).contains("PDF, JPEG atau PNG");
    ResponseEntity<Map> big = upload("pandanwangi", docs, "KK", "besar.pdf", pdfOfSize(2 * 1024 * 1024 + 1));
    assertThat(big.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(upload("pandanwangi", docs, "SURAT_CINTA", "a.pdf", "%PDF-1.4".getBytes()).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(upload("arjosari", docs, "KK", "kk.pdf", "%PDF-1.4".getBytes()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<List> list = as("pandanwangi").getForEntity(docs, List.class);
    assertThat(list.getBody()).hasSize(1);
    String id = ((Map<?, ?>) list.getBody().get(0)).get("id").toString();
    ResponseEntity<byte[]> file = as("pandanwangi").getForEntity(docs + "/" + id, byte[].class);
    assertThat(file.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(new String(file.getBody())).startsWith("%PDF-1.4");
    assertThat(as("arjosari").getForEntity(docs + "/" + id, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("arjosari").getForEntity("/api/applications/" + number, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<byte[]> receipt = as("pandanwangi").getForEntity("/api/applications/" + number + "/receipt", byte[].class);
    assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(receipt.getBody(), 0, 5)).isEqualTo("%PDF-");
    String text = receiptText(receipt.getBody());
    assertThat(text).contains(number).contains("/status?number=" + number).contains("Petugas penerima")
        .contains("Petugas Kel. Pandanwangi");
    ResponseEntity<String> statusPage = rest.getForEntity("/status?number=" + number, String.class);
    assertThat(statusPage.getBody()).contains("value=\"" + number + "\"");
    assertThat(rest.getForEntity("/status?number=<script>", String.class).getBody()).doesNotContain("<script>");
  }

  static byte[] pdfOfSize(int size) {
    byte[] b = new byte[size];
    System.arraycopy("%PDF-1.4".getBytes(), 0, b, 0, 8);
    return b;
  }

  ResponseEntity<Map> upload(String user, String url, String kind, String name, byte[] content) {
    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("kind", kind);
    form.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as(user).postForEntity(url, new HttpEntity<>(form, h), Map.class);
  }

  static String receiptText(byte[] pdf) throws java.io.IOException {
    try (var reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
      var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
      StringBuilder b = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        b.append(extractor.getTextFromPage(page)).append('\n');
      }
      return b.toString();
    }
  }

}
