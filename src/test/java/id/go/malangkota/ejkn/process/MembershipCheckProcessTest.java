package id.go.malangkota.ejkn.process;

import static id.go.malangkota.ejkn.process.Fixtures.AYU;
import static id.go.malangkota.ejkn.process.Fixtures.PANDANWANGI;
import static id.go.malangkota.ejkn.process.Fixtures.notRegistered;
import static id.go.malangkota.ejkn.process.Fixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.Mockito.when;

import id.go.malangkota.ejkn.bpjs.BpjsErrorCode;
import id.go.malangkota.ejkn.bpjs.BpjsUnavailableException;
import id.go.malangkota.ejkn.bpjs.MembershipStatus;
import id.go.malangkota.ejkn.bpjs.Segment;
import id.go.malangkota.ejkn.membership.InvalidMembershipCheckException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Cek kepesertaan JKN" in Tasklist: start form, look-up, result task; BPJS down is a message, not an incident. */
@Deployment(resources = {"processes/jkn-membership-check.bpmn", "dmn/jkn-eligibility.dmn",
    "dmn/time-standards.dmn", "dmn/working-calendar.dmn", "dmn/suggested-requests.dmn"})
class MembershipCheckProcessTest {

  static final ProcessTestEngine ENGINE = new ProcessTestEngine();

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.Companion
      .builder(ENGINE.configuration).assertClassCoverageAtLeast(1.0).build();

  ProcessEngine engine;

  @BeforeEach
  void setUp(ProcessEngine processEngine) {
    engine = processEngine;
    BpmnAwareTests.init(engine);
    ENGINE.registerBeans(engine);
  }

  @AfterEach
  void tearDown() {
    BpmnAwareTests.reset();
  }

  ProcessInstance startAsPandanwangi(String nik, String birthDate, boolean hospitalized) {
    engine.getIdentityService().setAuthentication("pandanwangi", List.of(PANDANWANGI));
    try {
      Map<String, Object> form = new HashMap<>();
      form.put("nik", nik);
      form.put("birthDate", birthDate);
      form.put("hospitalized", hospitalized);
      return engine.getFormService().submitStartForm(engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey("jkn-membership-check").singleResult().getId(), form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  String variable(ProcessInstance pi, String name) {
    Object v = engine.getRuntimeService().getVariable(pi.getId(), name);
    return v == null ? null : v.toString();
  }

  Map<String, Object> lastAuditRecord() {
    return ENGINE.jdbc.queryForMap("SELECT * FROM ejkn_membership_check ORDER BY checked_at DESC LIMIT 1");
  }

  @Test
  void anActiveCityFundedMemberIsShownInIndonesianAndTheCheckIsAudited() {
    when(ENGINE.bpjs.findByNik(AYU.nik())).thenReturn(participant(AYU.nik(), MembershipStatus.ACTIVE, Segment.PBI_APBD));
    ProcessInstance pi = startAsPandanwangi(AYU.nik(), AYU.birthDate(), false);
    assertThat(pi).isWaitingAt("showMembershipResult");
    Task result = task("showMembershipResult", pi);
    assertThat(result).hasCandidateGroup(PANDANWANGI);
    assertThat(variable(pi, "membershipSummary")).contains("Status: Aktif", "PBI APBD", "0001234567890",
        "Puskesmas Pandanwangi (PKM-PANDANWANGI)", "Tidak perlu permohonan");
    assertThat(variable(pi, "registrationLink")).contains("#/?processStart=jkn-deactivation");
    Map<String, Object> audit = lastAuditRecord();
    assertThat(audit.get("CHECKED_BY")).isEqualTo("pandanwangi");
    assertThat(audit.get("NIK")).isEqualTo(AYU.nik());
    assertThat(audit.get("RESULT_STATUS")).isEqualTo("ACTIVE");
    assertThat(audit.get("CHANNEL")).isEqualTo("TASKLIST");
    assertThat(audit.get("PROCESS_INSTANCE_ID")).isEqualTo(pi.getId());
    complete(result);
    assertThat(pi).isEnded().hasPassed("membershipCheckDone");
  }

  @Test
  void someoneNotRegisteredGetsALinkToStartARegistrationWithTheDataToEnter() {
    when(ENGINE.bpjs.findByNik(AYU.nik())).thenReturn(notRegistered(AYU.nik()));
    ProcessInstance pi = startAsPandanwangi(AYU.nik(), AYU.birthDate(), false);
    assertThat(variable(pi, "suggestedApplication")).isEqualTo("NEW");
    assertThat(variable(pi, "registrationLink")).contains("/camunda/app/tasklist/default/#/?processStart=jkn-registration",
        AYU.nik(), AYU.birthDate(), "Pendaftaran baru");
  }

  @Test
  void anInactiveMemberInHospitalIsPointedToUrgentReactivation() {
    when(ENGINE.bpjs.findByNik(AYU.nik())).thenReturn(participant(AYU.nik(), MembershipStatus.INACTIVE, Segment.PBI_APBD));
    ProcessInstance pi = startAsPandanwangi(AYU.nik(), AYU.birthDate(), true);
    assertThat(variable(pi, "suggestedApplication")).isEqualTo("URGENT_REACTIVATION");
    assertThat(variable(pi, "registrationLink")).contains("#/?processStart=jkn-urgent-reactivation");
  }

  @Test
  void bpjsBeingDownIsShownAsTryAgainNotAsAnIncident() {
    when(ENGINE.bpjs.findByNik(AYU.nik()))
        .thenThrow(new BpjsUnavailableException(BpjsErrorCode.UNAVAILABLE, "503", "503", null));
    ProcessInstance pi = startAsPandanwangi(AYU.nik(), AYU.birthDate(), false);
    assertThat(pi).isWaitingAt("showMembershipResult");
    assertThat(variable(pi, "membershipSummary")).contains("Layanan BPJS sedang tidak dapat dihubungi, coba lagi");
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    assertThat(lastAuditRecord().get("RESULT_STATUS")).isEqualTo("BPJS_UNAVAILABLE");
    assertThat(lastAuditRecord().get("ERROR_CODE")).isEqualTo("BPJS_UNAVAILABLE");
  }

  @Test
  void aBirthDateThatDoesNotMatchTheNikIsRefusedAtTheStart() {
    long before = ENGINE.jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_membership_check", Long.class);
    assertThatThrownBy(() -> startAsPandanwangi(AYU.nik(), "1995-01-02", false))
        .isInstanceOf(InvalidMembershipCheckException.class).hasMessageContaining("birthDate")
        .hasMessageContaining("tidak sesuai dengan NIK");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    assertThat(ENGINE.jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_membership_check", Long.class)).isEqualTo(before);
  }
}
