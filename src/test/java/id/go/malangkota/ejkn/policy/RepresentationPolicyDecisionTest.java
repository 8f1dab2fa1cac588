package id.go.malangkota.ejkn.policy;

import static id.go.malangkota.ejkn.policy.PolicyTable.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code representation-policy}: who may submit on the member's behalf (UNIQUE). */
class RepresentationPolicyDecisionTest {

  private static final PolicyTable TABLE = PolicyTable.load("representation-policy");

  static RuleCase allowed(String name, String ruleId, Map<String, Object> variables, String reason) {
    return new RuleCase(name, ruleId, variables, Map.of("allowed", true, "reason", reason));
  }

  static RuleCase refused(String name, String ruleId, Map<String, Object> variables, String reason) {
    return new RuleCase(name, ruleId, variables, Map.of("allowed", false, "reason", reason));
  }

  static Map<String, Object> submitted(String requestType, String relation, Boolean powerOfAttorney, Boolean onCard) {
    return vars("requestType", requestType, "submitterRelation", relation, "submitterHasPowerOfAttorney", powerOfAttorney,
        "submitterOnFamilyCard", onCard);
  }

  static Stream<RuleCase> cases() {
    return Stream.of(
        allowed("the member may always apply", "self", submitted("NEW", "SELF", false, true), "SELF"),
        allowed("a family member on the same family card may apply", "family-member-on-same-card",
            submitted("SWITCH_FROM_MANDIRI", "FAMILY_MEMBER", false, true), "SAME_FAMILY_CARD"),
        allowed("a family member not on the card may apply with a power of attorney",
            "family-member-with-power-of-attorney", submitted("NEW", "FAMILY_MEMBER", true, false),
            "POWER_OF_ATTORNEY"),
        allowed("urgent reactivation lets a family member not on the card apply without power of attorney",
            "urgent-family-member-not-on-card", submitted("URGENT_REACTIVATION", "FAMILY_MEMBER", false, false),
            "URGENT_FAMILY_MEMBER"),
        refused("a family member not on the card is refused without power of attorney",
            "family-member-not-on-card-refused", submitted("NEW", "FAMILY_MEMBER", false, false),
            "FAMILY_NOT_ON_CARD"),
        allowed("another person may apply with a power of attorney", "other-person-with-power-of-attorney",
            submitted("NEW", "OTHER", true, false), "POWER_OF_ATTORNEY"),
        refused("another person is refused without power of attorney, even when urgent",
            "other-person-without-power-of-attorney", submitted("URGENT_REACTIVATION", "OTHER", false, false),
            "NO_POWER_OF_ATTORNEY"),
        refused("an unrecorded relation is refused", "relation-unknown",
            vars("requestType", "NEW"), "RELATION_UNKNOWN"));
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
  void absentFlagsMeanNoPowerOfAttorneyAndNotOnTheCard() {
    assertThat(TABLE.evaluate(vars("requestType", "NEW", "submitterRelation", "FAMILY_MEMBER")).single())
        .containsEntry("reason", "FAMILY_NOT_ON_CARD");
    assertThat(TABLE.evaluate(vars("requestType", "NEW", "submitterRelation", "OTHER")).single())
        .containsEntry("reason", "NO_POWER_OF_ATTORNEY");
    assertThat(TABLE.evaluate(vars("submitterRelation", "FAMILY_MEMBER")).single())
        .as("absent request type is not urgent").containsEntry("reason", "FAMILY_NOT_ON_CARD");
  }

  @Test
  void everyReasonCodeHasIndonesianText() {
    Map<String, String> texts = TABLE.outputTexts("reasonText");
    for (String ruleId : TABLE.ruleIds()) {
      assertThat(TABLE.outputTexts("reason").get(ruleId)).as(ruleId).matches("\"[A-Z_]+\"");
      assertThat(IndonesianText.looksIndonesian(texts.get(ruleId))).as(texts.get(ruleId)).isTrue();
    }
  }

  /** UNIQUE: every combination, including absent values, matches exactly one row (the engine fails on two). */
  @Test
  void everyCombinationMatchesExactlyOneRow() {
    List<Object> types = Arrays.asList("NEW", "SWITCH_FROM_MANDIRI", "URGENT_REACTIVATION", "DEACTIVATION", null);
    List<Object> relations = Arrays.asList("SELF", "FAMILY_MEMBER", "OTHER", "NEIGHBOUR", null);
    List<Object> booleans = Arrays.asList(true, false, null);
    for (Object type : types)
      for (Object relation : relations)
        for (Object poa : booleans)
          for (Object onCard : booleans) {
            Map<String, Object> input = vars("requestType", type, "submitterRelation", relation, "submitterHasPowerOfAttorney", poa,
                "submitterOnFamilyCard", onCard);
            assertThat(TABLE.evaluate(input).matchedRuleIds()).as(input.toString()).hasSize(1);
          }
  }
}
