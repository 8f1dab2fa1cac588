package id.go.malangkota.ejkn.policy;

import static id.go.malangkota.ejkn.policy.PolicyTable.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code deactivation-eligibility}: the city deactivates only members it pays for (UNIQUE). */
class DeactivationEligibilityDecisionTest {

  private static final PolicyTable TABLE = PolicyTable.load("deactivation-eligibility");

  static RuleCase answers(String name, String ruleId, String status, String segment, boolean allowed, String reason) {
    return new RuleCase(name, ruleId, vars("bpjsStatus", status, "bpjsSegment", segment),
        Map.of("allowed", allowed, "reason", reason));
  }

  static Stream<RuleCase> cases() {
    return Stream.of(
        answers("an active city-funded member can be deactivated", "active-city-funded", "ACTIVE", "PBI_APBD", true, "OK"),
        answers("an inactive member has nothing to deactivate", "inactive", "INACTIVE", "PBI_APBD", false, "NOT_ACTIVE"),
        answers("an unregistered person has nothing to deactivate", "not-registered", "NOT_REGISTERED", "NONE", false,
            "NOT_REGISTERED"),
        answers("PBI APBN is not the city's to deactivate", "active-pbi-apbn", "ACTIVE", "PBI_APBN", false,
            "NOT_CITY_FUNDED"),
        answers("a wage earner is not the city's to deactivate", "active-ppu", "ACTIVE", "PPU", false, "NOT_CITY_FUNDED"),
        answers("a mandiri member is not the city's to deactivate", "active-pbpu", "ACTIVE", "PBPU", false,
            "NOT_CITY_FUNDED"),
        answers("a non-worker is not the city's to deactivate", "active-bp", "ACTIVE", "BP", false, "NOT_CITY_FUNDED"),
        answers("an active member without a known segment is not city-funded", "active-other-segment", "ACTIVE", null,
            false, "NOT_CITY_FUNDED"),
        answers("an unchecked BPJS status cannot be judged", "status-unknown", null, "PBI_APBD", false,
            "BPJS_STATUS_UNKNOWN"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ruleBehavesAsThePolicySays(RuleCase ruleCase) {
    PolicyTable.Evaluation evaluation = TABLE.evaluate(ruleCase.variables());

    assertThat(evaluation.matchedRuleIds()).containsExactly(ruleCase.ruleId());
    assertThat(evaluation.single()).containsAllEntriesOf(ruleCase.expected());
    assertThat((String) evaluation.single().get("reasonText")).isNotBlank();
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
  void onlyActivePbiApbdIsAllowedAndEveryCombinationHasOneRow() {
    for (Object status : Arrays.asList("ACTIVE", "INACTIVE", "NOT_REGISTERED", "UNKNOWN", null)) {
      for (Object segment : Arrays.asList("PBI_APBN", "PBI_APBD", "PPU", "PBPU", "BP", "NONE", null)) {
        PolicyTable.Evaluation evaluation = TABLE.evaluate(vars("bpjsStatus", status, "bpjsSegment", segment));
        assertThat(evaluation.matchedRuleIds()).as(status + "/" + segment).hasSize(1);
        assertThat(evaluation.single().get("allowed")).as(status + "/" + segment)
            .isEqualTo("ACTIVE".equals(status) && "PBI_APBD".equals(segment));
      }
    }
  }

  @Test
  void everyReasonCodeHasIndonesianText() {
    Map<String, String> texts = TABLE.outputTexts("reasonText");
    for (String ruleId : TABLE.ruleIds()) {
      assertThat(IndonesianText.looksIndonesian(texts.get(ruleId))).as(texts.get(ruleId)).isTrue();
    }
  }
}
