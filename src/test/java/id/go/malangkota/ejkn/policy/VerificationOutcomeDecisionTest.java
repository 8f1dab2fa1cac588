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

/** {@code verification-outcome}: a return for correction ends the round before any candidate is judged (UNIQUE). */
class VerificationOutcomeDecisionTest {

  private static final PolicyTable TABLE = PolicyTable.load("verification-outcome");

  static Stream<RuleCase> cases() {
    return Stream.of(
        new RuleCase("one return for correction sends the whole application back", "return-for-correction-first",
            vars("anyReturned", true), Map.of("outcome", "RETURNED")),
        new RuleCase("without a return each candidate is judged by jkn-eligibility", "assess-each-candidate",
            vars("anyReturned", false), Map.of("outcome", "PER_CANDIDATE")));
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

}
