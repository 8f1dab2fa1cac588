package id.go.malangkota.ejkn.process;

import static id.go.malangkota.ejkn.process.Fixtures.AYU;
import static id.go.malangkota.ejkn.process.Fixtures.activeApbd;
import static id.go.malangkota.ejkn.process.Fixtures.family;
import static id.go.malangkota.ejkn.process.Fixtures.notRegistered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.application.CandidateResult;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionReceipt;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionType;
import id.go.malangkota.ejkn.intake.StartInput;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shared BPJS submission (jkn-bpjs-submission, versioned call activity): submitted once, polled on the
 * activation-polling schedule, followed up by Dinkes when late. Started for a registered application whose candidates
 * are approved, as the lifecycle starts it.
 */
@Deployment(resources = {"processes/jkn-bpjs-submission.bpmn", "processes/jkn-registration.bpmn",
    "dmn/required-documents.dmn", "dmn/representation-policy.dmn", "dmn/jkn-eligibility.dmn",
    "dmn/verification-route.dmn", "dmn/verification-outcome.dmn", "dmn/time-standards.dmn", "dmn/working-calendar.dmn",
    "dmn/activation-polling.dmn", "dmn/urgent-window.dmn"})
class BpjsSubmissionProcessTest {

  static final ProcessTestEngine ENGINE = new ProcessTestEngine();

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.Companion
      .builder(ENGINE.configuration).excludeProcessDefinitionKeys("jkn-registration")
      .assertClassCoverageAtLeast(1.0).build();

  ProcessEngine engine;
  String number;

  @BeforeEach
  void setUp(ProcessEngine processEngine) throws Exception {
    engine = processEngine;
    BpmnAwareTests.init(engine);
    ENGINE.registerBeans(engine);
    ENGINE.jdbc.update("DELETE FROM ejkn_open_candidate");
    when(ENGINE.submissions.submit(any())).thenAnswer(i -> new SubmissionReceipt("key", SubmissionType.REGISTER,
        "simulator", "SIM-1", Instant.now(), false));
    when(ENGINE.bpjs.findByNik(AYU.nik())).thenReturn(notRegistered(AYU.nik()));
  }

  /** A registered application (its lifecycle waits at the BPJS check, never run here) with an FKTP chosen. */
  void register() throws Exception {
    ProcessInstance registration = engine.getRuntimeService().createProcessInstanceByKey("jkn-registration")
        .setVariable(StartInput.REQUEST, Variables.stringValue(new ObjectMapper().writeValueAsString(family(AYU)), true))
        .execute();
    number = registration.getBusinessKey();
    ENGINE.register.updateCandidates(number, c -> c.withFktp("PKM-PANDANWANGI", "Puskesmas Pandanwangi"));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  ProcessInstance start() throws Exception {
    register();
    return engine.getRuntimeService().startProcessInstanceByKey("jkn-bpjs-submission", number,
        Map.of("applicationNumber", number, "requestType", "NEW", "kelurahanCode", Fixtures.PANDANWANGI,
            "kelurahanName", "Kelurahan Pandanwangi", "applicantName", AYU.name()));
  }

  ProcessInstance submitted() throws Exception {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt("submitToBpjs");
    execute(job());
    assertThat(pi).isWaitingAt("checkSubmissionAtBpjs");
    assertThat(ENGINE.register.candidates(number)).extracting(CandidateResult::outcome).containsOnly("SUBMITTED");
    return pi;
  }

  @Test
  void bpjsConfirmsAtTheFirstCheck() throws Exception {
    ProcessInstance pi = submitted();
    when(ENGINE.bpjs.findByNik(AYU.nik())).thenReturn(activeApbd(AYU.nik()));
    execute(job());
    assertThat(pi).isEnded().hasPassed("submissionConfirmedEnd").variables().containsEntry("submissionConfirmed", true);
    assertThat(ENGINE.register.candidates(number)).extracting(CandidateResult::outcome).containsOnly("ACTIVE");
  }

  @Test
  void bpjsIsAskedAgainOnThePollingScheduleAndDinkesFollowsUpWhenItIsLateThenRechecks() throws Exception {
    ProcessInstance pi = submitted();
    execute(job());
    assertThat(pi).isWaitingAt("waitForNextCheck");
    moveClock(3600);
    execute(job());
    assertThat(pi).isWaitingAt("checkSubmissionAtBpjs");
    moveClock(2 * 24 * 3600);
    execute(job());
    assertThat(pi).isWaitingAt("followUpSubmission");
    assertThat(task()).hasCandidateGroup("dinkes");
    complete(task(), withVariables("followUpDecision", "RECHECK", "followUpNote", "Sudah ditelepon"));
    assertThat(pi).hasPassed("restartSubmissionWait").isWaitingAt("checkSubmissionAtBpjs");
    when(ENGINE.bpjs.findByNik(AYU.nik())).thenReturn(activeApbd(AYU.nik()));
    execute(job());
    assertThat(pi).isEnded().hasPassed("submissionConfirmedEnd");
    verify(ENGINE.submissions, times(1)).submit(any());
  }

  @Test
  void dinkesClosesASubmissionBpjsNeverCarriedOut() throws Exception {
    ProcessInstance pi = submitted();
    moveClock(3 * 24 * 3600);
    execute(job());
    complete(task(), withVariables("followUpDecision", "CLOSE_FAILED", "followUpNote", "BPJS menolak: data ganda"));
    assertThat(pi).isEnded().hasPassed("recordSubmissionFailure", "submissionNotConfirmedEnd")
        .variables().containsEntry("submissionConfirmed", false);
    assertThat(ENGINE.register.candidates(number)).singleElement().satisfies(c -> {
      assertThat(c.outcome()).isEqualTo("ACTIVATION_FAILED");
      assertThat(c.outcomeText()).contains("data ganda");
    });
  }

  void moveClock(long seconds) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + seconds * 1000));
  }
}
