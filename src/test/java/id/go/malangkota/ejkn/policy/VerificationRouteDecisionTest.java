package id.go.malangkota.ejkn.policy;

import static id.go.malangkota.ejkn.policy.PolicyTable.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code verification-route}: which agencies verify which request (COLLECT: one row = one agency). */
class VerificationRouteDecisionTest {

  private static final PolicyTable TABLE = PolicyTable.load("verification-route");

  private static final Map<String, String> LABELS = Map.of(
      "dispendukcapil", "Dinas Kependudukan dan Pencatatan Sipil",
      "dinsos", "Dinas Sosial P3AP2KB",
      "disnaker", "Dinas Tenaga Kerja PMPTSP");

  static RuleCase routes(String name, String ruleId, Map<String, Object> variables, String agency) {
    return new RuleCase(name, ruleId, variables, Map.of("agency", agency, "agencyLabel", LABELS.get(agency)));
  }

  static Map<String, Object> deactivation(String reason) {
    return vars("requestType", "DEACTIVATION", "deactivationReason", reason);
  }

  static Stream<RuleCase> cases() {
    return Stream.of(
        routes("civil registry checks new registrations", "civil-registry-for-new-and-switch",
            vars("requestType", "NEW"), "dispendukcapil"),
        routes("social welfare judges switches from mandiri", "welfare-for-new-and-switch",
            vars("requestType", "SWITCH_FROM_MANDIRI"), "dinsos"),
        routes("manpower office checks new registrations for formal work", "employment-for-new",
            vars("requestType", "NEW"), "disnaker"),
        routes("urgent reactivation is checked by civil registry only", "civil-registry-only-for-urgent",
            vars("requestType", "URGENT_REACTIVATION"), "dispendukcapil"),
        routes("civil registry confirms a death", "civil-registry-for-civil-deactivation",
            deactivation("DECEASED"), "dispendukcapil"),
        routes("manpower office confirms formal work", "employment-for-formal-worker-deactivation",
            deactivation("FORMAL_WORKER"), "disnaker"),
        routes("social welfare confirms no longer eligible", "welfare-for-welfare-deactivation",
            deactivation("NO_LONGER_ELIGIBLE"), "dinsos"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ruleBehavesAsThePolicySays(RuleCase ruleCase) {
    PolicyTable.Evaluation evaluation = TABLE.evaluate(ruleCase.variables());

    assertThat(evaluation.matchedRuleIds()).contains(ruleCase.ruleId());
    assertThat(evaluation.result().getResultList())
        .anySatisfy(route -> assertThat(route).containsAllEntriesOf(ruleCase.expected()));
  }

  @Test
  void everyRuleHasATestCase() {
    Set<String> matched = new HashSet<>();
    cases().forEach(c -> matched.addAll(TABLE.evaluate(c.variables()).matchedRuleIds()));

    assertThat(matched).containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }

  @Test
  void hitPolicyIsCollect() {
    assertThat(TABLE.hitPolicy()).isEqualTo("COLLECT");
  }

  @Test
  void completeRoutePerRequest() {
    assertThat(agencies(vars("requestType", "NEW"))).containsExactlyInAnyOrder("dispendukcapil", "dinsos", "disnaker");
    assertThat(agencies(vars("requestType", "SWITCH_FROM_MANDIRI"))).containsExactlyInAnyOrder("dispendukcapil", "dinsos");
    assertThat(agencies(vars("requestType", "URGENT_REACTIVATION"))).containsExactly("dispendukcapil");
    assertThat(agencies(deactivation("DECEASED"))).containsExactly("dispendukcapil");
    assertThat(agencies(deactivation("MOVED_OUT"))).containsExactly("dispendukcapil");
    assertThat(agencies(deactivation("DUPLICATE"))).containsExactly("dispendukcapil");
    assertThat(agencies(deactivation("FORMAL_WORKER"))).containsExactly("disnaker");
    assertThat(agencies(deactivation("NO_LONGER_ELIGIBLE"))).containsExactly("dinsos");
    assertThat(agencies(deactivation("COVERED_BY_APBN"))).containsExactly("dinsos");
  }

  @Test
  void deactivationReasonIsIgnoredForRegistrationsAndRequiredForDeactivation() {
    assertThat(agencies(vars("requestType", "NEW", "deactivationReason", "DECEASED")))
        .containsExactlyInAnyOrder("dispendukcapil", "dinsos", "disnaker");
    assertThat(agencies(vars("requestType", "DEACTIVATION"))).isEmpty();
  }

  private static List<Object> agencies(Map<String, Object> variables) {
    return TABLE.evaluate(variables).result().collectEntries("agency").stream().map(Object.class::cast).toList();
  }
}
