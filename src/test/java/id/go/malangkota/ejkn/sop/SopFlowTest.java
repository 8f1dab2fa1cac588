package id.go.malangkota.ejkn.sop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The registration diagram read as an SOP: steps in flow order, lanes, and where each step leads. */
class SopFlowTest {

  static SopFlow flow;

  @BeforeAll
  static void read() throws Exception {
    try (InputStream in = SopFlowTest.class.getResourceAsStream("/processes/jkn-registration.bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromStream(in);
      flow = SopFlow.of(model, "jkn-registration");
    }
  }

  @Test
  void stepsFollowTheFlowWithParallelBranchesSideBySideAndExceptionsAfterTheirDecision() {
    assertThat(flow.steps()).extracting(FlowNode::getId).containsExactly(
        "applicationReceived", "checkDocuments", "notifyMissingDocuments",
        "checkRepresentation", "refuseRepresentation", "checkBpjsStatus", "evaluatePreEligibility",
        "determineVerificationRoute", "prepareVerification", "verifyCivilRegistry", "verifyWelfare", "verifyEmployment",
        "consolidateVerification", "notifyCorrection", "correctApplication", "applyCorrection", "assignFktp",
        "recordFktpAssignment", "signApproval", "recordSignatureRejection", "submitAndConfirmAtBpjs",
        "notifyRejection", "notifyActivation");
  }

  @Test
  void everyStepHasItsLane() {
    assertThat(flow.steps()).allSatisfy(s -> assertThat(flow.laneOf(s)).as(s.getId()).isNotNull());
    FlowNode sign = flow.process().getModelInstance().getModelElementById("signApproval");
    assertThat(flow.laneOf(sign).getName()).isEqualTo("Kepala Dinas Kesehatan");
  }

  @Test
  void routesNameTheDecisionTheBranchAndTheNextStep() {
    FlowNode check = flow.process().getModelInstance().getModelElementById("checkDocuments");
    List<SopFlow.Route> routes = flow.routesFrom(check);
    assertThat(routes).extracting(r -> r.labels().toString() + "→" + r.target().getId()).containsExactly(
        "[Dokumen lengkap?, Belum lengkap]→notifyMissingDocuments", "[Dokumen lengkap?, Lengkap]→checkRepresentation");
    FlowNode apply = flow.process().getModelInstance().getModelElementById("applyCorrection");
    assertThat(flow.routesFrom(apply)).singleElement().satisfies(r -> {
      assertThat(r.loop()).isTrue();
      assertThat(r.target().getId()).isEqualTo("checkDocuments");
    });
    FlowNode submission = flow.process().getModelInstance().getModelElementById("submitAndConfirmAtBpjs");
    assertThat(flow.routesFrom(submission)).extracting(r -> r.target().getId())
        .containsExactly("notifyActivation", "notifyRejection");
  }

  @Test
  void endEventsAreKnown() {
    assertThat(flow.endEvents()).extracting(FlowNode::getName).contains("Selesai: kartu KIS aktif", "Selesai: permohonan ditolak");
  }

  @Test
  void aParallelForkIsNoDecisionAnExclusiveGatewayIs() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("p").startEvent("s").userTask("a")
        .parallelGateway("fork").userTask("b").endEvent("e1")
        .moveToNode("fork").userTask("c").exclusiveGateway("x").name("Lengkap?")
        .condition("Ya", "${ok}").userTask("d").endEvent("e2")
        .moveToNode("x").condition("Tidak", "${!ok}").endEvent("e3").done();
    SopFlow p = SopFlow.of(model, "p");
    assertThat(p.routesFrom(model.getModelElementById("a"))).extracting(SopFlow.Route::decision).containsExactly(false, false);
    assertThat(p.routesFrom(model.getModelElementById("c"))).extracting(SopFlow.Route::decision).containsExactly(true, true);
  }
}
