package id.go.malangkota.ejkn.process;

import static id.go.malangkota.ejkn.process.Fixtures.AYU;
import static id.go.malangkota.ejkn.process.Fixtures.PANDANWANGI;
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
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.go.malangkota.ejkn.bpjs.BpjsErrorCode;
import id.go.malangkota.ejkn.bpjs.BpjsUnavailableException;
import id.go.malangkota.ejkn.bpjs.MembershipStatus;
import id.go.malangkota.ejkn.bpjs.Segment;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionReceipt;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionType;
import id.go.malangkota.ejkn.deactivation.DeactivationRequest;
import id.go.malangkota.ejkn.deactivation.DeactivationRegistry;
import id.go.malangkota.ejkn.deactivation.DeactivationStartInput;
import org.camunda.bpm.engine.variable.Variables;
import id.go.malangkota.ejkn.application.CandidateAlreadyOpenException;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deactivation SOP, one test per path (process coverage: every flow node and sequence flow). */
@Deployment(resources = {"processes/jkn-deactivation.bpmn", "processes/jkn-bpjs-submission.bpmn",
    "dmn/required-documents.dmn", "dmn/deactivation-eligibility.dmn", "dmn/verification-route.dmn",
    "dmn/time-standards.dmn", "dmn/working-calendar.dmn", "dmn/activation-polling.dmn"})
class DeactivationProcessTest {

  static final ProcessTestEngine ENGINE = new ProcessTestEngine();

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.Companion
      .builder(ENGINE.configuration).excludeProcessDefinitionKeys("jkn-bpjs-submission")
      .assertClassCoverageAtLeast(1.0).build();

  /** Active, city-funded: the only membership the city may end. */
  static final String NIK = AYU.nik();

  ProcessEngine engine;

  @BeforeEach
  void setUp(ProcessEngine processEngine) {
    engine = processEngine;
    BpmnAwareTests.init(engine);
    ENGINE.registerBeans(engine);
    ENGINE.jdbc.update("DELETE FROM ejkn_open_candidate");
    when(ENGINE.submissions.submit(any())).thenAnswer(i -> new SubmissionReceipt("key", SubmissionType.DEACTIVATE,
        "simulator", "SIM-9", Instant.now(), false));
    bpjsSays(MembershipStatus.ACTIVE, Segment.PBI_APBD);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  void bpjsSays(MembershipStatus status, Segment segment) {
    when(ENGINE.bpjs.findByNik(NIK)).thenReturn(status == MembershipStatus.NOT_REGISTERED ? notRegistered(NIK)
        : participant(NIK, status, segment));
  }

  static Map<String, Boolean> evidence(String flag) {
    Map<String, Boolean> docs = new HashMap<>();
    docs.put("familyCard", true);
    if (flag != null) {
      docs.put(flag, true);
    }
    return docs;
  }

  ProcessInstance start(String reason, Map<String, Boolean> documents) {
    try {
      String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(new DeactivationRequest(
          PANDANWANGI, NIK, reason, "Keterangan dari RT", "keluarga.ayu@example.id", documents));
      return engine.getRuntimeService().createProcessInstanceByKey("jkn-deactivation")
          .setVariable(DeactivationStartInput.REQUEST, Variables.stringValue(body, true)).execute();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  DeactivationRegistry.Deactivation registered(ProcessInstance pi) {
    return ENGINE.deactivations.get(pi.getBusinessKey());
  }

  String file(String taskKey, ProcessInstance pi) {
    return engine.getFormService().getTaskFormVariables(task(taskKey, pi).getId()).get("verificationSummary").toString();
  }

  ProcessInstance submission(ProcessInstance pi) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
  }

  ProcessInstance throughLookUp(String reason, String flag) {
    ProcessInstance pi = start(reason, evidence(flag));
    assertThat(pi).isWaitingAt("lookUpParticipant");
    execute(job());
    return pi;
  }

  /** Verified and signed; the shared submission sent it and waits to ask BPJS; returns the submission. */
  ProcessInstance verifyAndSign(ProcessInstance pi) {
    complete(task("verifyDeactivation", pi), withVariables("verificationDecision", "APPROVE"));
    assertThat(task("signDeactivation", pi)).hasCandidateGroup("kadinkes");
    complete(task("signDeactivation", pi), withVariables("signDecision", "APPROVE"));
    assertThat(pi).isWaitingAt("submitAndConfirmAtBpjs");
    ProcessInstance submission = submission(pi);
    execute(job(submission));
    assertThat(submission).isWaitingAt("checkSubmissionAtBpjs");
    return submission;
  }

  @Test
  void aDeceasedMemberIsDeactivatedAndTheFamilyReceivesACondolenceNotACheerfulLetter() {
    ProcessInstance pi = throughLookUp("DECEASED", "deathCertificate");
    assertThat(pi).isWaitingAt("verifyDeactivation");
    Task verification = task("verifyDeactivation", pi);
    assertThat(verification).hasCandidateGroup("dispendukcapil");
    assertThat(verification.getPriority()).isEqualTo(40);
    assertThat(verification.getDueDate()).isNotNull();
    assertThat(file("verifyDeactivation", pi)).contains(NIK, "Meninggal dunia", "PBI APBD (iuran dibayar Pemerintah Kota Malang)",
        "✔ Akta kematian");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "applicantName")).isEqualTo("Peserta");
    ProcessInstance submission = verifyAndSign(pi);
    verify(ENGINE.submissions).submit(argThat(r -> r.type() == SubmissionType.DEACTIVATE
        && "DECEASED".equals(r.reason()) && r.idempotencyKey().startsWith("DEACTIVATE-")
        && r.members().get(0).nik().equals(NIK) && r.members().get(0).cardNumber().equals("0001234567890")));
    bpjsSays(MembershipStatus.INACTIVE, Segment.PBI_APBD);
    execute(job(submission));
    assertThat(pi).isEnded().hasPassed("notifyDeactivation", "deactivatedEnd");
    assertThat(registered(pi).outcome()).isEqualTo("DEACTIVATED");
    verify(ENGINE.mail).send(argThat(to -> to.contains("keluarga.ayu@example.id")), contains("Turut berduka cita"),
        argThat(body -> body.contains("turut berduka cita") && body.contains("3573********0099")
            && !body.contains(NIK) && !body.contains("Selamat")));
    assertThat(ENGINE.jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_open_candidate", Integer.class)).isZero();
  }

  @ParameterizedTest(name = "{0} is verified by {2}")
  @CsvSource({"MOVED_OUT,movingLetter,dispendukcapil", "DUPLICATE,duplicateEvidence,dispendukcapil",
      "FORMAL_WORKER,employmentEvidence,disnaker", "COVERED_BY_APBN,apbnEvidence,dinsos",
      "NO_LONGER_ELIGIBLE,ineligibilityEvidence,dinsos"})
  void eachReasonIsVerifiedByItsAgencyAndEndsWithAnAdministrativeLetter(String reason, String flag, String group) {
    ProcessInstance pi = throughLookUp(reason, flag);
    assertThat(task("verifyDeactivation", pi)).hasCandidateGroup(group);
    ProcessInstance submission = verifyAndSign(pi);
    bpjsSays(MembershipStatus.INACTIVE, Segment.PBI_APBD);
    execute(job(submission));
    assertThat(pi).isEnded().hasPassed("deactivatedEnd");
    verify(ENGINE.mail).send(any(), contains("telah dinonaktifkan"), argThat(b -> !b.contains("berduka")));
  }

  @Test
  void missingEvidenceStopsTheRequestWithAListOfWhatToBring() {
    ProcessInstance pi = start("MOVED_OUT", evidence(null));
    assertThat(pi).isEnded().hasPassed("notifyDeactivationMissingDocuments", "deactivationMissingDocumentsEnd")
        .hasNotPassed("lookUpParticipant");
    verify(ENGINE.mail).send(any(), contains("bukti yang perlu dibawa"), contains("Surat keterangan pindah"));
    verify(ENGINE.bpjs, never()).findByNik(anyString());
  }

  @Test
  void missingEvidenceForADeathIsAskedForWithCondolences() {
    ProcessInstance pi = start("DECEASED", evidence(null));
    assertThat(pi).isEnded().hasPassed("deactivationMissingDocumentsEnd");
    verify(ENGINE.mail).send(any(), contains("dokumen yang masih diperlukan"),
        argThat(b -> b.contains("turut berduka cita") && b.contains("Akta kematian")));
  }

  @Test
  void aRequestWithoutAnyDocumentListCountsTheEvidenceAsHandedInAndWarnsTheVerifier() {
    ProcessInstance pi = start("DECEASED", null);
    assertThat(pi).isWaitingAt("lookUpParticipant");
    execute(job());
    assertThat(file("verifyDeactivation", pi)).contains("? Akta kematian", "tanpa daftar dokumen");
  }

  @Test
  void theCityCannotDeactivateAMemberItDoesNotFund() {
    bpjsSays(MembershipStatus.ACTIVE, Segment.PBI_APBN);
    ProcessInstance pi = throughLookUp("COVERED_BY_APBN", "apbnEvidence");
    assertThat(pi).isEnded().hasPassed("notifyDeactivationRejection", "deactivationRejectedEnd")
        .hasNotPassed("verifyDeactivation");
    assertThat(registered(pi).outcome()).isEqualTo("NOT_CITY_FUNDED");
    verify(ENGINE.mail).send(any(), contains("Hasil permohonan penonaktifan"), contains("PBI APBN"));
  }

  @Test
  void anAlreadyInactiveMembershipIsRefusedWithTheReason() {
    bpjsSays(MembershipStatus.INACTIVE, Segment.PBI_APBD);
    ProcessInstance pi = throughLookUp("DECEASED", "deathCertificate");
    assertThat(pi).isEnded().hasPassed("deactivationRejectedEnd");
    assertThat(registered(pi).outcome()).isEqualTo("NOT_ACTIVE");
    verify(ENGINE.mail).send(any(), contains("perlu pemeriksaan lanjutan"), contains("turut berduka cita"));
  }

  @Test
  void theVerifierCanRejectWithAReason() {
    ProcessInstance pi = throughLookUp("FORMAL_WORKER", "employmentEvidence");
    complete(task("verifyDeactivation", pi), withVariables("verificationDecision", "REJECT",
        "verificationReason", "NOT_CONFIRMED", "verificationNote", "Tidak terdaftar di BPJS Ketenagakerjaan"));
    assertThat(pi).isEnded().hasPassed("recordDeactivationVerification", "deactivationRejectedEnd")
        .hasNotPassed("signDeactivation");
    assertThat(registered(pi).outcome()).isEqualTo("REJECTED_BY_VERIFIER");
    assertThat(registered(pi).outcomeText()).contains("Dinas Tenaga Kerja PMPTSP", "tidak membenarkan",
        "BPJS Ketenagakerjaan");
  }

  @Test
  void kepalaDinkesCanRefuseToSign() {
    ProcessInstance pi = throughLookUp("MOVED_OUT", "movingLetter");
    complete(task("verifyDeactivation", pi), withVariables("verificationDecision", "APPROVE",
        "verificationNote", "SKPWNI sah"));
    assertThat(file("signDeactivation", pi)).contains("disetujui", "SKPWNI sah");
    complete(task("signDeactivation", pi), withVariables("signDecision", "REJECT", "signNote", "Tunggu data SIAK"));
    assertThat(pi).isEnded().hasPassed("deactivationRejectedEnd").hasNotPassed("submitAndConfirmAtBpjs");
    assertThat(registered(pi).outcome()).isEqualTo("REJECTED_BY_KADINKES");
  }

  @Test
  void aDeactivationBpjsNeverConfirmsIsClosedByDinkes() {
    ProcessInstance pi = throughLookUp("DUPLICATE", "duplicateEvidence");
    ProcessInstance submission = verifyAndSign(pi);
    moveClock(3 * 24 * 3600);
    execute(job(submission));
    Task followUp = task("followUpSubmission", submission);
    assertThat(engine.getFormService().getTaskFormVariables(followUp.getId()).get("verificationSummary").toString())
        .contains("Data kepesertaan ganda");
    complete(followUp, withVariables("followUpDecision", "CLOSE_FAILED",
        "followUpNote", "BPJS: data ganda sudah dihapus dengan nomor lain"));
    assertThat(pi).isEnded().hasPassed("submissionConfirmedGateway", "deactivationRejectedEnd")
        .hasNotPassed("notifyDeactivation");
    assertThat(registered(pi).outcome()).isEqualTo("NOT_CONFIRMED_BY_BPJS");
  }

  @Test
  void aBpjsOutageIsRetriedAndTheRequestContinues() {
    when(ENGINE.bpjs.findByNik(NIK))
        .thenThrow(new BpjsUnavailableException(BpjsErrorCode.UNAVAILABLE, "503", "503", null))
        .thenReturn(participant(NIK, MembershipStatus.ACTIVE, Segment.PBI_APBD));
    ProcessInstance pi = start("DECEASED", evidence("deathCertificate"));
    Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
    assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
        .isInstanceOf(BpjsUnavailableException.class);
    Job failed = engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
    assertThat(failed.getRetries()).isEqualTo(4);
    execute(failed);
    assertThat(pi).isWaitingAt("verifyDeactivation");
  }

  @Test
  void aPersonWithAnOpenRequestCannotBeDeactivatedAtTheSameTime() throws Exception {
    ENGINE.jdbc.update("INSERT INTO ejkn_open_candidate (nik, application_number, process_instance_id, request_type) "
        + "VALUES (?, 'JKN-2026-000001', 'other', 'NEW')", NIK);
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();
    assertThatThrownBy(() -> start("DECEASED", evidence("deathCertificate")))
        .isInstanceOf(CandidateAlreadyOpenException.class).hasMessageContaining("JKN-2026-000001")
        .hasMessageContaining("pendaftaran");
    ENGINE.jdbc.update("DELETE FROM ejkn_open_candidate");
    start("DECEASED", evidence("deathCertificate"));
    assertThatThrownBy(() -> start("DECEASED", evidence("deathCertificate")))
        .isInstanceOf(CandidateAlreadyOpenException.class).hasMessageContaining("permohonan penonaktifan");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before + 1);
    // and a registration for that person now waits for the deactivation (the same open-request table)
    assertThat(ENGINE.jdbc.queryForObject("SELECT request_type FROM ejkn_open_candidate WHERE nik = ?", String.class,
        NIK)).isEqualTo("DEACTIVATION");
  }

  @Test
  void invalidRequestsFromTheStartFormAreRefusedWithEveryFieldsMessage() {
    engine.getIdentityService().setAuthentication("pandanwangi", List.of(PANDANWANGI));
    try {
      Map<String, Object> form = new HashMap<>();
      form.put("nik", "35730141");
      form.put("deactivationReason", "BORED");
      form.put("email", "bukan-surel");
      assertThatThrownBy(() -> engine.getFormService().submitStartForm(definitionId(), form))
          .isInstanceOfSatisfying(InvalidApplicationException.class, e -> assertThat(e.errors())
              .extracting(id.go.malangkota.ejkn.intake.FieldError::field).contains("nik", "reason", "email"));
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void theTasklistStartFormFilesForTheOfficersOwnKelurahan() {
    engine.getIdentityService().setAuthentication("pandanwangi", List.of(PANDANWANGI));
    ProcessInstance pi;
    try {
      Map<String, Object> form = new HashMap<>();
      form.put("nik", NIK);
      form.put("deactivationReason", "DECEASED");
      form.put("docFamilyCard", true);
      form.put("docDeathCertificate", true);
      form.put("deactivationNote", "Meninggal 20 November");
      pi = engine.getFormService().submitStartForm(definitionId(), form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(pi).isWaitingAt("lookUpParticipant")
        .hasBusinessKey(engine.getRuntimeService().getVariable(pi.getId(), "applicationNumber").toString());
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "kelurahanCode")).isEqualTo(PANDANWANGI);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "requestType")).isEqualTo("DEACTIVATION");
    assertThat(registered(pi).createdBy()).isEqualTo("pandanwangi");
    assertThat(registered(pi).note()).isEqualTo("Meninggal 20 November");
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(PANDANWANGI)
        .resourceId(pi.getId()).count()).isPositive();
  }

  String definitionId() {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("jkn-deactivation")
        .singleResult().getId();
  }

  void moveClock(long seconds) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + seconds * 1000));
  }
}
