package id.go.malangkota.ejkn.sop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The SOP can never silently lose a step: every user task of every diagram in {@code processes/} has a name, a
 * lane, documentation with Pelaksana/Kebutuhan/Hasil, and its own row in the time-standards table. A new diagram
 * dropped into processes/ is checked without changing this test.
 */
class SopModelCheckTest {

  static Set<String> timeStandardSteps;

  @BeforeAll
  static void readTimeStandards() throws IOException {
    try (InputStream in = SopModelCheckTest.class.getResourceAsStream("/dmn/time-standards.dmn")) {
      timeStandardSteps = SopModelCheck.stepsWithTimeStandard(Dmn.readModelFromStream(in));
    }
  }

  static Stream<Resource> diagrams() throws IOException {
    return Stream.of(new PathMatchingResourcePatternResolver().getResources("classpath*:processes/**/*.bpmn"));
  }

  static BpmnModelInstance read(Resource r) throws IOException {
    try (InputStream in = r.getInputStream()) {
      return Bpmn.readModelFromStream(in);
    }
  }

  @Test
  void thereAreDiagramsToCheck() throws IOException {
    assertThat(diagrams()).extracting(Resource::getFilename).contains("jkn-registration.bpmn");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diagrams")
  void everyUserTaskHasLaneDocumentationAndTimeStandard(Resource diagram) throws IOException {
    List<String> problems = SopModelCheck.check(diagram.getFilename(), read(diagram), timeStandardSteps);
    assertThat(problems).as("SOP belum lengkap:\n" + String.join("\n", problems)).isEmpty();
  }

  @Test
  void theCheckReallyFailsOnABrokenDiagram() throws IOException {
    BpmnModelInstance broken;
    try (InputStream in = getClass().getResourceAsStream("/sop/broken-undocumented.bpmn")) {
      broken = Bpmn.readModelFromStream(in);
    }
    List<String> problems = SopModelCheck.check("broken-undocumented.bpmn", broken, timeStandardSteps);
    List<String> aboutUndocumented = new ArrayList<>(problems.stream().filter(p -> p.contains("'undocumentedTask'")).toList());
    assertThat(aboutUndocumented).hasSize(5).anySatisfy(p -> assertThat(p).contains("lane"))
        .anySatisfy(p -> assertThat(p).contains("Pelaksana")).anySatisfy(p -> assertThat(p).contains("Kebutuhan"))
        .anySatisfy(p -> assertThat(p).contains("Hasil")).anySatisfy(p -> assertThat(p).contains("time-standards"));
    assertThat(problems).filteredOn(p -> p.contains("'halfDocumented'")).hasSize(3)
        .noneMatch(p -> p.contains("Pelaksana")).noneMatch(p -> p.contains("lane"));
    assertThat(problems).noneMatch(p -> p.contains("'verifyWelfare'"));
    assertThat(problems).allSatisfy(p -> assertThat(p).startsWith("broken-undocumented.bpmn: tugas '"));
  }

  @Test
  void aCatchAllRowIsNotATimeStandardOfItsOwn() {
    assertThat(timeStandardSteps).contains("verifyCivilRegistry", "verifyWelfare", "verifyEmployment", "signApproval")
        .doesNotContain("undocumentedTask", "-", "");
  }

  @Test
  void documentationLinesMayWrapAndAppearInAnyOrder() {
    StepDocumentation d = StepDocumentation.parse("""
        Langkah ini memeriksa data.
        Hasil: disetujui
          atau ditolak
        pelaksana : verifikator
        Kebutuhan: KTP, KK
        Waktu: 1 hari kerja""");
    assertThat(d.description()).isEqualTo("Langkah ini memeriksa data.");
    assertThat(d.hasil()).isEqualTo("disetujui atau ditolak");
    assertThat(d.pelaksana()).isEqualTo("verifikator");
    assertThat(d.kebutuhan()).isEqualTo("KTP, KK");
    assertThat(d.waktu()).isEqualTo("1 hari kerja");
  }
}
