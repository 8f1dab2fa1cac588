package id.go.malangkota.ejkn.sop;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The public SOP pages, generated from what the engine has deployed, as an anonymous visitor sees them. */
@EjknIntegrationTest
class SopPagesIT {

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repository;
  @Autowired SopCatalog catalog;

  String get(String path) {
    ResponseEntity<String> r = rest.getForEntity(path, String.class);
    assertThat(r.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    assertThat(r.getHeaders().getContentType().toString()).startsWith("text/html");
    return r.getBody();
  }

  static Set<String> officialProcessKeys() throws IOException {
    Set<String> keys = new HashSet<>();
    for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/**/*.bpmn")) {
      Matcher m = Pattern.compile("<bpmn:process id=\"([^\"]+)\"").matcher(r.getContentAsString(StandardCharsets.UTF_8));
      while (m.find()) {
        keys.add(m.group(1));
      }
    }
    return keys;
  }

  @Test
  void everyDeployedProcessHasAnSopPerServiceWithEveryUserTaskInFlowOrderWithPelaksanaAndWaktu() throws IOException {
    Set<String> official = officialProcessKeys();
    assertThat(official).contains("jkn-registration");
    String index = get("/sop");
    for (String key : official) {
      ProcessDefinition definition = catalog.process(key).orElseThrow();
      BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
      SopFlow flow = SopFlow.of(model, key);
      for (ServiceOffer service : catalog.servicesOf(key)) {
        assertThat(index).contains(SopPage.href(service));
        String html = get(SopPage.href(service));
        Sop sop = catalog.sop(service);
        List<String> order = sop.steps().stream().map(Sop.Step::id).toList();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          assertThat(order).as(service.slug()).contains(task.getId());
          assertThat(html).contains("data-step=\"" + task.getId() + "\"").contains(PublicPage.esc(task.getName()));
          Sop.Step step = sop.steps().get(order.indexOf(task.getId()));
          assertThat(step.pelaksana()).as(task.getId()).isNotBlank();
          assertThat(step.waktu()).as(task.getId()).isNotBlank();
          assertThat(step.kelengkapan()).isNotBlank();
          assertThat(step.output()).isNotBlank();
        }
        // flow order: every step but a start comes after at least one step that leads to it
        for (Sop.Step step : sop.steps()) {
          Set<String> before = stepsLeadingTo(model.getModelElementById(step.id()));
          if (!before.isEmpty()) {
            assertThat(before.stream().mapToInt(order::indexOf).min().orElseThrow()).as(step.id())
                .isLessThan(order.indexOf(step.id()));
          }
        }
        // the SOP-AP chart: a Pelaksana column per lane, each step's symbol in its own
        SopChart chart = SopChart.of(sop);
        assertThat(html).contains("class=\"sop-table sop-ap\"");
        for (String lane : chart.columns()) {
          assertThat(html).contains("<th scope=\"col\" class=\"lane-head\">" + PublicPage.esc(lane) + "</th>");
        }
        for (Sop.Step step : sop.steps()) {
          String row = row(html, step.id());
          assertThat(row.split("<td class=\"lane")).as(step.id()).hasSize(chart.columns().size() + 1);
          assertThat(row.split("<td class=\"lane here ")).as(step.id()).hasSize(2);
          assertThat(row).contains("aria-label=\"" + PublicPage.esc(chart.describe(step)) + "\"");
        }
        // the HTML rows are in the same order
        List<Integer> positions = order.stream().map(id -> html.indexOf("data-step=\"" + id + "\"")).toList();
        assertThat(positions).isSorted();
      }
      assertThat(flow.steps()).isNotEmpty();
    }
  }

  /** The steps directly before a node: its predecessors, looking through gateways and undocumented events. */
  static Set<String> stepsLeadingTo(FlowNode node) {
    Set<String> steps = new HashSet<>();
    Set<FlowNode> seen = new HashSet<>();
    Deque<FlowNode> todo = new ArrayDeque<>(node.getPreviousNodes().list());
    while (!todo.isEmpty()) {
      FlowNode n = todo.pop();
      if (!seen.add(n)) {
        continue;
      }
      if (SopFlow.isStep(n)) {
        steps.add(n.getId());
      } else {
        todo.addAll(n.getPreviousNodes().list());
      }
    }
    return steps;
  }

  static String row(String html, String stepId) {
    int start = html.indexOf("data-step=\"" + stepId + "\"");
    assertThat(start).as(stepId).isPositive();
    return html.substring(html.lastIndexOf("<tr", start), html.indexOf("</tr>", start));
  }

  @Test
  void eachServiceOfTheRegistrationProcessHasItsOwnRequirementsAndTimeStandards() {
    String urgent = get("/sop/jkn-registration?layanan=URGENT_REACTIVATION");
    assertThat(get("/sop/reaktivasi-mendesak")).isEqualTo(urgent);
    assertThat(urgent).contains("Reaktivasi Mendesak").contains("Surat keterangan rumah sakit");
    assertThat(requirement(urgent, "Surat keterangan rumah sakit")).contains("Wajib").doesNotContain("Tidak wajib");
    assertThat(requirement(urgent, "Surat pengantar RT/RW")).contains("Tidak wajib");
    assertThat(row(urgent, "signApproval")).contains("4 jam");
    assertThat(row(urgent, "verifyCivilRegistry")).contains("8 jam");
    assertThat(row(urgent, "verifyWelfare")).contains("class=\"na\"").contains("Tidak dilakukan untuk layanan ini");

    String fresh = get("/sop/pendaftaran-baru");
    assertThat(requirement(fresh, "Surat pengantar RT/RW")).contains("Wajib").doesNotContain("Tidak wajib");
    assertThat(fresh).doesNotContain("Surat keterangan rumah sakit").doesNotContain("bermeterai Rp10.000");
    assertThat(row(fresh, "signApproval")).contains("1 hari kerja");
    assertThat(row(fresh, "verifyWelfare")).doesNotContain("class=\"na\"");
    assertThat(fresh).contains("Bila diajukan oleh orang lain").contains("Surat kuasa");

    String change = get("/sop/jkn-registration?layanan=SWITCH_FROM_MANDIRI");
    assertThat(requirement(change, "Surat pernyataan tidak mampu bermeterai Rp10.000")).contains("Wajib");
    assertThat(change).contains("Meterai Rp10.000");
    assertThat(row(change, "verifyEmployment")).contains("class=\"na\"");

    String chooser = get("/sop/jkn-registration");
    assertThat(chooser).contains("/sop/pendaftaran-baru", "/sop/peralihan-mandiri", "/sop/reaktivasi-mendesak");
    for (String page : List.of(urgent, fresh, change)) {
      assertThat(page).contains("Kelengkapan", "Waktu", "Output", "Keterangan", "Mutu Baku", "Pelaksana")
          .contains("Biaya/tarif", "Rp0", "Jangka waktu", "Produk layanan", "Penanganan pengaduan")
          .contains("/vendor/bpmn-js/bpmn-viewer.production.min.js").contains("href=\"/status\"")
          .contains("lang=\"id\"").doesNotContain("cdn.").doesNotContain("unpkg");
    }
  }

  static String requirement(String html, String label) {
    int at = html.indexOf(PublicPage.esc(label));
    assertThat(at).as(label).isPositive();
    return html.substring(html.lastIndexOf("<li", at), html.indexOf("</li>", at));
  }

  @Test
  void thePdfHasTheTableTheRequirementsAndTheServiceStandard() throws IOException {
    ResponseEntity<byte[]> r = rest.getForEntity("/sop/pendaftaran-baru.pdf", byte[].class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(r.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
    String text;
    try (PdfReader reader = new PdfReader(r.getBody())) {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder b = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        b.append(extractor.getTextFromPage(page)).append('\n');
      }
      text = b.toString().replaceAll("\\s+", " ");
    }
    BpmnModelInstance model = repository.getBpmnModelInstance(catalog.process("jkn-registration").orElseThrow().getId());
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(text).contains(task.getName());
    }
    assertThat(text).contains("STANDAR OPERASIONAL PROSEDUR", "Kelengkapan", "Waktu", "Output", "Keterangan",
        "Pelaksana", "Mutu Baku", "Penghubung", "Dispendukcapil", "Disnaker PMPTSP",
        "Surat pengantar RT/RW", "Fotokopi Kartu Keluarga (KK)", "Rp0", "1 hari kerja", "Pengaduan");
    ResponseEntity<byte[]> urgent = rest.getForEntity("/sop/jkn-registration.pdf?layanan=URGENT_REACTIVATION", byte[].class);
    assertThat(urgent.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.getForEntity("/sop/tidak-ada.pdf", byte[].class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void thePagesAndTheDiagramArePublicAndAnUnknownServiceIsA404() {
    ResponseEntity<String> page = rest.getForEntity("/sop/pendaftaran-baru", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().get("WWW-Authenticate")).isNull();
    ResponseEntity<String> xml = rest.getForEntity("/sop/jkn-registration/diagram.bpmn", String.class);
    assertThat(xml.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(xml.getBody()).contains("<bpmn:process id=\"jkn-registration\"");
    assertThat(rest.getForEntity("/vendor/bpmn-js/bpmn-viewer.production.min.js", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(rest.getForEntity("/public/ejkn-public.css", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> missing = rest.getForEntity("/sop/tidak-ada", String.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getBody()).contains("tidak ditemukan");
  }

  @Test
  void aNewlyDeployedProcessAndItsNewVersionAppearWithoutACodeChange() throws IOException {
    String xml = new PathMatchingResourcePatternResolver().getResource("classpath:sop/sample-service.bpmn")
        .getContentAsString(StandardCharsets.UTF_8);
    Deployment v1 = repository.createDeployment().name("sop-sample-1")
        .addString("sample-service.bpmn", xml.replace("SAMPLE_TASK_NAME", "Periksa kepesertaan di loket")).deploy();
    Deployment v2 = null;
    try {
      assertThat(get("/sop")).contains("Contoh layanan cek kepesertaan").contains("/sop/sop-sample-service");
      String page = get("/sop/sop-sample-service");
      assertThat(page).contains("Periksa kepesertaan di loket").contains("Kelurahan (petugas loket)")
          .contains("1 hari kerja").contains("NIK dan tanggal lahir");
      v2 = repository.createDeployment().name("sop-sample-2")
          .addString("sample-service.bpmn", xml.replace("SAMPLE_TASK_NAME", "Periksa kepesertaan melalui web service BPJS")).deploy();
      assertThat(get("/sop/sop-sample-service")).contains("Periksa kepesertaan melalui web service BPJS")
          .doesNotContain("Periksa kepesertaan di loket").contains("Versi</dt><dd>2");
    } finally {
      repository.deleteDeployment(v1.getId(), true);
      if (v2 != null) {
        repository.deleteDeployment(v2.getId(), true);
      }
    }
    assertThat(catalog.services().stream().map(ServiceOffer::processKey).collect(Collectors.toSet()))
        .doesNotContain("sop-sample-service");
    assertThat(Map.of()).isEmpty();
  }
}
