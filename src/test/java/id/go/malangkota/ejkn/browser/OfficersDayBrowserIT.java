package id.go.malangkota.ejkn.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.intake.TestFamilies;
import id.go.malangkota.ejkn.support.Browser;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import id.go.malangkota.ejkn.support.FormJs;
import id.go.malangkota.ejkn.verification.TaskCards;
import id.go.malangkota.ejkn.support.TestInfrastructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * The officer's day in a real browser (Debian's chromium, headless): Tasklist in Indonesian, the Camunda start
 * form with a wrong NIK and its correction, the document page, the three verifying agencies in their own filters,
 * the FKTP, the signature, the finished application; an urgent reactivation with its WIB deadline at the top of
 * "Mendesak"; the auditor in Cockpit who cannot complete tasks; the SOP page printed to PDF. Each step leaves a
 * screenshot in target/browser-screenshots (a selection is in docs/officers-day.md).
 */
@EjknIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OfficersDayBrowserIT.StopAtFirstFailure.class)
class OfficersDayBrowserIT {

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  static final String KELURAHAN = "35.73.01.1006";
  static final String REGISTRATION = "Layanan Kepesertaan JKN dibiayai Pemkot Malang";
  static final String URGENT = "Reaktivasi Mendesak JKN (rawat inap 3×24 jam)";
  static final By START_BUTTON = By.cssSelector(".modal-footer button.btn-primary");
  static final By COMPLETE_BUTTON = By.cssSelector("button[ng-click='complete()']");

  /** target/browser-screenshots (the PostgreSQL run in its own subfolder, so both runs' pictures are kept). */
  static final Path SCREENSHOTS = "postgres".equals(TestInfrastructure.database())
      ? Path.of("target", "browser-screenshots", "postgres") : Path.of("target", "browser-screenshots");

  static Browser browser;
  static boolean failed;

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired org.camunda.bpm.engine.FormService forms;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.camunda.bpm.engine.RepositoryService repository;
  final ObjectMapper json = new ObjectMapper();

  FormJs form;
  long started;
  // the family of the new registration
  final String familyCard = "35730120011" + ThreadLocalRandom.current().nextInt(10000, 99999);
  final LocalDate husbandBorn = LocalDate.of(1985, 4, 12);
  final LocalDate wifeBorn = LocalDate.of(1988, 9, 22);
  final String husbandNik = TestFamilies.nik(husbandBorn.toString(), false);
  final String wifeNik = TestFamilies.nik(wifeBorn.toString(), true);
  String number;
  String processInstanceId;
  Path kkScan;
  // the urgent reactivation
  final String urgentFamilyCard = "35730120011" + ThreadLocalRandom.current().nextInt(10000, 99999);
  final LocalDate patientBorn = LocalDate.of(1960, 2, 10);
  final String patientNik = TestFamilies.nik(patientBorn.toString(), false);
  String urgentNumber;
  String urgentTaskId;

  @BeforeAll
  void startBrowser() {
    started = System.nanoTime();
    browser = Browser.start("http://localhost:" + port, SCREENSHOTS);
    form = new FormJs(browser);
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void onlyAfterTheStepsBefore() {
    assumeTrue(!failed, "an earlier step of the officer's day failed");
  }

  @Test
  @Order(1)
  void theKelurahanOfficerLogsInToTasklistInIndonesian() {
    browser.open("/camunda/app/tasklist/default/#/login");
    WebElement username = browser.visible(By.cssSelector("input[ng-model='username']"));
    assertThat(username.getAttribute("placeholder")).isEqualTo("Nama pengguna");
    assertThat(browser.visible(By.cssSelector("form button[type='submit']")).getText()).isEqualTo("Masuk");
    shot("masuk-tasklist");

    browser.login("tasklist", "pandanwangi");
    browser.visible(By.xpath("//a[contains(normalize-space(.),'Mulai proses')]"));
    browser.visible(filter("Tugas Kelurahan Pandanwangi"));
    browser.visible(filter("Mendesak"));
    shot("tasklist-kelurahan");
  }

  @Test
  @Order(2)
  void sheStartsARegistrationForAFamilyAndTheWrongNikIsRefused() {
    startForm(REGISTRATION, "Field_familyCardNumber");
    shot("formulir-pendaftaran");
    form.text("Field_familyCardNumber", familyCard)
        .text("Field_address", "Jl. Simpang Borobudur No. 7, RT 03 RW 05, Pandanwangi")
        .text("Field_phone", "0812-3456-7890")
        .text("Field_email", "keluarga.riyadi@example.id")
        .choose("Pemohon sendiri");
    member(0, husbandNik, "Slamet Riyadi", husbandBorn, "Kepala keluarga");
    form.addListItem();
    // a NIK of 15 digits: form-js shows the pattern message at once and the start button stays disabled
    String wrongBirthDateNik = wifeNik.substring(0, 6) + "61" + wifeNik.substring(8); // 21-09-88, not 22-09-88
    member(1, wrongBirthDateNik.substring(0, 15), "Sri Wahyuni", wifeBorn, "Istri");
    form.blur();
    browser.until(d -> !form.errors("Field_members_nik_1").isEmpty());
    // in Indonesian, as a person would say it, not form-js's "Field must match pattern ^[0-9]{16}$."
    assertThat(form.errors("Field_members_nik_1")).singleElement().asString().isEqualTo("NIK harus 16 angka.");
    String dialog = browser.visible(By.cssSelector(".modal-dialog")).getText();
    assertThat(dialog).contains("Tambah baris").doesNotContain("Add new").doesNotContain("Field ");
    browser.until(ExpectedConditions.attributeToBe(START_BUTTON, "disabled", "true"));
    form.check("Field_docKtp").check("Field_docFamilyCard").check("Field_docRtRwLetter");
    browser.js("arguments[0].scrollIntoView({block: 'center'})", form.input("Field_members_nik_1"));
    shot("nik-15-digit");

    // 16 digits, but the birth date in the NIK is not hers: the server refuses the start, in Indonesian
    form.text("Field_members_nik_1", wrongBirthDateNik).blur();
    browser.until(d -> form.errors("Field_members_nik_1").isEmpty());
    browser.click(START_BUTTON);
    // said beside the button, where she is looking, with the field as the form names it (the server answers 400)
    WebElement refusal = browser.visible(By.cssSelector(".modal-footer .ejkn-refusal"));
    assertThat(refusal.getText()).contains("Permohonan belum dapat disimpan")
        .contains("Anggota keluarga ke-2, tanggal lahir: Tanggal lahir tidak sesuai dengan NIK (NIK memuat tanggal "
            + "lahir 21-09-..88)")
        .doesNotContain("members[");
    browser.js("arguments[0].scrollIntoView({block: 'center'})", refusal);
    shot("nik-ditolak-server");
    assertThat(filed(familyCard)).as("nothing is stored").isEmpty();

    form.text("Field_members_nik_1", wifeNik).blur();
    browser.click(START_BUTTON);
    browser.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
    browser.until(d -> browser.notifications().contains("Proses telah dimulai"));
    shot("permohonan-dimulai");

    List<Map<String, Object>> filed = browser.until(d -> filed(familyCard).isEmpty() ? null : filed(familyCard));
    assertThat(filed).hasSize(1);
    processInstanceId = (String) filed.get(0).get("process_instance_id");
    number = (String) filed.get(0).get("application_number");
    // the number at once, with the receipt to print and the page to upload the scans
    WebElement started = browser.visible(By.id("ejkn-started"));
    assertThat(started.findElement(By.cssSelector(".ejkn-number")).getText()).isEqualTo(number);
    assertThat(started.findElement(By.linkText("Cetak tanda terima")).getAttribute("href"))
        .endsWith("/api/applications/" + number + "/receipt");
    assertThat(started.findElement(By.linkText("Unggah dokumen")).getAttribute("href")).endsWith("/dokumen/?no=" + number);
    started.findElement(By.cssSelector(".ejkn-close")).click();
    browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("ejkn-started")));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
        .processDefinitionKey("jkn-registration").count()).isOne();
    assertThat(number).matches("JKN-\\d{4}-\\d{6}");
  }

  @Test
  @Order(3)
  void sheUploadsTheFamilyCardScanOnTheDocumentPage() throws Exception {
    kkScan = familyCardScan();
    browser.open("/dokumen/?no=" + number);
    browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nomor"), number + " — Slamet Riyadi — diproses"));
    new org.openqa.selenium.support.ui.Select(browser.visible(By.id("jenis"))).selectByValue("KK");
    // no file chosen yet: the page says so in Indonesian, not the browser's own bubble or file button
    assertThat(browser.visible(By.id("berkasNama")).getText()).isEqualTo("Belum ada berkas dipilih");
    browser.click(By.cssSelector("#unggah button[type='submit']"));
    browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pesan"), "Pilih berkas pindaian"));
    browser.driver().findElement(By.id("berkas")).sendKeys(kkScan.toAbsolutePath().toString());
    assertThat(browser.visible(By.id("berkasNama")).getText()).isEqualTo("kk-riyadi.png");
    browser.click(By.cssSelector("#unggah button[type='submit']"));
    browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pesan"), "Dokumen tersimpan."));
    browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("daftar"), "kk-riyadi.png"));
    browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("daftar"), "Kartu Keluarga"));
    shot("unggah-dokumen");
  }

  @Test
  @Order(4)
  void eachAgencySeesOnlyItsOwnTaskOpensTheScanAndApproves() {
    verify("dispendukcapil", "Tugas Dinas Kependudukan dan Pencatatan Sipil", "verifyCivilRegistry",
        "Verifikasi NIK, KK dan domisili", true);
    verify("dinsos", "Tugas Dinas Sosial P3AP2KB", "verifyWelfare", "Verifikasi data kesejahteraan sosial", false);
    verify("disnaker", "Tugas Dinas Tenaga Kerja PMPTSP", "verifyEmployment", "Verifikasi status pekerja formal",
        false);
  }

  @Test
  @Order(5)
  void dinkesAssignsTheFktpOfEachCandidate() {
    Task task = openTask("dinkes", "Tugas Dinas Kesehatan", processInstanceId, "assignFktp");
    claim();
    form.rendered("Field_fktpAssignments_fktpCode_1");
    assertThat(form.input("Field_fktpAssignments_name_0").getAttribute("value")).isEqualTo("Slamet Riyadi");
    assertThat(form.input("Field_fktpAssignments_name_1").getAttribute("value")).isEqualTo("Sri Wahyuni");
    form.search("Field_fktpAssignments_fktpCode_0", "Pandanwangi", "Puskesmas Pandanwangi")
        .search("Field_fktpAssignments_fktpCode_1", "Pandanwangi", "Puskesmas Pandanwangi");
    browser.js("arguments[0].scrollIntoView({block: 'center'})", form.input("Field_fktpAssignments_fktpCode_1"));
    shot("dinkes-fktp");
    complete(task);
  }

  @Test
  @Order(6)
  void theHeadOfDinkesSigns() {
    Task task = openTask("kadinkes", "Tugas Kepala Dinas Kesehatan", processInstanceId, "signApproval");
    claim();
    form.rendered("Field_signDecision-0").choose("Setujui dan tandatangani pengajuan ke BPJS");
    shot("kadinkes-tandatangan");
    complete(task);
  }

  @Test
  @Order(7)
  void theKelurahanSeesTheApplicationFinished() throws Exception {
    browser.login("tasklist", "pandanwangi");
    browser.waiting(Duration.ofSeconds(90)).until(d -> {
      browser.open("/dokumen/?no=" + number);
      return browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.textToBePresentInElementLocated(
          By.id("nomor"), number)) && browser.visible(By.id("nomor")).getText().contains(number + " — Slamet Riyadi — selesai");
    });
    shot("dokumen-selesai");

    browser.open("/api/applications/" + number);
    JsonNode application = json.readTree(browser.visible(By.tagName("pre")).getText());
    assertThat(application.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(application.path("candidates")).hasSize(2)
        .allSatisfy(c -> assertThat(c.path("outcome").asText()).isEqualTo("ACTIVE"));
    shot("status-permohonan-json");
  }

  @Test
  @Order(8)
  void anUrgentReactivationShowsItsWibDeadlineAtTheTopOfMendesak() {
    arrangeInactive(patientNik, "Sumarno", patientBorn);
    ZonedDateTime admission = ZonedDateTime.now(WIB).minusHours(1).truncatedTo(ChronoUnit.HOURS)
        .plusMinutes(ZonedDateTime.now(WIB).minusHours(1).getMinute() / 15 * 15);
    browser.open("/camunda/app/tasklist/default/");
    startForm(URGENT, "Field_hospitalAdmission-date");
    assertThat(browser.js("return Intl.DateTimeFormat().resolvedOptions().timeZone")).isEqualTo("Asia/Jakarta");
    form.date("Field_hospitalAdmission", admission.toLocalDate())
        .time("Field_hospitalAdmission", admission.toLocalTime())
        .text("Field_familyCardNumber", urgentFamilyCard)
        .text("Field_address", "Jl. Ciliwung No. 3, RT 01 RW 02, Pandanwangi")
        .text("Field_phone", "0813-3300-1122")
        .text("Field_email", "igd@rssa.example.id")
        .choose("Pemohon sendiri");
    member(0, patientNik, "Sumarno", patientBorn, "Kepala keluarga");
    form.check("Field_docKtp").check("Field_docFamilyCard").check("Field_docHospitalLetter");
    browser.js("arguments[0].scrollIntoView({block: 'center'})", form.input("Field_hospitalAdmission-date"));
    shot("formulir-reaktivasi-mendesak");
    browser.click(START_BUTTON);
    browser.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
    browser.until(d -> browser.notifications().contains("Proses telah dimulai"));

    Map<String, Object> urgent = browser.until(d -> filed(urgentFamilyCard).isEmpty() ? null : filed(urgentFamilyCard).get(0));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId((String) urgent.get("process_instance_id"))
        .processDefinitionKey("jkn-urgent-reactivation").count()).isOne();
    urgentNumber = (String) urgent.get("application_number");
    assertThat(browser.visible(By.cssSelector("#ejkn-started .ejkn-number")).getText()).isEqualTo(urgentNumber);
    browser.click(By.cssSelector("#ejkn-started .ejkn-close"));
    Task civil = browser.until(d -> tasks.createTaskQuery().processVariableValueEquals("applicationNumber", urgentNumber)
        .taskDefinitionKey("verifyCivilRegistry").singleResult());
    urgentTaskId = civil.getId();
    String deadlineText = (String) forms.getTaskFormVariables(urgentTaskId).get("deadlineText");
    assertThat(deadlineText).contains("WIB").contains("batas akhir 3×24 jam");

    browser.login("tasklist", "dispendukcapil");
    browser.click(filter("Mendesak"));
    // the list re-renders while the filter's count and cards arrive: read the first card as one step, again if redrawn
    String firstCard = browser.until(d -> {
      WebElement first = d.findElement(By.cssSelector("ol.tasks-list > li.task"));
      String href = first.findElement(By.cssSelector("h4.task a")).getAttribute("href");
      return href != null && href.contains("task=" + urgentTaskId) ? first.getText() : null;
    });
    assertThat(firstCard).contains("Verifikasi NIK, KK dan domisili");
    browser.click(By.cssSelector("ol.tasks-list h4.task a[href*='task=" + urgentTaskId + "']"));
    WebElement header = browser.visible(By.xpath("//div[contains(@class,'fjs-form-field-text')]"
        + "[contains(normalize-space(.),'Permohonan " + urgentNumber + "')]"));
    assertThat(header.getText()).contains(deadlineText);
    shot("mendesak-tenggat-wib");
  }

  @Test
  @Order(9)
  void theAuditorReadsTheTrailInCockpitButCannotCompleteTasks() {
    browser.login("cockpit", "auditor");
    // the audit plugin's trail of the finished registration: every step, who did it, DMN decisions, documents
    browser.open("/camunda/app/cockpit/default/#/audit/" + number);
    WebElement title = browser.visible(By.xpath("//h1[contains(normalize-space(.),'Jejak audit " + number + "')]"));
    browser.until(ExpectedConditions.textToBePresentInElement(title, "Selesai"));
    browser.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Linimasa"));
    shot("auditor-jejak-audit");

    browser.login("tasklist", "auditor");
    browser.open("/camunda/app/tasklist/default/#/?task=" + urgentTaskId);
    WebElement header = browser.visible(By.xpath("//div[contains(@class,'fjs-form-field-text')][contains(normalize-space(.),'Permohonan "
        + urgentNumber + "')]"));
    assertThat(browser.all(COMPLETE_BUTTON).stream().filter(b -> b.isDisplayed() && b.isEnabled()).toList())
        .as("no usable complete button for the auditor").isEmpty();
    Object status = browser.js("return fetch('/engine-rest/task/' + arguments[0] + '/complete', {method: 'POST',"
        + " headers: {'Content-Type': 'application/json', 'Authorization': 'Basic ' + btoa('auditor:demo')},"
        + " body: '{}'}).then(r => r.status)", urgentTaskId);
    assertThat(((Number) status).intValue()).isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(urgentTaskId).count()).isOne();
    new org.openqa.selenium.interactions.Actions(browser.driver())
        .moveToElement(header).perform(); // no tooltip of the filter over the picture
    shot("auditor-tidak-dapat-menyelesaikan");
  }

  @Test
  @Order(10)
  void theSopPagePrints() throws Exception {
    assertThat(rest.getForEntity("/sop", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    browser.open("/sop");
    shot("sop-layanan");
    // the SOP of the first service (cards link "Lihat SOP"), printed as Chrome prints it (window.print())
    browser.click(By.xpath("(//li[contains(@class,'card')]//a[normalize-space(.)='Lihat SOP'])[1]"));
    browser.visible(By.cssSelector("nav.crumbs"));
    shot("sop-cetak");
    byte[] pdf = browser.printToPdf();
    Path file = SCREENSHOTS.resolve("sop-cetak.pdf");
    Files.write(file, pdf);
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(pdf.length).isGreaterThan(5_000);

    // the official SOP-AP PDF behind "Unduh PDF", rendered to a picture as a reader sees it
    String href = browser.visible(By.xpath("//a[normalize-space(.)='Unduh PDF']")).getAttribute("href");
    org.springframework.http.ResponseEntity<byte[]> official =
        rest.getForEntity(java.net.URI.create(href).getPath(), byte[].class);
    assertThat(official.getStatusCode()).isEqualTo(HttpStatus.OK);
    Files.write(SCREENSHOTS.resolve("sop-ap.pdf"), official.getBody());
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(official.getBody())) {
      org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
      int chartPage = -1;
      for (int page = 1; page <= doc.getNumberOfPages() && chartPage < 0; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(doc);
        if (text.contains("Pelaksana") && text.contains("Kelengkapan") && text.contains("Waktu")
            && text.contains("Output") && text.contains("Keterangan")) {
          chartPage = page - 1;
        }
      }
      assertThat(chartPage).as("a page with the SOP-AP matrix (Pelaksana … Keterangan)").isNotNegative();
      java.awt.image.BufferedImage picture = new org.apache.pdfbox.rendering.PDFRenderer(doc)
          .renderImageWithDPI(chartPage, 110);
      javax.imageio.ImageIO.write(picture, "png", SCREENSHOTS.resolve("sop-ap-pdf.png").toFile());
      // the standard symbols are drawn: start/end terminators and decision diamonds in their fills (SopChartPdf)
      assertThat(pixels(picture, 0xD8EEE0)).as("start/end terminator fill").isGreaterThan(300);
      assertThat(pixels(picture, 0xFBEFD5)).as("decision diamond fill").isGreaterThan(300);
    }
  }

  @Test
  @Order(12)
  void theProcessOwnersChangeIsProposedReviewedSideBySideApprovedAndIsTheSop() throws Exception {
    // the Modeler's export of the changed diagram (here: one task renamed), as the process owner saves it
    String oldName = "Tetapkan FKTP tiap calon";
    String newName = "Tetapkan FKTP untuk setiap calon peserta";
    String bpmn = new String(getClass().getResourceAsStream("/processes/jkn-registration.bpmn").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(bpmn).contains("name=\"" + oldName + "\"");
    Path exported = Files.createDirectories(SCREENSHOTS.resolve("modeler-export")).resolve("jkn-registration.bpmn");
    Files.writeString(exported, bpmn.replace("name=\"" + oldName + "\"", "name=\"" + newName + "\""));

    browser.login("tasklist", "pemilik-proses");
    browser.open("/usulan-sop/");
    // nothing chosen yet: said in Indonesian beside the button, not in the browser's language
    browser.click(By.cssSelector("#ajukan button[type='submit']"));
    assertThat(browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#pesanAjukan.galat")))
        .getText()).isEqualTo("Uraian perubahan wajib diisi.");
    assertThat(browser.visible(By.id("berkasNama")).getText()).isEqualTo("Belum ada berkas dipilih");
    browser.type(browser.visible(By.id("uraian")), "Nama tugas Dinkes diperjelas");
    browser.driver().findElement(By.id("berkas")).sendKeys(exported.toAbsolutePath().toString());
    browser.click(By.cssSelector("#ajukan button[type='submit']"));
    WebElement sent = browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#pesanAjukan.ok")));
    assertThat(sent.getText()).contains("menunggu persetujuan");
    String id = sent.getText().replaceAll(".*(USUL-[A-Z0-9]+).*", "$1");
    browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("perubahan"), newName));
    assertThat(browser.visible(By.id("berkasNama")).getText()).isEqualTo("jkn-registration.bpmn");
    assertThat(browser.visible(By.id("status")).getText()).as("day-first, WIB")
        .matches(".*diajukan pemilik-proses \\d{1,2} \\p{L}+ \\d{4},? \\d{2}[.:]\\d{2} WIB.*");
    shot("usulan-sop-diajukan");

    String deploymentId = null;
    try {
      // the head of Dinkes reviews: the changes, the findings, the diagram in force and the proposal side by side
      browser.login("tasklist", "kadinkes");
      browser.open("/usulan-sop/");
      browser.click(By.xpath("//tbody[@id='daftar']/tr[td[1][normalize-space(.)='" + id + "']]"));
      browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("judul"), id));
      browser.until(d -> d.findElements(By.cssSelector("#diagram .kanvas svg")).size() >= 2);
      assertThat(browser.visible(By.id("perubahan")).getText()).contains(oldName).contains(newName);
      browser.js("document.getElementById('diagram').scrollIntoView({block: 'start'})");
      shot("usulan-sop-ditinjau");
      browser.click(By.id("setujui"));
      browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#pesanRinci.ok")));
      browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "terbit"));
      shot("usulan-sop-terbit");
      deploymentId = jdbc.queryForObject("SELECT deployment_id FROM ejkn_sop_proposal WHERE id = ?", String.class, id);

      // the public SOP shows the new version at once
      browser.open("/sop/pendaftaran-baru");
      browser.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), newName));
      assertThat(browser.visible(By.tagName("body")).getText()).doesNotContain(oldName);
      shot("sop-versi-baru");
    } finally {
      if (deploymentId != null) {
        repository.deleteDeployment(deploymentId, true); // the other tests of this JVM expect the shipped models
      }
    }
  }

  @Test
  @Order(13)
  void aTaskCreatedOnTheFridayBeforeAHolidayMondayIsDueOnTuesday() {
    // Friday 14 August 2026, 15.00 WIB; Monday the 17th is Independence Day in the working calendar (DMN)
    ZonedDateTime friday = ZonedDateTime.of(2026, 8, 14, 15, 0, 0, 0, WIB);
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(friday.toInstant()));
    String pid;
    Task civil;
    try {
      pid = rest.withBasicAuth("pandanwangi", "demo").postForEntity("/api/applications",
          TestFamilies.twoMemberFamily("35.73.01.1006"), Map.class).getBody().get("processInstanceId").toString();
      civil = browser.waiting(Duration.ofSeconds(60)).until(d -> tasks.createTaskQuery().processInstanceId(pid)
          .taskDefinitionKey("verifyCivilRegistry").singleResult());
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
    try {
      assertThat(civil.getDueDate().toInstant()).as("one working day: not Saturday, Sunday or the holiday")
          .isEqualTo(ZonedDateTime.of(2026, 8, 18, 15, 0, 0, 0, WIB).toInstant());
      browser.login("tasklist", "dispendukcapil");
      browser.click(filter("Tugas Dinas Kependudukan dan Pencatatan Sipil"));
      browser.click(By.cssSelector("ol.tasks-list h4.task a[href*='task=" + civil.getId() + "']"));
      WebElement header = browser.visible(By.xpath("//div[contains(@class,'fjs-form-field-text')]"
          + "[contains(normalize-space(.),'Batas waktu')]"));
      assertThat(header.getText()).contains("Selasa, 18 Agustus 2026 15.00 WIB").contains("1 hari kerja");
      shot("tenggat-hari-kerja-jumat");
    } finally {
      runtime.deleteProcessInstance(pid, "Uji tenggat hari kerja selesai", true, true);
    }
  }

  /**
   * Texts an officer must never meet: what form-js and the Camunda webapps say in English when they are not
   * translated (whole words, case as shipped). Every screen the test passes is checked against them.
   */
  static final List<String> ENGLISH = List.of("Field is required", "Field must match pattern", "Select", "Add new",
      "Search", "Submit", "Claim", "Unclaim", "Complete", "Start process", "Create task", "Filter Tasks", "Created",
      "Due date", "Follow-up date", "Add a comment", "Keyboard Shortcuts", "History", "Description", "Sign out",
      "Loading", "Powered by", "Please fill out this field", "Cancel", "Close",
      "Back", "Save", "Processes", "Decisions", "Human Tasks", "Dashboard");

  /**
   * The browser draws its own file button ("Choose File", "No file chosen") in the browser's language, outside the
   * page's text: a file input that is drawn counts as English on the screen.
   */
  static final String DRAWN_FILE_INPUTS = "return [...document.querySelectorAll('input[type=file]')].filter(i => {"
      + " const r = i.getBoundingClientRect(), s = getComputedStyle(i);"
      + " return r.width > 2 && r.height > 2 && s.opacity !== '0' && s.visibility !== 'hidden'; }).length";

  /** A screenshot of the screen as the officer sees it, after checking no English text is on it. */
  void shot(String name) {
    String text = (String) browser.js("return document.body.innerText");
    List<String> english = new java.util.ArrayList<>(ENGLISH.stream()
        .filter(word -> java.util.regex.Pattern.compile("(?<![\\p{L}-])" + java.util.regex.Pattern.quote(word)
            + "(?![\\p{L}-])").matcher(text).find()).toList());
    if (((Number) browser.js(DRAWN_FILE_INPUTS)).intValue() > 0) {
      english.add("Choose File / No file chosen (the browser's own file button)");
    }
    browser.shot(name);
    assertThat(english).as("English on the screen %s", name).isEmpty();
  }

  /** How many pixels of the picture have exactly this colour (RGB). */
  static long pixels(java.awt.image.BufferedImage picture, int rgb) {
    long n = 0;
    for (int y = 0; y < picture.getHeight(); y++) {
      for (int x = 0; x < picture.getWidth(); x++) {
        if ((picture.getRGB(x, y) & 0xFFFFFF) == rgb) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  @Order(11)
  void theWholeDayTookLessThanThreeMinutes() {
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    System.out.printf("OfficersDayBrowserIT: the officer's day took %d s in the browser%n", took.toSeconds());
    assertThat(took).isLessThan(Duration.ofMinutes(3));
  }

  // --- steps ---------------------------------------------------------------------------------------------------

  static By filter(String name) {
    return By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(.),'" + name + "')]");
  }

  void startForm(String process, String firstField) {
    browser.click(By.xpath("//a[contains(normalize-space(.),'Mulai proses')]"));
    By link = By.xpath("//div[contains(@class,'modal')]//ul[contains(@class,'processes')]//a[normalize-space(.)='"
        + process + "']");
    // a click that lands while the modal is still fading in is lost: click again while the list is still shown
    for (int attempt = 1; ; attempt++) {
      browser.click(link);
      try {
        browser.waiting(Duration.ofSeconds(10)).until(ExpectedConditions.or(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='-" + firstField + "']")),
            ExpectedConditions.invisibilityOfElementLocated(link)));
      } catch (org.openqa.selenium.TimeoutException stillListed) {
        if (attempt < 3) {
          continue;
        }
      }
      break;
    }
    form.rendered(firstField);
  }

  /**
   * One family member. A full NIK holds the birth date: the form proposes it (day-first) and the officer only checks
   * it; with a NIK of fewer digits the officer types the date.
   */
  void member(int index, String nik, String name, LocalDate born, String relationship) {
    form.text("Field_members_nik_" + index, nik).blur();
    if (nik.length() == 16) {
      WebElement date = form.input("Field_members_birthDate_" + index + "-date");
      browser.until(d -> FormJs.shown(born).equals(date.getAttribute("value")));
      form.text("Field_members_name_" + index, name);
    } else {
      form.text("Field_members_name_" + index, name).date("Field_members_birthDate_" + index, born);
    }
    form.select("Field_members_relationship_" + index, relationship)
        .check("Field_members_candidate_" + index);
  }

  /** An agency's verifier: logs in, finds the task in the agency's filter, opens the scan, approves. */
  void verify(String user, String filterName, String taskKey, String taskName, boolean screenshots) {
    Task task = openTask(user, filterName, processInstanceId, taskKey);
    // everything in the agency's filter is a task of the agency (other tests' tasks may be there too)
    List<String> listed = browser.until(d -> d.findElements(By.cssSelector("ol.tasks-list h4.task a")).stream()
        .map(a -> a.getAttribute("href").replaceAll(".*task=", "")).toList()); // read again if the list is redrawn
    assertThat(listed).as("tasks in %s", filterName).contains(task.getId())
        .allSatisfy(id -> assertThat(tasks.createTaskQuery().taskId(id).taskCandidateGroup(user).includeAssignedTasks()
            .count()).as("task %s belongs to %s", id, user).isOne());
    // the card says which application it is about: the SOP's task name, the number, the applicant, the kelurahan
    assertThat(browser.visible(By.cssSelector("ol.tasks-list h4.task a[href*='task=" + task.getId() + "']")).getText())
        .isEqualTo(taskName + TaskCards.SEPARATOR + number + " · Slamet Riyadi · Kelurahan Pandanwangi");
    if (screenshots) {
      shot("tugas-" + user);
    }
    // the verification summary links the uploaded scan: open it in a new tab, like the verifier does
    WebElement link = browser.visible(By.xpath("//div[contains(@class,'fjs-form-field-text')]//a[contains(@href,"
        + "'/api/applications/" + number + "/documents/')]"));
    assertThat(link.getText()).isEqualTo("KK: kk-riyadi.png");
    String href = link.getAttribute("href");
    String tasklist = browser.driver().getWindowHandle();
    browser.driver().switchTo().newWindow(WindowType.TAB);
    browser.driver().get(href);
    browser.until(d -> Boolean.TRUE.equals(browser.js(
        "const i = document.querySelector('img'); return !!i && i.complete && i.naturalWidth > 0")));
    if (screenshots) {
      shot("pindaian-kk-" + user);
    }
    browser.driver().close();
    browser.driver().switchTo().window(tasklist);

    claim();
    form.choose("Setujui");
    if (screenshots) {
      shot("setujui-" + user);
    }
    complete(task);
  }

  /** Logs in, opens the filter, checks the task is listed there and opens it. */
  Task openTask(String user, String filterName, String pid, String taskKey) {
    Task task = browser.waiting(Duration.ofSeconds(60)).until(d -> tasks.createTaskQuery().processInstanceId(pid)
        .taskDefinitionKey(taskKey).singleResult());
    browser.login("tasklist", user);
    browser.click(filter(filterName));
    By card = By.cssSelector("ol.tasks-list h4.task a[href*='task=" + task.getId() + "']");
    browser.click(card);
    browser.visible(By.xpath("//div[contains(@class,'fjs-form-field-text')][contains(normalize-space(.),'Permohonan "
        + number + "')]"));
    return task;
  }

  void claim() {
    browser.click(By.cssSelector("button.claim"));
    browser.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
  }

  void complete(Task task) {
    browser.click(COMPLETE_BUTTON);
    browser.waiting(Duration.ofSeconds(60)).until(d -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
  }

  void arrangeInactive(String nik, String name, LocalDate born) {
    Map<String, Object> peserta = Map.of("nama", name.toUpperCase(), "tglLahir", born.toString(), "sex", "L",
        "statusPeserta", Map.of("kode", "1", "keterangan", "NON AKTIF"),
        "jenisPeserta", Map.of("kode", "14", "keterangan", "PBPU"),
        "hakKelas", Map.of("kode", "3", "keterangan", "KELAS III"),
        "provUmum", Map.of("kdProvider", "13050101", "nmProvider", "PUSKESMAS PANDANWANGI"));
    assertThat(rest.exchange("/bpjs-simulator/peserta/" + nik, HttpMethod.PUT, new HttpEntity<>(peserta), String.class)
        .getStatusCode().is2xxSuccessful()).isTrue();
  }

  /** A "scan" of the family card: a page the browser renders and photographs (PNG, a few tens of KB). */
  Path familyCardScan() throws Exception {
    String page = "<html><body style='margin:0;background:#e9efe6;font-family:sans-serif'>"
        + "<div style='margin:40px;padding:30px;border:3px double #4a6b3a;background:#f7faf3'>"
        + "<h1 style='text-align:center;margin:0'>KARTU KELUARGA</h1>"
        + "<p style='text-align:center'>No. " + familyCard + "</p>"
        + "<p>Kepala Keluarga: SLAMET RIYADI &nbsp; Alamat: JL. SIMPANG BOROBUDUR NO. 7 RT 03 RW 05</p>"
        + "<p>Kelurahan: PANDANWANGI &nbsp; Kecamatan: BLIMBING &nbsp; Kota: MALANG &nbsp; Provinsi: JAWA TIMUR</p>"
        + "<table border='1' cellpadding='8' style='border-collapse:collapse;width:100%'>"
        + "<tr><th>No</th><th>Nama Lengkap</th><th>NIK</th><th>Jenis Kelamin</th><th>Tanggal Lahir</th>"
        + "<th>Status Hubungan</th></tr>"
        + "<tr><td>1</td><td>SLAMET RIYADI</td><td>" + husbandNik + "</td><td>LAKI-LAKI</td><td>12-04-1985</td>"
        + "<td>KEPALA KELUARGA</td></tr>"
        + "<tr><td>2</td><td>SRI WAHYUNI</td><td>" + wifeNik + "</td><td>PEREMPUAN</td><td>22-09-1988</td>"
        + "<td>ISTRI</td></tr></table><p style='color:#777'>(contoh pindaian untuk pengujian)</p></div></body></html>";
    browser.driver().get("data:text/html;charset=utf-8," + java.net.URLEncoder.encode(page, "UTF-8").replace("+", "%20"));
    Path file = Files.createTempDirectory("ejkn-scan-").resolve("kk-riyadi.png");
    Files.write(file, browser.screenshotBytes());
    return file;
  }

  /** Stops the later steps after the first failure and keeps a screenshot of what the browser showed. */
  static class StopAtFirstFailure implements TestWatcher {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      failed = true;
      if (browser != null) {
        try {
          browser.shot("GAGAL-" + context.getRequiredTestMethod().getName());
        } catch (RuntimeException ignored) {
          // the browser itself may be what failed
        }
      }
    }
  }

  /** The applications the register holds for a family card (the form's data lives there, not in process variables). */
  private List<Map<String, Object>> filed(String familyCardNumber) {
    return jdbc.queryForList("SELECT application_number, process_instance_id FROM ejkn_application"
        + " WHERE family_card_number = ?", familyCardNumber);
  }

}
