package id.go.malangkota.ejkn.policy;

import static id.go.malangkota.ejkn.policy.PolicyTable.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code urgent-window}: the 3×24-hour window of urgent reactivation and its escalation points (UNIQUE). */
class UrgentWindowDecisionTest {

  private static final PolicyTable TABLE = PolicyTable.load("urgent-window");

  static Stream<RuleCase> cases() {
    return Stream.of(new RuleCase("urgent reactivation must be done within 3×24 hours of admission, kadinkes told at 75%",
        "urgent-reactivation", vars("requestType", "URGENT_REACTIVATION"),
        Map.of("window", "PT72H", "kadinkesEscalationShare", 0.75, "taskReminderShare", 0.5, "urgentPriority", 75)));
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
  void otherRequestsHaveNoUrgentWindow() {
    for (String type : new String[] {"NEW", "SWITCH_FROM_MANDIRI", "DEACTIVATION"}) {
      assertThat(TABLE.evaluate(vars("requestType", type)).matchedRuleIds()).as(type).isEmpty();
    }
  }
}
