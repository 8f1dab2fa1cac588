package id.go.malangkota.ejkn.sop;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.go.malangkota.ejkn.sop.SopChart.Route;
import id.go.malangkota.ejkn.sop.SopChart.Segment;
import id.go.malangkota.ejkn.sop.SopChart.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SOP-AP flowchart of every service of every diagram in processes/: each step's symbol in its Pelaksana's
 * column, every way to a next step drawn, and the PDF putting each symbol under its Pelaksana's header.
 */
class SopChartTest {

  static Stream<Arguments> services() {
    return Stream.of(
        Arguments.of("jkn-registration", "NEW"), Arguments.of("jkn-registration", "SWITCH_FROM_MANDIRI"),
        Arguments.of("jkn-registration", "URGENT_REACTIVATION"), Arguments.of("jkn-urgent-reactivation", null),
        Arguments.of("jkn-deactivation", "DEACTIVATION"), Arguments.of("jkn-membership-check", null),
        Arguments.of("jkn-bpjs-submission", null));
  }

  static Sop registration = FileSopDecisions.sop("jkn-registration", "NEW");

  @ParameterizedTest
  @MethodSource("services")
  void everySymbolSitsInItsPelaksanasColumnAndEveryWayIsDrawn(String process, String type) {
    Sop sop = FileSopDecisions.sop(process, type);
    SopChart chart = SopChart.of(sop);
    assertThat(chart.columns()).doesNotHaveDuplicates().containsAll(sop.steps().stream().map(Sop.Step::pelaksana).toList());
    assertThat(chart.rows()).extracting(SopChart.Row::step).containsExactlyElementsOf(sop.steps().stream().map(Sop.Step::no).toList());
    for (Sop.Step step : sop.steps()) {
      assertThat(chart.columns().get(chart.row(step.no()).column())).as("step %d", step.no()).isEqualTo(step.pelaksana());
      for (Sop.Next next : step.next()) {
        if (!next.ends()) {
          assertThat(chart.edges()).as("%d → %d", step.no(), next.step())
              .anySatisfy(e -> assertThat(List.of(e.from(), e.to())).containsExactly(step.no(), next.step()));
        }
      }
    }
    for (SopChart.Edge e : chart.edges()) {
      int target = chart.row(e.to()).column();
      if (e.route() == Route.LINE) {
        assertThat(e.to()).as("a line only goes down").isGreaterThan(e.from());
        assertThat(chart.segments(e.from(), chart.row(e.from()).column())).contains(Segment.OUT);
        assertThat(chart.segments(e.from(), target)).contains(Segment.DOWN);
        assertThat(chart.segments(e.to(), target)).contains(Segment.IN);
        for (int k = e.from() + 1; k < e.to(); k++) {
          assertThat(chart.row(k).column()).as("no symbol in the way of %d → %d", e.from(), e.to()).isNotEqualTo(target);
          assertThat(chart.segments(k, target)).contains(Segment.THROUGH);
        }
      } else {
        assertThat(chart.connectorsTo(e.from())).contains(e.to());
        assertThat(chart.connectorsFrom(e.to())).contains(e.from());
      }
    }
    // a step starts or ends the flow, or every way in and out of it is drawn
    assertThat(chart.rows().get(0).shape()).isEqualTo(Shape.TERMINATOR);
    assertThat(chart.rows()).anySatisfy(r -> assertThat(r.shape()).isEqualTo(Shape.TERMINATOR));
  }

  @Test
  void theRegistrationChartHasTheLanesInOrderDecisionsAsDiamondsAndTheLoopAsAConnector() {
    SopChart chart = SopChart.of(registration);
    assertThat(chart.columns()).containsExactly("Kelurahan (petugas loket)", "Sistem e-JKN Cekat (otomatis)",
        "Dispendukcapil", "Dinas Sosial P3AP2KB", "Disnaker PMPTSP", "Dinas Kesehatan", "Kepala Dinas Kesehatan");
    Map<String, Shape> shapes = registration.steps().stream()
        .collect(Collectors.toMap(Sop.Step::id, s -> chart.row(s.no()).shape()));
    assertThat(shapes).containsEntry("applicationReceived", Shape.TERMINATOR)
        .containsEntry("checkDocuments", Shape.DECISION)
        .containsEntry("prepareVerification", Shape.DECISION) // the inclusive gateway picks the verifiers
        .containsEntry("determineVerificationRoute", Shape.ACTIVITY)
        .containsEntry("notifyActivation", Shape.TERMINATOR)
        .containsEntry("notifyMissingDocuments", Shape.TERMINATOR);
    int apply = no("applyCorrection");
    int check = no("checkDocuments");
    assertThat(chart.edges()).contains(new SopChart.Edge(apply, check, Route.CONNECTOR, ""));
    assertThat(chart.connectorsTo(apply)).containsExactly(check);
    assertThat(chart.connectorsFrom(check)).containsExactly(apply);
    // the parallel verifications each get a line from the preparation
    int prepare = no("prepareVerification");
    for (String verify : List.of("verifyCivilRegistry", "verifyWelfare", "verifyEmployment")) {
      assertThat(chart.edges()).filteredOn(e -> e.from() == prepare && e.to() == no(verify))
          .singleElement().extracting(SopChart.Edge::route).isEqualTo(Route.LINE);
    }
    assertThat(chart.describe(registration.steps().get(check - 1))).startsWith("Keputusan langkah " + check)
        .contains("(Sistem e-JKN Cekat (otomatis))").contains("Belum lengkap: ke langkah " + no("notifyMissingDocuments"));
  }

  static int no(String id) {
    return registration.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().no();
  }

  @ParameterizedTest
  @MethodSource("services")
  void thePdfDrawsOneSymbolPerStepUnderItsPelaksanasHeader(String process, String type) throws IOException {
    Sop sop = FileSopDecisions.sop(process, type);
    List<SopChartPdf.Placed> placed = new ArrayList<>();
    byte[] pdf = SopPdf.render(sop, TimeZone.getTimeZone("Asia/Jakarta"), "https://ejkn.example", placed::add);
    Path out = Path.of("target", "sop-pdf", process + (type == null ? "" : "-" + type) + ".pdf");
    Files.createDirectories(out.getParent());
    Files.write(out, pdf);
    SopChart chart = SopChart.of(sop);
    List<SopChartPdf.Placed> headers = placed.stream().filter(p -> p.step() == 0).toList();
    for (Sop.Step step : sop.steps()) {
      List<SopChartPdf.Placed> symbols = placed.stream().filter(p -> p.step() == step.no()).toList();
      assertThat(symbols).as("step %d drawn once", step.no()).hasSize(1);
      SopChartPdf.Placed symbol = symbols.get(0);
      int column = chart.columns().indexOf(step.pelaksana());
      assertThat(headers).as("step %d under %s", step.no(), step.pelaksana())
          .anySatisfy(h -> {
            assertThat(h.column()).isEqualTo(column);
            assertThat(symbol.centerX()).isBetween(h.left(), h.right());
          });
      assertThat(headers).filteredOn(h -> h.column() != column)
          .allSatisfy(h -> assertThat(symbol.centerX() < h.left() || symbol.centerX() > h.right()).isTrue());
    }
    String text = text(pdf);
    assertThat(text).contains("Pelaksana", "Mutu Baku", "Kelengkapan", "Waktu", "Output", "Keterangan", "Penghubung");
    for (String lane : chart.columns()) {
      for (String word : lane.split("[\\s/()-]+")) {
        assertThat(text).as(lane).contains(word);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("services")
  void thePageTableHasTheLaneHeadersAndEachSymbolInItsPelaksanasCell(String process, String type) throws IOException {
    Sop sop = FileSopDecisions.sop(process, type);
    SopChart chart = SopChart.of(sop);
    String html = SopChartHtml.table(sop);
    Path out = Path.of("target", "sop-pdf", process + (type == null ? "" : "-" + type) + ".html");
    Files.writeString(out, PublicPage.render("SOP", "sop", null, html));
    String heads = html.substring(0, html.indexOf("</thead>"));
    List<String> lanes = java.util.regex.Pattern.compile("<th scope=\"col\" class=\"lane-head\">([^<]*)</th>").matcher(heads)
        .results().map(m -> m.group(1)).toList();
    assertThat(lanes).containsExactlyElementsOf(chart.columns().stream().map(PublicPage::esc).toList());
    for (Sop.Step step : sop.steps()) {
      int start = html.indexOf("data-step=\"" + step.id() + "\"");
      String row = html.substring(start, html.indexOf("</tr>", start));
      String[] cells = row.split("<td class=\"lane");
      assertThat(cells).as("step %d: one cell per Pelaksana", step.no()).hasSize(chart.columns().size() + 1);
      int column = chart.columns().indexOf(step.pelaksana());
      for (int c = 0; c < chart.columns().size(); c++) {
        String cell = cells[c + 1].substring(0, cells[c + 1].indexOf("</td>"));
        if (c == column) {
          assertThat(cell).as("step %d", step.no()).startsWith(" here sym-" + chart.row(step.no()).shape().name().toLowerCase())
              .contains("role=\"img\"", "<title>" + PublicPage.esc(chart.describe(step)) + "</title>");
        } else {
          assertThat(cell).doesNotContain("<svg class=\"sym\"");
        }
      }
    }
  }

  static String text(byte[] pdf) throws IOException {
    try (PdfReader reader = new PdfReader(pdf)) {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder b = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        b.append(extractor.getTextFromPage(page)).append('\n');
      }
      return b.toString();
    }
  }
}
