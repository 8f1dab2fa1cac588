package id.go.malangkota.ejkn.policy;

import static id.go.malangkota.ejkn.policy.PolicyTable.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code activation-polling}: how often BPJS is asked whether the card is active, and for how long (UNIQUE). */
class ActivationPollingDecisionTest {

  private static final PolicyTable TABLE = PolicyTable.load("activation-polling");

  static Stream<RuleCase> cases() {
    return Stream.of(
        new RuleCase("urgent reactivation is polled every 15 minutes for 12 hours", "urgent",
            vars("requestType", "URGENT_REACTIVATION"), Map.of("pollInterval", "PT15M", "maxWait", "PT12H", "residentLabel", "biasanya dalam beberapa jam")),
        new RuleCase("other requests are polled hourly for 2 days", "other-requests",
            vars("requestType", "NEW"), Map.of("pollInterval", "PT1H", "maxWait", "P2D", "residentLabel", "biasanya dalam 1 hari kerja")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ruleBehavesAsThePolicySays(RuleCase ruleCase) {
    PolicyTable.Evaluation evaluation = TABLE.evaluate(ruleCase.variables());

    assertThat(evaluation.matchedRuleIds()).containsExactly(ruleCase.ruleId());
    assertThat(evaluation.single()).containsAllEntriesOf(ruleCase.expected());
  }

  @Test
  void everyRuleHasATestCase() {
    Set<String> matched = new HashSet<>();
    cases().forEach(c -> matched.addAll(TABLE.evaluate(c.variables()).matchedRuleIds()));

    assertThat(matched).containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }

  @Test
  void hitPolicyIsUnique() {
    assertThat(TABLE.hitPolicy()).isEqualTo("UNIQUE");
  }

  @Test
  void everyRequestTypeIncludingAbsentGetsAPollingPlanThatPollsMoreThanOnce() {
    for (Object type : Arrays.asList("NEW", "SWITCH_FROM_MANDIRI", "URGENT_REACTIVATION", "DEACTIVATION", null)) {
      Map<String, Object> plan = TABLE.evaluate(vars("requestType", type)).single();
      Duration interval = TimeStandardsDecisionTest.toDuration((String) plan.get("pollInterval"));
      Duration maxWait = TimeStandardsDecisionTest.toDuration((String) plan.get("maxWait"));
      assertThat(interval).as(String.valueOf(type)).isPositive().isLessThan(maxWait);
    }
  }
}
