package id.go.malangkota.ejkn.policy;

import static id.go.malangkota.ejkn.policy.PolicyTable.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code time-standards}: due date and priority of every user task (FIRST: specific rows, defaults, catch-all). */
class TimeStandardsDecisionTest {

  private static final PolicyTable TABLE = PolicyTable.load("time-standards");
  private static final PolicyTable POLLING = PolicyTable.load("activation-polling");

  /** Every user task id of the processes. */
  static final List<String> STEPS = List.of("correctApplication", "verifyCivilRegistry", "verifyWelfare",
      "verifyEmployment", "assignFktp", "signApproval", "followUpSubmission", "handOverCard", "verifyDeactivation",
      "signDeactivation", "showMembershipResult");

  static RuleCase takes(String name, String ruleId, String step, String requestType, String duration, int priority) {
    return new RuleCase(name, ruleId, vars("step", step, "requestType", requestType),
        Map.of("duration", duration, "priority", priority));
  }

  static Stream<RuleCase> cases() {
    String urgent = "URGENT_REACTIVATION";
    return Stream.of(
        takes("the urgent service as a whole within 3x24 hours of admission", "service-urgent", "SERVICE", urgent,
            "PT72H", 90),
        takes("the other services as a whole within 5 working days", "service", "SERVICE", "NEW", "P5D", 50),
        takes("urgent correction within 4 hours", "urgent-correct-application", "correctApplication", urgent, "PT4H", 90),
        takes("urgent verification within 8 hours", "urgent-verification", "verifyCivilRegistry", urgent, "PT8H", 90),
        takes("urgent FKTP assignment within 4 hours", "urgent-assign-fktp", "assignFktp", urgent, "PT4H", 90),
        takes("urgent signing within 4 hours", "urgent-sign-approval", "signApproval", urgent, "PT4H", 90),
        takes("a late urgent submission followed up within 4 hours at top priority", "urgent-follow-up-submission",
            "followUpSubmission", urgent, "PT4H", 95),
        takes("urgent hand-over within 2 hours", "urgent-hand-over-card", "handOverCard", urgent, "PT2H", 90),
        takes("an urgent step without its own row still gets 4 hours", "urgent-other-step", "newStep", urgent,
            "PT4H", 90),
        takes("correction within 1 working day", "correct-application", "correctApplication", "NEW", "P1D", 50),
        takes("each agency verifies within 1 working day", "verification", "verifyWelfare", "SWITCH_FROM_MANDIRI",
            "P1D", 50),
        takes("FKTP assignment within 1 working day", "assign-fktp", "assignFktp", "NEW", "P1D", 50),
        takes("signing within 1 working day", "sign-approval", "signApproval", "NEW", "P1D", 50),
        takes("a late submission followed up within 1 working day at raised priority", "follow-up-submission",
            "followUpSubmission", "NEW", "P1D", 60),
        takes("hand-over within 1 working day", "hand-over-card", "handOverCard", "SWITCH_FROM_MANDIRI", "P1D", 50),
        takes("deactivation verification within 2 working days", "verify-deactivation", "verifyDeactivation",
            "DEACTIVATION", "P2D", 40),
        takes("deactivation signing within 2 working days", "sign-deactivation", "signDeactivation", "DEACTIVATION",
            "P2D", 40),
        takes("a membership-check result is passed on and closed within the hour", "show-membership-result",
            "showMembershipResult", "MEMBERSHIP_CHECK", "PT1H", 30),
        takes("a step without its own row gets 1 working day", "default", "newStep", "NEW", "P1D", 50));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ruleBehavesAsThePolicySays(RuleCase ruleCase) {
    PolicyTable.Evaluation evaluation = TABLE.evaluate(ruleCase.variables());

    assertThat(evaluation.matchedRuleIds()).containsExactly(ruleCase.ruleId());
    assertThat(evaluation.single()).containsAllEntriesOf(ruleCase.expected());
    assertThat((String) evaluation.single().get("timeLabel")).isNotBlank();
  }

  @Test
  void everyRuleHasATestCase() {
    Set<String> matched = new HashSet<>();
    cases().forEach(c -> matched.addAll(TABLE.evaluate(c.variables()).matchedRuleIds()));

    assertThat(matched).containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }

  @Test
  void hitPolicyIsFirst() {
    assertThat(TABLE.hitPolicy()).isEqualTo("FIRST");
  }

  @Test
  void everyStepOfEveryRequestGetsAValidDurationAndPriority() {
    for (String type : new String[] {"NEW", "SWITCH_FROM_MANDIRI", "URGENT_REACTIVATION", "DEACTIVATION", null}) {
      for (String step : STEPS) {
        Map<String, Object> answer = TABLE.evaluate(vars("step", step, "requestType", type)).single();
        String label = step + "/" + type;
        assertThat(toDuration((String) answer.get("duration"))).as(label).isPositive();
        assertThat((Integer) answer.get("priority")).as(label).isBetween(0, 100);
        assertThat((String) answer.get("timeLabel")).as(label).matches(".*\\b(jam|hari kerja)\\b.*");
        if ("URGENT_REACTIVATION".equals(type)) {
          assertThat((Integer) answer.get("priority")).as(label).isGreaterThanOrEqualTo(90);
        } else {
          assertThat((Integer) answer.get("priority")).as(label).isLessThan(90);
        }
      }
    }
  }

  /** Permenkes 28/2014: the card must be active within 3×24 hours of admission. */
  @Test
  void urgentReactivationFitsInThreeTimesTwentyFourHours() {
    Duration total = Duration.ZERO;
    for (String step : List.of("correctApplication", "verifyCivilRegistry", "assignFktp", "signApproval",
        "followUpSubmission", "handOverCard")) {
      total = total.plus(toDuration(
          (String) TABLE.evaluate(vars("step", step, "requestType", "URGENT_REACTIVATION")).single().get("duration")));
    }
    total = total.plus(toDuration(
        (String) POLLING.evaluate(vars("requestType", "URGENT_REACTIVATION")).single().get("maxWait")));

    assertThat(total).isLessThanOrEqualTo(Duration.ofHours(72)).isEqualTo(Duration.ofHours(38));
  }

  static Duration toDuration(String iso) {
    if (iso.contains("T")) {
      return Duration.parse(iso);
    }
    return Duration.ofDays(Period.parse(iso).getDays());
  }
}
