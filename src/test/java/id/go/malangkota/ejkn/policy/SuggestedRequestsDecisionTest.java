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

/** {@code suggested-requests}: the order in which a membership check considers the request types (COLLECT). */
class SuggestedRequestsDecisionTest {

  private static final PolicyTable TABLE = PolicyTable.load("suggested-requests");

  static Stream<RuleCase> cases() {
    return Stream.of(
        new RuleCase("a patient in hospital is considered for urgent reactivation first", "hospitalized-urgent-first",
            vars("hospitalized", true), Map.of("requestType", "URGENT_REACTIVATION")),
        new RuleCase("a mandiri member is considered for the switch", "switch-from-mandiri",
            vars("hospitalized", false), Map.of("requestType", "SWITCH_FROM_MANDIRI")),
        new RuleCase("anyone is considered for a new registration", "new-registration",
            vars("hospitalized", false), Map.of("requestType", "NEW")));
  }

  @Test
  void theOrderIsUrgentThenSwitchThenNewInHospitalAndSwitchThenNewOtherwise() {
    assertThat(TABLE.evaluate(vars("hospitalized", true)).result().getResultList())
        .extracting(r -> r.get("requestType")).containsExactly("URGENT_REACTIVATION", "SWITCH_FROM_MANDIRI", "NEW");
    assertThat(TABLE.evaluate(vars("hospitalized", false)).result().getResultList())
        .extracting(r -> r.get("requestType")).containsExactly("SWITCH_FROM_MANDIRI", "NEW");
  }

  @Test
  void everyRuleHasATestCase() {
    Set<String> matched = new HashSet<>();
    cases().forEach(c -> matched.addAll(TABLE.evaluate(c.variables()).matchedRuleIds()));

    assertThat(matched).containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }

  @Test
  void hitPolicyIsCollectInRuleOrder() {
    assertThat(TABLE.hitPolicy()).isEqualTo("COLLECT");
  }

}
