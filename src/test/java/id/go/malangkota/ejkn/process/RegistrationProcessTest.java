package id.go.malangkota.ejkn.process;

import static id.go.malangkota.ejkn.process.Fixtures.AYU;
import static id.go.malangkota.ejkn.process.Fixtures.BAYU;
import static id.go.malangkota.ejkn.process.Fixtures.CITRA;
import static id.go.malangkota.ejkn.process.Fixtures.DANU;
import static id.go.malangkota.ejkn.process.Fixtures.activeApbd;
import static id.go.malangkota.ejkn.process.Fixtures.family;
import static id.go.malangkota.ejkn.process.Fixtures.notRegistered;
import static id.go.malangkota.ejkn.process.Fixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.core.type.TypeReference;
import id.go.malangkota.ejkn.intake.StartInput;
import org.camunda.bpm.engine.variable.Variables;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.bpjs.BpjsErrorCode;
import id.go.malangkota.ejkn.bpjs.BpjsRefusedException;
import id.go.malangkota.ejkn.bpjs.BpjsUnavailableException;
import id.go.malangkota.ejkn.bpjs.MembershipStatus;
import id.go.malangkota.ejkn.bpjs.Segment;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionReceipt;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionType;
import id.go.malangkota.ejkn.intake.ApplicationRequest;
import id.go.malangkota.ejkn.intake.ApplicationRequest.SubmittedBy;
import id.go.malangkota.ejkn.application.CandidateAlreadyOpenException;
import id.go.malangkota.ejkn.application.CandidateResult;
import id.go.malangkota.ejkn.intake.InvalidApplicationException;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
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

/** The registration SOP, one test per path (process coverage: every flow node and sequence flow). */
@Deployment(resources = {"processes/jkn-registration.bpmn", "processes/jkn-bpjs-submission.bpmn",
    "dmn/required-documents.dmn", "dmn/representation-policy.dmn", "dmn/jkn-eligibility.dmn",
    "dmn/verification-route.dmn", "dmn/verification-outcome.dmn", "dmn/time-standards.dmn", "dmn/working-calendar.dmn",
    "dmn/activation-polling.dmn", "dmn/urgent-window.dmn"})
class RegistrationProcessTest {

  static final ProcessTestEngine ENGINE = new ProcessTestEngine();

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.Companion
      .builder(ENGINE.configuration).excludeProcessDefinitionKeys("jkn-bpjs-submission")
      .assertClassCoverageAtLeast(1.0).build();

  ProcessEngine engine;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void setUp(ProcessEngine processEngine) {
    engine = processEngine;
    BpmnAwareTests.init(engine);
    ENGINE.registerBeans(engine);
    ENGINE.jdbc.update("DELETE FROM ejkn_open_candidate");
    when(ENGINE.submissions.submit(any())).thenAnswer(i -> new SubmissionReceipt("key", SubmissionType.REGISTER,
        "simulator", "SIM-1", Instant.now(), false));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  ProcessInstance start(ApplicationRequest request) throws Exception {
    return engine.getRuntimeService().createProcessInstanceByKey("jkn-registration")
        .setVariable(StartInput.REQUEST, Variables.stringValue(json.writeValueAsString(request), true)).execute();
  }

  String file(Task task) {
    return engine.getFormService().getTaskFormVariables(task.getId()).get("verificationSummary").toString();
  }

  void bpjsSays(String nik, MembershipStatus status, Segment segment) {
    when(ENGINE.bpjs.findByNik(nik)).thenReturn(status == MembershipStatus.NOT_REGISTERED ? notRegistered(nik)
        : participant(nik, status, segment));
  }

  void approve(ProcessInstance pi, String taskKey, String prefix) {
    complete(task(taskKey, pi), withVariables(prefix + "Decision", "APPROVE"));
  }

  void approveAll(ProcessInstance pi) {
    approve(pi, "verifyCivilRegistry", "civilRegistry");
    approve(pi, "verifyWelfare", "welfare");
    approve(pi, "verifyEmployment", "employment");
  }

  void assignFktp(ProcessInstance pi) throws Exception {
    List<Map<String, Object>> rows = json.readValue(engine.getTaskService()
        .getVariableLocal(task("assignFktp", pi).getId(), "fktpAssignments").toString(), new TypeReference<>() {});
    rows.forEach(r -> r.put("fktpCode", "PKM-PANDANWANGI"));
    complete(task("assignFktp", pi), withVariables("fktpAssignments",
        SpinValues.jsonValue(json.writeValueAsString(rows)).create()));
  }

  List<CandidateResult> candidates(ProcessInstance pi) {
    return ENGINE.register.candidates(pi.getBusinessKey());
  }

  /** The BPJS submission the lifecycle called (the shared, versioned call activity). */
  ProcessInstance submission(ProcessInstance pi) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
  }

  ProcessInstance throughVerification(ApplicationRequest request) throws Exception {
    ProcessInstance pi = start(request);
    assertThat(pi).isWaitingAt("checkBpjsStatus");
    execute(job());
    return pi;
  }

  /** Kadinkes signs; the shared submission sends it and waits to ask BPJS; returns the submission's instance. */
  ProcessInstance signAndSubmit(ProcessInstance pi) {
    engine.getIdentityService().setAuthentication("kadinkes", List.of("kadinkes"));
    try {
      engine.getTaskService().complete(task("signApproval", pi).getId(), Map.of("signDecision", "APPROVE"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(pi).isWaitingAt("submitAndConfirmAtBpjs");
    ProcessInstance submission = submission(pi);
    assertThat(submission).isWaitingAt("submitToBpjs");
    execute(job(submission));
    assertThat(submission).isWaitingAt("checkSubmissionAtBpjs");
    return submission;
  }

  @Test
  void happyPathWithOneCandidateEndsWithAnActiveCard() throws Exception {
    bpjsSays(AYU.nik(), MembershipStatus.NOT_REGISTERED, Segment.NONE);
    ProcessInstance pi = throughVerification(family(AYU));
    assertThat(pi).isWaitingAt("verifyCivilRegistry", "verifyWelfare", "verifyEmployment");
    Task civil = task("verifyCivilRegistry", pi);
    assertThat(civil).hasCandidateGroup("dispendukcapil");
    assertThat(civil.getDueDate()).isNotNull();
    assertThat(civil.getPriority()).isEqualTo(50);
    assertThat(engine.getFormService().getTaskFormVariables(civil.getId()).get("deadlineText").toString()).startsWith("Batas waktu: ");
    assertThat(file(civil)).contains("Ayu Lestari", "Belum terdaftar");
    approveAll(pi);
    assertThat(pi).isWaitingAt("assignFktp");
    assertThat(task("assignFktp", pi)).hasCandidateGroup("dinkes");
    assignFktp(pi);
    assertThat(task("signApproval", pi)).hasCandidateGroup("kadinkes");
    ProcessInstance submission = signAndSubmit(pi);
    verify(ENGINE.submissions).submit(argThat(r -> r.type() == SubmissionType.REGISTER && r.members().size() == 1
        && r.members().get(0).fktp().code().equals("PKM-PANDANWANGI") && "kadinkes".equals(r.approvedBy())));
    when(ENGINE.bpjs.findByNik(AYU.nik())).thenReturn(activeApbd(AYU.nik()));
    execute(job(submission));
    assertThat(pi).isEnded().hasPassed("submitAndConfirmAtBpjs", "notifyActivation", "activatedEnd");
    assertThat(candidates(pi)).singleElement().satisfies(c -> {
      assertThat(c.outcome()).isEqualTo("ACTIVE");
      assertThat(c.cardNumber()).isEqualTo("0001234567890");
      assertThat(c.fktpName()).isEqualTo("Puskesmas Pandanwangi");
    });
    verify(ENGINE.mail).send(argThat(to -> to.contains("ayu.lestari@example.id")), contains("Kartu KIS aktif"),
        contains("Ayu Lestari: AKTIF"));
    assertThat(ENGINE.jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_open_candidate", Integer.class)).isZero();
  }

  @Test
  void happyPathWithThreeCandidatesGivesEachTheirOwnResult() throws Exception {
    bpjsSays(AYU.nik(), MembershipStatus.NOT_REGISTERED, Segment.NONE);
    bpjsSays(BAYU.nik(), MembershipStatus.ACTIVE, Segment.PBI_APBN);
    bpjsSays(CITRA.nik(), MembershipStatus.INACTIVE, Segment.PBI_APBD);
    ProcessInstance pi = throughVerification(family(AYU, BAYU, CITRA, DANU));
    approveAll(pi);
    assignFktp(pi);
    ProcessInstance submission = signAndSubmit(pi);
    verify(ENGINE.submissions).submit(argThat(r -> r.members().size() == 2));
    when(ENGINE.bpjs.findByNik(AYU.nik())).thenReturn(activeApbd(AYU.nik()));
    when(ENGINE.bpjs.findByNik(CITRA.nik())).thenReturn(activeApbd(CITRA.nik()));
    execute(job(submission));
    assertThat(pi).isEnded().hasPassed("activatedEnd");
    Map<String, String> outcome = new HashMap<>();
    candidates(pi).forEach(c -> outcome.put(c.nik(), c.outcome() + "/" + c.outcomeReason()));
    assertThat(outcome).containsEntry(AYU.nik(), "ACTIVE/ACTIVE").containsEntry(CITRA.nik(), "ACTIVE/ACTIVE")
        .containsEntry(BAYU.nik(), "NOT_ELIGIBLE/ALREADY_COVERED").hasSize(3);
  }

  @Test
  void missingDocumentsStopTheApplicationWithAListOfWhatToBring() throws Exception {
    ProcessInstance pi = start(Fixtures.withDocuments(family(AYU), Fixtures.documents(false)));
    assertThat(pi).isEnded().hasPassed("notifyMissingDocuments", "missingDocumentsEnd").hasNotPassed("checkBpjsStatus");
    verify(ENGINE.mail).send(any(), contains("dokumen yang perlu dibawa"), contains("Surat pengantar RT/RW"));
    verify(ENGINE.bpjs, never()).findByNik(anyString());
  }

  @Test
  void aRelativeNotOnTheFamilyCardWithoutPowerOfAttorneyIsRefused() throws Exception {
    Map<String, Boolean> docs = Fixtures.documents(true);
    docs.put("representativeKtp", true);
    ProcessInstance pi = start(Fixtures.withDocuments(Fixtures.submittedBy(family(AYU),
        new SubmittedBy("FAMILY_MEMBER", "Joko Saudara", "3573011203800001", false)), docs));
    assertThat(pi).isEnded().hasPassed("refuseRepresentation", "notifyRejection", "rejectedEnd");
    assertThat(candidates(pi)).allSatisfy(c -> assertThat(c.outcomeReason()).isEqualTo("FAMILY_NOT_ON_CARD"));
  }

  @Test
  void whenNoCandidateIsEligibleTheApplicationIsRejectedWithTheReason() throws Exception {
    bpjsSays(AYU.nik(), MembershipStatus.ACTIVE, Segment.PPU);
    ProcessInstance pi = throughVerification(family(AYU));
    assertThat(pi).isEnded().hasPassed("notifyRejection", "rejectedEnd").hasNotPassed("verifyCivilRegistry");
    verify(ENGINE.mail).send(any(), contains("Hasil permohonan"), contains("tidak memenuhi syarat"));
  }

  @Test
  void rejectedByDispendukcapilEndsRejected() throws Exception {
    bpjsSays(AYU.nik(), MembershipStatus.NOT_REGISTERED, Segment.NONE);
    ProcessInstance pi = throughVerification(family(AYU));
    complete(task("verifyCivilRegistry", pi), withVariables("civilRegistryDecision", "REJECT",
        "civilRegistryReason", "NOT_DOMICILED", "civilRegistryNote", "Pindah ke Kab. Malang"));
    approve(pi, "verifyWelfare", "welfare");
    approve(pi, "verifyEmployment", "employment");
    assertThat(pi).isEnded().hasPassed("consolidateVerification", "rejectedEnd").hasNotPassed("assignFktp");
    assertThat(candidates(pi)).singleElement().satisfies(c -> assertThat(c.outcomeReason()).isEqualTo("NOT_RESIDENT"));
  }

  @Test
  void rejectedByDinsosAndAFormalWorkerFlaggedByDisnakerEachGetTheirReason() throws Exception {
    bpjsSays(AYU.nik(), MembershipStatus.NOT_REGISTERED, Segment.NONE);
    bpjsSays(BAYU.nik(), MembershipStatus.NOT_REGISTERED, Segment.NONE);
    ProcessInstance pi = throughVerification(family(AYU, BAYU));
    approve(pi, "verifyCivilRegistry", "civilRegistry");
    complete(task("verifyWelfare", pi), withVariables("welfareDecision", "REJECT", "welfareReason", "ABLE_TO_PAY",
        "welfareFlaggedNiks", SpinValues.jsonValue("[\"" + AYU.nik() + "\"]").create()));
    complete(task("verifyEmployment", pi), withVariables("employmentDecision", "APPROVE",
        "employmentFlaggedNiks", SpinValues.jsonValue("[\"" + BAYU.nik() + "\"]").create()));
    assertThat(pi).isEnded().hasPassed("rejectedEnd");
    Map<String, String> reasons = new HashMap<>();
    candidates(pi).forEach(c -> reasons.put(c.nik(), c.outcomeReason()));
    assertThat(reasons).containsEntry(AYU.nik(), "WELFARE_ABLE_TO_PAY").containsEntry(BAYU.nik(), "FORMAL_WORKER");
  }

  @Test
  void eachVerifierCanReturnTheApplicationToTheKelurahanForCorrection() throws Exception {
    bpjsSays(AYU.nik(), MembershipStatus.NOT_REGISTERED, Segment.NONE);
    bpjsSays(BAYU.nik(), MembershipStatus.NOT_REGISTERED, Segment.NONE);
    ProcessInstance pi = throughVerification(family(AYU));
    for (String[] agency : new String[][] {{"verifyCivilRegistry", "civilRegistry"}, {"verifyWelfare", "welfare"},
        {"verifyEmployment", "employment"}}) {
      for (String[] other : new String[][] {{"verifyCivilRegistry", "civilRegistry"}, {"verifyWelfare", "welfare"},
          {"verifyEmployment", "employment"}}) {
        if (other[0].equals(agency[0])) {
          complete(task(agency[0], pi), withVariables(agency[1] + "Decision", "RETURN", agency[1] + "Reason",
              "DATA_INCOMPLETE", agency[1] + "Note", "Alamat tidak lengkap"));
        } else {
          approve(pi, other[0], other[1]);
        }
      }
      assertThat(pi).isWaitingAt("correctApplication");
      Task correction = task("correctApplication", pi);
      assertThat(correction).hasCandidateGroup(Fixtures.PANDANWANGI);
      assertThat(engine.getTaskService().getVariableLocal(correction.getId(), "correctionReasons").toString())
          .contains("Data atau dokumen belum lengkap", "Alamat tidak lengkap");
      assertThat(engine.getTaskService().getVariableLocal(correction.getId(), "familyCardNumber"))
          .isEqualTo(Fixtures.KK);
      complete(correction, withVariables("address", "Jl. Simpang Borobudur No. 7, RT 03 RW 05, Kel. Pandanwangi",
          "members", SpinValues.jsonValue(json.writeValueAsString(List.of(AYU, BAYU))).create(),
          "correctionNote", "Alamat dilengkapi, anak ditambahkan"));
      assertThat(pi).isWaitingAt("checkBpjsStatus");
      execute(job());
    }
    verify(ENGINE.mail, times(3)).send(any(), contains("perlu diperbaiki"), contains("Alamat tidak lengkap"));
    assertThat(candidates(pi)).extracting(CandidateResult::nik).containsExactly(AYU.nik(), BAYU.nik());
    approveAll(pi);
    assertThat(pi).isWaitingAt("assignFktp");
  }

  @Test
  void aCorrectionWithInvalidDataIsRefusedAndTheTaskStaysOpen() throws Exception {
    bpjsSays(AYU.nik(), MembershipStatus.NOT_REGISTERED, Segment.NONE);
    ProcessInstance pi = throughVerification(family(AYU));
    complete(task("verifyCivilRegistry", pi), withVariables("civilRegistryDecision", "RETURN", "civilRegistryReason",
        "KK_MISMATCH"));
    approve(pi, "verifyWelfare", "welfare");
    approve(pi, "verifyEmployment", "employment");
    Task correction = task("correctApplication", pi);
    assertThatThrownBy(() -> engine.getTaskService().complete(correction.getId(),
        Map.of("familyCardNumber", "12345", "correctionNote", "salah ketik")))
        .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("Nomor KK harus 16 angka");
    assertThat(pi).isWaitingAt("correctApplication");
  }

  @Test
  void kepalaDinkesCanRejectTheSubmission() throws Exception {
    bpjsSays(AYU.nik(), MembershipStatus.NOT_REGISTERED, Segment.NONE);
    ProcessInstance pi = throughVerification(family(AYU));
    approveAll(pi);
    assignFktp(pi);
    complete(task("signApproval", pi), withVariables("signDecision", "REJECT", "signNote", "Data DTKS belum mutakhir"));
    assertThat(pi).isEnded().hasPassed("recordSignatureRejection", "rejectedEnd").hasNotPassed("submitAndConfirmAtBpjs");
    assertThat(candidates(pi)).singleElement().satisfies(c -> {
      assertThat(c.outcome()).isEqualTo("REJECTED");
      assertThat(c.outcomeText()).contains("Data DTKS belum mutakhir");
    });
  }

  @Test
  void aBpjsOutageIsRetriedAndTheApplicationContinuesWhenBpjsIsBack() throws Exception {
    when(ENGINE.bpjs.findByNik(AYU.nik()))
        .thenThrow(new BpjsUnavailableException(BpjsErrorCode.UNAVAILABLE, "503", "503", null))
        .thenReturn(notRegistered(AYU.nik()));
    ProcessInstance pi = start(family(AYU));
    Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
    assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
        .isInstanceOf(BpjsUnavailableException.class);
    Job failed = engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
    assertThat(failed.getRetries()).isEqualTo(4);
    assertThat(failed.getExceptionMessage()).contains("BPJS_UNAVAILABLE");
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    execute(failed);
    assertThat(pi).isWaitingAt("verifyCivilRegistry", "verifyWelfare", "verifyEmployment");
  }

  @Test
  void aJobThatLostTheOptimisticLockIsDueAgainAtOnceNotAfterTheRetryCyclesInterval() throws Exception {
    when(ENGINE.bpjs.findByNik(AYU.nik()))
        .thenThrow(new org.camunda.bpm.engine.OptimisticLockingException("the same application changed meanwhile"))
        .thenThrow(new BpjsUnavailableException(BpjsErrorCode.UNAVAILABLE, "503", "503", null));
    ProcessInstance pi = start(family(AYU));
    Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
    java.util.Date before = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
    assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
        .isInstanceOf(org.camunda.bpm.engine.OptimisticLockingException.class);
    Job conflicted = engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
    assertThat(conflicted.getRetries()).as("a lost lock spends no retry").isEqualTo(5);
    assertThat(conflicted.getDuedate()).as("due again now, not in the cycle's five minutes").isBeforeOrEqualTo(
        new java.util.Date(before.getTime() + 1000));
    // a real outage after it still waits the cycle's interval
    assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
        .isInstanceOf(BpjsUnavailableException.class);
    Job failed = engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
    assertThat(failed.getRetries()).isEqualTo(4);
    assertThat(failed.getDuedate()).isAfter(new java.util.Date(before.getTime() + 4 * 60_000));
  }

  @Test
  void bpjsRefusingOurCredentialsIsAnIncidentAtOnceNotABlindRetry() throws Exception {
    when(ENGINE.bpjs.findByNik(AYU.nik())).thenThrow(new BpjsRefusedException(BpjsErrorCode.REFUSED, "401", "401"));
    ProcessInstance pi = start(family(AYU));
    Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
    assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
        .isInstanceOf(BpjsRefusedException.class);
    assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
    assertThat(pi).isActive();
  }

  @Test
  void anActivationThatNeverHappensIsClosedAsFailedByDinkes() throws Exception {
    bpjsSays(AYU.nik(), MembershipStatus.NOT_REGISTERED, Segment.NONE);
    ProcessInstance pi = throughVerification(family(AYU));
    approveAll(pi);
    assignFktp(pi);
    ProcessInstance submission = signAndSubmit(pi);
    moveClock(3 * 24 * 3600);
    execute(job(submission));
    assertThat(submission).isWaitingAt("followUpSubmission");
    Task followUp = task("followUpSubmission", submission);
    assertThat(followUp).hasCandidateGroup("dinkes");
    assertThat(file(followUp)).contains("Ayu Lestari");
    complete(followUp, withVariables("followUpDecision", "CLOSE_FAILED", "followUpNote", "BPJS menolak: data ganda"));
    assertThat(pi).isEnded().hasPassed("submitAndConfirmAtBpjs", "submissionConfirmedGateway", "rejectedEnd")
        .hasNotPassed("notifyActivation");
    assertThat(candidates(pi)).singleElement().satisfies(c -> {
      assertThat(c.outcome()).isEqualTo("ACTIVATION_FAILED");
      assertThat(c.outcomeText()).contains("data ganda");
    });
  }

  @Test
  void aCandidateWithAnOpenApplicationCannotBeEnteredTwice() throws Exception {
    bpjsSays(AYU.nik(), MembershipStatus.NOT_REGISTERED, Segment.NONE);
    start(family(AYU));
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();
    assertThatThrownBy(() -> start(family(AYU))).isInstanceOf(CandidateAlreadyOpenException.class)
        .hasMessageContaining("JKN-");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void invalidApplicationsFromTheStartFormAreRefusedWithEveryFieldsMessage() {
    engine.getIdentityService().setAuthentication("pandanwangi", List.of(Fixtures.PANDANWANGI));
    try {
      Map<String, Object> form = new HashMap<>();
      form.put("familyCardNumber", "3573");
      form.put("address", "");
      form.put("phone", "12345");
      form.put("submittedByRelation", "SELF");
      form.put("members", SpinValues.jsonValue("[{\"nik\":\"3573014101950098\",\"name\":\"Ayu\",\"birthDate\":\"1995-01-02\","
          + "\"relationship\":\"KEPALA_KELUARGA\",\"candidate\":true}]").create());
      assertThatThrownBy(() -> engine.getFormService().submitStartForm(
          engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("jkn-registration")
              .singleResult().getId(), form))
          .isInstanceOfSatisfying(InvalidApplicationException.class, e -> assertThat(e.errors())
              .extracting(id.go.malangkota.ejkn.intake.FieldError::field)
              .contains("familyCardNumber", "address", "phone", "members[0].birthDate"))
          // and for the officer, each field as the form names it
          .hasMessageContaining("No. KK").hasMessageContaining("Anggota keluarga ke-1, tanggal lahir");
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void theTasklistStartFormFilesForTheOfficersOwnKelurahan() throws Exception {
    bpjsSays(AYU.nik(), MembershipStatus.NOT_REGISTERED, Segment.NONE);
    engine.getIdentityService().setAuthentication("pandanwangi", List.of(Fixtures.PANDANWANGI));
    ProcessInstance pi;
    try {
      Map<String, Object> form = new HashMap<>();
      form.put("familyCardNumber", Fixtures.KK);
      form.put("address", "Jl. Simpang Borobudur No. 7");
      form.put("phone", "+62 812-3456-7890");
      form.put("submittedByRelation", "SELF");
      form.put("docKtp", true);
      form.put("docFamilyCard", true);
      form.put("docRtRwLetter", true);
      form.put("members", SpinValues.jsonValue(json.writeValueAsString(List.of(AYU))).create());
      pi = engine.getFormService().submitStartForm(engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey("jkn-registration").singleResult().getId(), form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(pi).hasBusinessKey(engine.getRuntimeService().getVariable(pi.getId(), "applicationNumber").toString())
        .hasVariables("kelurahanCode", "applicantName");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "kelurahanCode")).isEqualTo(Fixtures.PANDANWANGI);
    // the form's fields live in the register, not in the process
    assertThat(engine.getRuntimeService().getVariables(pi.getId())).doesNotContainKeys("phone", "members", "docKtp");
    var registered = ENGINE.register.get(pi.getBusinessKey());
    assertThat(registered.phone()).isEqualTo("081234567890");
    assertThat(registered.createdBy()).isEqualTo("pandanwangi");
  }

  @Test
  void aMandiriMemberWhoCanNoLongerPaySwitchesToCityFundingThroughDispendukcapilAndDinsos() throws Exception {
    bpjsSays(AYU.nik(), MembershipStatus.ACTIVE, Segment.PBPU);
    ProcessInstance pi = throughVerification(Fixtures.switchFromMandiri(AYU));
    assertThat(pi).isWaitingAt("verifyCivilRegistry", "verifyWelfare").isNotWaitingAt("verifyEmployment");
    assertThat(file(task("verifyWelfare", pi))).contains("PBPU", "KELAS III", "Rp70.000");
    approve(pi, "verifyCivilRegistry", "civilRegistry");
    approve(pi, "verifyWelfare", "welfare");
    assignFktp(pi);
    ProcessInstance submission = signAndSubmit(pi);
    verify(ENGINE.submissions).submit(argThat(r -> r.type() == SubmissionType.CHANGE_SEGMENT));
    when(ENGINE.bpjs.findByNik(AYU.nik())).thenReturn(activeApbd(AYU.nik()));
    execute(job(submission));
    assertThat(pi).isEnded().hasPassed("activatedEnd");
  }

  @Test
  void aSwitchIsRefusedWhenBpjsDoesNotShowAMandiriMember() throws Exception {
    bpjsSays(AYU.nik(), MembershipStatus.ACTIVE, Segment.PPU);
    ProcessInstance pi = throughVerification(Fixtures.switchFromMandiri(AYU));
    assertThat(pi).isEnded().hasPassed("rejectedEnd");
    assertThat(candidates(pi)).singleElement().satisfies(c -> assertThat(c.outcomeReason()).isEqualTo("NOT_MANDIRI"));
  }

  @Test
  void aSwitchWithoutTheStampedStatementStopsWithWhatToBring() throws Exception {
    ApplicationRequest a = Fixtures.switchFromMandiri(AYU);
    Map<String, Boolean> docs = new HashMap<>(a.documents());
    docs.put("stampedStatement", false);
    ProcessInstance pi = start(Fixtures.withDocuments(a, docs));
    assertThat(pi).isEnded().hasPassed("missingDocumentsEnd");
    verify(ENGINE.mail).send(any(), any(), contains("meterai"));
  }

  @Test
  void aTaskPastItsDueDateRemindsItsGroupOnce() throws Exception {
    if (engine.getIdentityService().createUserQuery().userId("dinsos").count() == 0) {
      var user = engine.getIdentityService().newUser("dinsos");
      user.setEmail("dinsos@demo.ejkn.malangkota.go.id");
      engine.getIdentityService().saveUser(user);
      var group = engine.getIdentityService().newGroup("dinsos");
      group.setName("Dinas Sosial P3AP2KB");
      engine.getIdentityService().saveGroup(group);
      engine.getIdentityService().createMembership("dinsos", "dinsos");
    }
    // an ordinary Wednesday: "1 hari kerja" is Thursday, so 25 hours later the tasks are overdue
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0,
        java.time.ZoneId.of("Asia/Jakarta")).toInstant()));
    bpjsSays(AYU.nik(), MembershipStatus.NOT_REGISTERED, Segment.NONE);
    ProcessInstance pi = throughVerification(family(AYU));
    var reminder = new id.go.malangkota.ejkn.verification.OverdueTaskReminder(engine.getTaskService(),
        engine.getIdentityService(), new id.go.malangkota.ejkn.notification.Recipients(engine.getIdentityService()),
        new id.go.malangkota.ejkn.notification.MailTemplates(), ENGINE.mail, "Asia/Jakarta",
        new id.go.malangkota.ejkn.platform.SchedulerLease(ENGINE.jdbc), java.time.Duration.ofMinutes(5));
    assertThat(reminder.remind()).isZero();
    moveClock(25 * 3600);
    assertThat(reminder.remind()).isEqualTo(3);
    assertThat(reminder.remind()).isZero();
    verify(ENGINE.mail).send(argThat(to -> to.contains("dinsos@demo.ejkn.malangkota.go.id")),
        contains("melewati tenggat"), contains("Dinas Sosial P3AP2KB"));
    assertThat(pi).isWaitingAt("verifyCivilRegistry", "verifyWelfare", "verifyEmployment");
  }

  @Test
  void aVerificationCreatedOnFridayOrBeforeChristmasIsDueOnTheNextWorkingDay() throws Exception {
    java.time.ZoneId wib = java.time.ZoneId.of("Asia/Jakarta");
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.ZonedDateTime.of(2026, 12, 4, 15, 0, 0, 0, wib).toInstant()));
    bpjsSays(AYU.nik(), MembershipStatus.NOT_REGISTERED, Segment.NONE);
    Task friday = task("verifyWelfare", throughVerification(family(AYU)));
    assertThat(friday.getDueDate().toInstant()).isEqualTo(java.time.ZonedDateTime.of(2026, 12, 7, 15, 0, 0, 0, wib).toInstant());
    assertThat(engine.getFormService().getTaskFormVariables(friday.getId()).get("deadlineText").toString())
        .contains("Senin, 7 Desember 2026").contains("1 hari kerja");

    // Wednesday 23 December: the 24th is cuti bersama, the 25th Christmas, then the weekend
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.ZonedDateTime.of(2026, 12, 23, 10, 0, 0, 0, wib).toInstant()));
    bpjsSays(BAYU.nik(), MembershipStatus.NOT_REGISTERED, Segment.NONE);
    Task christmas = task("verifyCivilRegistry", throughVerification(family(BAYU)));
    assertThat(christmas.getDueDate().toInstant())
        .isEqualTo(java.time.ZonedDateTime.of(2026, 12, 28, 10, 0, 0, 0, wib).toInstant());
  }

  void moveClock(long seconds) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + seconds * 1000));
  }
}
