package id.go.malangkota.ejkn.bpjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.malangkota.ejkn.intake.TestFamilies;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import id.go.malangkota.ejkn.support.Journey;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * BPJS down, then refusing our signature, while residents apply: the first application's membership check waits
 * for its retry ten minutes away, the second's stands as an incident in Cockpit. Nothing moves while BPJS still
 * misbehaves; once it answers, the recovery releases both and they reach the verifiers with no operator edit.
 */
@EjknIntegrationTest
class BpjsRecoveryIT {

  static final String KELURAHAN = "35.73.01.1006";
  /** The job executor may idle up to a minute between acquisitions when nothing else runs. */
  static final Duration PATIENCE = Duration.ofSeconds(150);

  @Autowired TestRestTemplate rest;
  @Autowired Journey journey;
  @Autowired BpjsRecovery recovery;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired MeterRegistry meters;

  Job membershipCheck(String pid) {
    return management.createJobQuery().processInstanceId(pid).activityId("checkBpjsStatus").singleResult();
  }

  double failures(String code) {
    var counter = meters.find("ejkn.bpjs.failures").tag("code", code).counter();
    return counter == null ? 0 : counter.count();
  }

  double released() {
    return meters.get("ejkn.bpjs.recovery.released").counter().count();
  }

  @Test
  void callsThatFailedWhileBpjsWasDownOrRefusingRunAgainOnceItAnswersWithNoOperatorEdit() {
    double unavailableBefore = failures("BPJS_UNAVAILABLE");
    double refusedBefore = failures("BPJS_REFUSED");
    Journey.Filed down;
    Journey.Filed refused;
    Date retryAt;
    rest.put("/bpjs-simulator/faults", Map.of("mode", "DOWN"));
    try {
      down = journey.file("pandanwangi", TestFamilies.twoMemberFamily(KELURAHAN));
      Job waiting = await().atMost(PATIENCE).until(() -> membershipCheck(down.pid()),
          j -> j != null && j.getExceptionMessage() != null);
      assertThat(waiting.getExceptionMessage()).startsWith("BPJS_UNAVAILABLE:");
      assertThat(waiting.getRetries()).as("an outage keeps the job's retries").isPositive();
      retryAt = waiting.getDuedate();
      assertThat(retryAt).as("the next retry, minutes away").isAfter(Date.from(Instant.now().plusSeconds(60)));

      rest.put("/bpjs-simulator/faults", Map.of("mode", "WRONG_SIGNATURE"));
      refused = journey.file("pandanwangi", TestFamilies.twoMemberFamily(KELURAHAN));
      Incident incident = await().atMost(PATIENCE).until(() -> runtime.createIncidentQuery()
          .processInstanceId(refused.pid()).singleResult(), i -> i != null);
      assertThat(incident.getActivityId()).isEqualTo("checkBpjsStatus");
      assertThat(incident.getIncidentMessage()).as("visible in Cockpit with its stable code").startsWith("BPJS_REFUSED:");

      assertThat(recovery.recover()).as("nothing released while BPJS still refuses").isZero();
      assertThat(runtime.createIncidentQuery().processInstanceId(refused.pid()).count()).isOne();
      assertThat(membershipCheck(down.pid()).getDuedate()).isEqualTo(retryAt);
    } finally {
      rest.delete("/bpjs-simulator/faults");
    }
    assertThat(failures("BPJS_UNAVAILABLE")).as("failures counted for the operator").isGreaterThan(unavailableBefore);
    assertThat(failures("BPJS_REFUSED")).isGreaterThan(refusedBefore);

    double releasedBefore = released();
    int count = recovery.recover();
    assertThat(count).as("both waiting calls released").isGreaterThanOrEqualTo(2);
    assertThat(released()).isEqualTo(releasedBefore + count);
    assertThat(runtime.createIncidentQuery().processInstanceId(refused.pid()).count()).as("incident resolved").isZero();
    assertThat(history.createHistoricIncidentQuery().processInstanceId(refused.pid()).resolved().count()).isOne();

    for (Journey.Filed filed : new Journey.Filed[] {down, refused}) {
      await().atMost(PATIENCE).until(() -> journey.tasks("dispendukcapil", filed.pid()).stream()
          .anyMatch(t -> "verifyCivilRegistry".equals(t.get("taskDefinitionKey"))));
    }
    assertThat(management.createJobQuery().processInstanceId(down.pid()).withException().count()).isZero();
    assertThat(management.createJobQuery().processInstanceId(refused.pid()).withException().count()).isZero();
  }
}
