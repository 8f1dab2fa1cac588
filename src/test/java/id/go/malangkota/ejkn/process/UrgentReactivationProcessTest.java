package id.go.malangkota.ejkn.process;

import static id.go.malangkota.ejkn.process.Fixtures.AYU;
import static id.go.malangkota.ejkn.process.Fixtures.DANU;
import static id.go.malangkota.ejkn.process.Fixtures.activeApbd;
import static id.go.malangkota.ejkn.process.Fixtures.participant;
import static id.go.malangkota.ejkn.process.Fixtures.urgent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.bpjs.MembershipStatus;
import id.go.malangkota.ejkn.bpjs.Segment;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionReceipt;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionType;
import id.go.malangkota.ejkn.intake.ApplicationRequest;
import id.go.malangkota.ejkn.intake.InvalidApplicationException;
import id.go.malangkota.ejkn.notification.MailTemplates;
import id.go.malangkota.ejkn.notification.Recipients;
import id.go.malangkota.ejkn.verification.UrgentTaskEscalation;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Urgent reactivation while in hospital: the 3×24-hour window, its deadlines and escalations (engine clock moved). */
@Deployment(resources = {"processes/jkn-urgent-reactivation.bpmn", "processes/jkn-registration.bpmn",
    "processes/jkn-bpjs-submission.bpmn", "dmn/required-documents.dmn", "dmn/representation-policy.dmn",
    "dmn/jkn-eligibility.dmn", "dmn/verification-route.dmn", "dmn/verification-outcome.dmn",
    "dmn/time-standards.dmn", "dmn/working-calendar.dmn", "dmn/activation-polling.dmn", "dmn/urgent-window.dmn"})
class UrgentReactivationProcessTest {

  static final ProcessTestEngine ENGINE = new ProcessTestEngine();

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
      .Companion.builder(ENGINE.configuration).excludeProcessDefinitionKeys("jkn-registration", "jkn-bpjs-submission")
      .assertClassCoverageAtLeast(1.0).build();

  ProcessEngine engine;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void setUp(ProcessEngine processEngine) {
    engine = processEngine;
    BpmnAwareTests.init(engine);
    ENGINE.registerBeans(engine);
    ENGINE.jdbc.update("DELETE FROM ejkn_open_candidate");
    ENGINE.jdbc.update("DELETE FROM ejkn_sla_breach");
    when(ENGINE.submissions.submit(any())).thenAnswer(i -> new SubmissionReceipt("key", SubmissionType.REACTIVATE,
        "simulator", "SIM-1", Instant.now(), false));
    for (String[] u : new String[][] {{"kadinkes", "kadinkes"}, {"dispendukcapil", "dispendukcapil"}}) {
      if (engine.getIdentityService().createUserQuery().userId(u[0]).count() == 0) {
        User user = engine.getIdentityService().newUser(u[0]);
        user.setEmail(u[0] + "@demo.ejkn.malangkota.go.id");
        engine.getIdentityService().saveUser(user);
        engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup(u[1]));
        engine.getIdentityService().createMembership(u[0], u[1]);
      }
    }
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  ProcessInstance start(ApplicationRequest request) throws Exception {
    return engine.getRuntimeService().createProcessInstanceByKey("jkn-urgent-reactivation")
        .setVariable(id.go.malangkota.ejkn.intake.StartInput.REQUEST,
            org.camunda.bpm.engine.variable.Variables.stringValue(json.writeValueAsString(request), true)).execute();
  }

  ProcessInstance lifecycle(ProcessInstance parent) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(parent.getId()).singleResult();
  }

  Task task(ProcessInstance pi, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  void runJob(ProcessInstance pi) {
    execute(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable().singleResult());
  }

  ProcessInstance toVerification(ApplicationRequest request) throws Exception {
    when(ENGINE.bpjs.findByNik(AYU.nik())).thenReturn(participant(AYU.nik(), MembershipStatus.INACTIVE, Segment.PBI_APBD));
    ProcessInstance parent = start(request);
    ProcessInstance child = lifecycle(parent);
    assertThat(child).isWaitingAt("checkBpjsStatus");
    runJob(child);
    return parent;
  }

  @Test
  void anUrgentReactivationIsVerifiedByDispendukcapilAloneWithinTheWindowAndTheHospitalIsTold() throws Exception {
    ProcessInstance parent = toVerification(urgent(2, AYU, DANU));
    ProcessInstance child = lifecycle(parent);
    assertThat(parent).hasBusinessKey(engine.getRuntimeService().getVariable(parent.getId(), "applicationNumber").toString());
    assertThat(child).isWaitingAt("verifyCivilRegistry");
    Task civil = task(child, "verifyCivilRegistry");
    Date deadline = (Date) engine.getRuntimeService().getVariable(parent.getId(), "overallDeadline");
    assertThat(civil.getPriority()).isGreaterThanOrEqualTo(90);
    assertThat(civil.getDueDate()).isBeforeOrEqualTo(deadline);
    assertThat(engine.getFormService().getTaskFormVariables(civil.getId()).get("deadlineText").toString())
        .contains("batas akhir 3×24 jam", "WIB");
    complete(civil, withVariables("civilRegistryDecision", "APPROVE"));
    Task fktp = task(child, "assignFktp");
    List<Map<String, Object>> rows = json.readValue(engine.getTaskService().getVariableLocal(fktp.getId(),
        "fktpAssignments").toString(), new TypeReference<>() {});
    rows.forEach(r -> r.put("fktpCode", "PKM-PANDANWANGI"));
    complete(fktp, withVariables("fktpAssignments", SpinValues.jsonValue(json.writeValueAsString(rows)).create()));
    complete(task(child, "signApproval"), withVariables("signDecision", "APPROVE"));
    ProcessInstance submission = lifecycle(child);
    runJob(submission);
    verify(ENGINE.submissions).submit(argThat(r -> r.type() == SubmissionType.REACTIVATE && r.urgent()));
    when(ENGINE.bpjs.findByNik(AYU.nik())).thenReturn(activeApbd(AYU.nik()));
    runJob(submission);
    assertThat(child).isEnded().hasPassed("activatedEnd");
    assertThat(parent).isEnded().hasPassed("urgentCompletedEnd").hasNotPassed("escalateToKadinkes", "recordSlaBreach");
    verify(ENGINE.mail).send(argThat(to -> to.contains("igd@rs-saiful-anwar.example.id")), contains("Kartu KIS aktif"),
        any());
  }

  @Test
  void kadinkesIsToldAt75PercentAndABreachIsRecordedWhenTheWindowPasses() throws Exception {
    ProcessInstance parent = toVerification(urgent(0.1, AYU));
    Date deadline = (Date) engine.getRuntimeService().getVariable(parent.getId(), "overallDeadline");
    ClockUtil.setCurrentTime(new Date(deadline.getTime() - 17 * 3600 * 1000L));
    Job escalation = engine.getManagementService().createJobQuery().processInstanceId(parent.getId())
        .activityId("windowThreeQuarters").singleResult();
    assertThat(escalation.getDuedate()).isBeforeOrEqualTo(ClockUtil.getCurrentTime());
    execute(escalation);
    assertThat(parent).hasPassed("escalateToKadinkes", "escalatedEnd").isActive();
    String deadlineText = id.go.malangkota.ejkn.verification.TaskDeadlines.format(deadline,
        java.util.TimeZone.getTimeZone("Asia/Jakarta"));
    verify(ENGINE.mail).send(argThat(to -> to.contains("kadinkes@demo.ejkn.malangkota.go.id")),
        contains("ESKALASI"), argThat(body -> body.contains(deadlineText) && body.contains("Verifikasi NIK, KK dan domisili")));

    ClockUtil.setCurrentTime(new Date(deadline.getTime() + 60_000));
    execute(engine.getManagementService().createJobQuery().processInstanceId(parent.getId())
        .activityId("windowPassed").singleResult());
    assertThat(parent).hasPassed("recordSlaBreach", "breachRecordedEnd").isActive();
    assertThat(ENGINE.jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_sla_breach WHERE application_number = ?",
        Integer.class, engine.getRuntimeService().getVariable(parent.getId(), "applicationNumber"))).isEqualTo(1);
    verify(ENGINE.mail).send(argThat(to -> to.contains("kadinkes@demo.ejkn.malangkota.go.id")),
        contains("PELANGGARAN"), contains(deadlineText));
    assertThat(task(lifecycle(parent), "verifyCivilRegistry")).isNotNull();
  }

  @Test
  void theResponsibleGroupIsToldWhenATaskIsHalfWayToItsDueDate() throws Exception {
    ProcessInstance parent = toVerification(urgent(1, AYU));
    Task civil = task(lifecycle(parent), "verifyCivilRegistry");
    UrgentTaskEscalation escalation = new UrgentTaskEscalation(engine.getTaskService(), engine.getIdentityService(),
        new Recipients(engine.getIdentityService()), new MailTemplates(), ENGINE.mail,
        new id.go.malangkota.ejkn.policy.UrgentWindow(new id.go.malangkota.ejkn.policy.PolicyLookup(
            () -> ENGINE.configuration)), "Asia/Jakarta", new id.go.malangkota.ejkn.platform.SchedulerLease(ENGINE.jdbc),
        java.time.Duration.ofMinutes(1));
    assertThat(escalation.escalate()).isZero();
    long halfway = civil.getCreateTime().getTime() + (civil.getDueDate().getTime() - civil.getCreateTime().getTime()) / 2;
    ClockUtil.setCurrentTime(new Date(halfway + 1000));
    assertThat(escalation.escalate()).isEqualTo(1);
    assertThat(escalation.escalate()).isZero();
    verify(ENGINE.mail).send(argThat(to -> to.contains("dispendukcapil@demo.ejkn.malangkota.go.id")),
        contains("MENDESAK"), contains("Batas akhir 3×24 jam"));
  }

  @Test
  void anActiveMemberHasNothingToReactivate() throws Exception {
    when(ENGINE.bpjs.findByNik(AYU.nik())).thenReturn(activeApbd(AYU.nik()));
    ProcessInstance parent = start(urgent(2, AYU));
    runJob(lifecycle(parent));
    assertThat(parent).isEnded();
    verify(ENGINE.mail).send(any(), contains("Hasil permohonan"), contains("tidak ada yang perlu direaktivasi"));
  }

  @Test
  void anAdmissionInTheFutureOrOutsideTheWindowIsAValidationError() {
    assertThatThrownBy(() -> start(urgent(-2, AYU))).isInstanceOf(InvalidApplicationException.class)
        .hasMessageContaining("Waktu masuk rumah sakit").hasMessageContaining("masa depan");
    assertThatThrownBy(() -> start(urgent(73, AYU))).isInstanceOf(InvalidApplicationException.class)
        .hasMessageContaining("3×24 jam");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }
}
