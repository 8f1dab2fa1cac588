package id.go.malangkota.ejkn.policy;

import static id.go.malangkota.ejkn.policy.PolicyTable.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code required-documents}: the requirements checklist of the SOP (COLLECT: one row = one document). */
class RequiredDocumentsDecisionTest {

  private static final PolicyTable TABLE = PolicyTable.load("required-documents");

  /** The keys of the application's {@code documents} object. */
  private static final Set<String> DOCUMENT_FLAGS = Set.of("ktp", "familyCard", "rtRwLetter", "stampedStatement",
      "hospitalLetter", "powerOfAttorney", "representativeKtp", "deathCertificate", "movingLetter",
      "employmentEvidence", "apbnEvidence", "duplicateEvidence", "ineligibilityEvidence");

  static RuleCase requires(String name, String ruleId, Map<String, Object> variables, String code, String flag,
      boolean mandatory) {
    return new RuleCase(name, ruleId, variables, Map.of("documentCode", code, "documentFlag", flag, "mandatory", mandatory));
  }

  static Map<String, Object> deactivation(String reason) {
    return vars("requestType", "DEACTIVATION", "deactivationReason", reason);
  }

  static Stream<RuleCase> cases() {
    return Stream.of(
        requires("every registration needs the member's KTP", "ktp-for-registration",
            vars("requestType", "SWITCH_FROM_MANDIRI"), "KTP", "ktp", true),
        requires("deactivation asks for the member's KTP only if still available", "ktp-for-deactivation",
            deactivation("DECEASED"), "KTP", "ktp", false),
        requires("every request needs the family card", "family-card-for-every-request",
            vars("requestType", "URGENT_REACTIVATION"), "KK", "familyCard", true),
        requires("new registration needs the RT/RW letter", "rt-rw-letter-for-new-and-switch",
            vars("requestType", "NEW"), "RT_RW_LETTER", "rtRwLetter", true),
        requires("urgent reactivation lists the RT/RW letter as optional", "rt-rw-letter-optional-for-urgent",
            vars("requestType", "URGENT_REACTIVATION"), "RT_RW_LETTER", "rtRwLetter", false),
        requires("switch from mandiri needs the stamped statement", "stamped-statement-for-switch",
            vars("requestType", "SWITCH_FROM_MANDIRI"), "STAMPED_STATEMENT", "stampedStatement", true),
        requires("urgent reactivation needs the hospital letter", "hospital-letter-for-urgent",
            vars("requestType", "URGENT_REACTIVATION"), "HOSPITAL_LETTER", "hospitalLetter", true),
        requires("another person needs a power of attorney", "power-of-attorney-for-other-person",
            vars("requestType", "NEW", "submittedByRelation", "OTHER"), "POWER_OF_ATTORNEY", "powerOfAttorney", true),
        requires("a family member who declares a power of attorney must attach it",
            "power-of-attorney-declared-by-family-member",
            vars("requestType", "NEW", "submittedByRelation", "FAMILY_MEMBER", "powerOfAttorney", true),
            "POWER_OF_ATTORNEY", "powerOfAttorney", true),
        requires("a representative's own KTP is recorded", "representative-ktp",
            vars("requestType", "NEW", "submittedByRelation", "FAMILY_MEMBER"), "REPRESENTATIVE_KTP",
            "representativeKtp", true),
        requires("deactivation for death needs the death certificate", "death-certificate-for-deceased",
            deactivation("DECEASED"), "DEATH_CERTIFICATE", "deathCertificate", true),
        requires("deactivation for moving out needs the moving letter", "moving-letter-for-moved-out",
            deactivation("MOVED_OUT"), "MOVING_LETTER", "movingLetter", true),
        requires("deactivation for formal work needs employment evidence", "employment-evidence-for-formal-worker",
            deactivation("FORMAL_WORKER"), "EMPLOYMENT_EVIDENCE", "employmentEvidence", true),
        requires("deactivation for APBN coverage needs APBN evidence", "apbn-evidence-for-covered-by-apbn",
            deactivation("COVERED_BY_APBN"), "APBN_EVIDENCE", "apbnEvidence", true),
        requires("deactivation of a duplicate needs duplicate evidence", "duplicate-evidence-for-duplicate",
            deactivation("DUPLICATE"), "DUPLICATE_EVIDENCE", "duplicateEvidence", true),
        requires("deactivation for no longer eligible needs the verification record",
            "ineligibility-evidence-for-no-longer-eligible", deactivation("NO_LONGER_ELIGIBLE"),
            "INELIGIBILITY_EVIDENCE", "ineligibilityEvidence", true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ruleBehavesAsThePolicySays(RuleCase ruleCase) {
    PolicyTable.Evaluation evaluation = TABLE.evaluate(ruleCase.variables());

    assertThat(evaluation.matchedRuleIds()).contains(ruleCase.ruleId());
    assertThat(evaluation.result().getResultList())
        .anySatisfy(document -> assertThat(document).containsAllEntriesOf(ruleCase.expected()));
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
  void newRegistrationBySelfWithOnlyTheRequestType() {
    assertThat(checklist(vars("requestType", "NEW"))).containsExactlyInAnyOrder(
        tuple("KTP", true), tuple("KK", true), tuple("RT_RW_LETTER", true));
  }

  @Test
  void switchFromMandiriByAnotherPerson() {
    assertThat(checklist(vars("requestType", "SWITCH_FROM_MANDIRI", "submittedByRelation", "OTHER",
        "powerOfAttorney", true))).containsExactlyInAnyOrder(
        tuple("KTP", true), tuple("KK", true), tuple("RT_RW_LETTER", true), tuple("STAMPED_STATEMENT", true),
        tuple("POWER_OF_ATTORNEY", true), tuple("REPRESENTATIVE_KTP", true));
  }

  @Test
  void urgentReactivationByFamilyMemberWithoutPowerOfAttorney() {
    assertThat(checklist(vars("requestType", "URGENT_REACTIVATION", "submittedByRelation", "FAMILY_MEMBER",
        "powerOfAttorney", false))).containsExactlyInAnyOrder(
        tuple("KTP", true), tuple("KK", true), tuple("RT_RW_LETTER", false), tuple("HOSPITAL_LETTER", true),
        tuple("REPRESENTATIVE_KTP", true));
  }

  @Test
  void deactivationOfADeceasedMember() {
    assertThat(checklist(deactivation("DECEASED"))).containsExactlyInAnyOrder(
        tuple("KTP", false), tuple("KK", true), tuple("DEATH_CERTIFICATE", true));
  }

  @Test
  void optionalInputsMayBeAbsentOrNull() {
    Map<String, Object> nulls = new HashMap<>(vars("requestType", "DEACTIVATION"));
    nulls.put("deactivationReason", null);
    nulls.put("submittedByRelation", null);
    nulls.put("powerOfAttorney", null);
    assertThat(checklist(nulls)).containsExactlyInAnyOrder(tuple("KTP", false), tuple("KK", true));
    assertThat(checklist(vars("requestType", "DEACTIVATION"))).containsExactlyInAnyOrder(
        tuple("KTP", false), tuple("KK", true));
    assertThat(checklist(vars("requestType", "URGENT_REACTIVATION", "submittedByRelation", "SELF")))
        .extracting(t -> t.toArray()[0]).doesNotContain("POWER_OF_ATTORNEY", "REPRESENTATIVE_KTP");
  }

  @Test
  void everyDocumentReadsWellAndPointsToADocumentFlag() {
    Map<String, String> codes = TABLE.outputTexts("documentCode");
    Map<String, String> labels = TABLE.outputTexts("documentLabel");
    Map<String, String> flags = TABLE.outputTexts("documentFlag");
    Map<String, String> flagByCode = new HashMap<>();
    for (String ruleId : TABLE.ruleIds()) {
      String flag = flags.get(ruleId).replace("\"", "");
      assertThat(codes.get(ruleId)).as(ruleId).matches("\"[A-Z_]+\"");
      assertThat(labels.get(ruleId)).as(ruleId).matches("\".{10,}\"");
      assertThat(IndonesianText.looksIndonesian(labels.get(ruleId))).as(labels.get(ruleId)).isTrue();
      assertThat(DOCUMENT_FLAGS).as(ruleId).contains(flag);
      String previous = flagByCode.putIfAbsent(codes.get(ruleId), flag);
      assertThat(previous == null || previous.equals(flag)).as("one flag per code: " + codes.get(ruleId)).isTrue();
    }
  }

  private static List<org.assertj.core.groups.Tuple> checklist(Map<String, Object> variables) {
    return TABLE.evaluate(variables).result().getResultList().stream()
        .map(document -> tuple(document.get("documentCode"), document.get("mandatory")))
        .toList();
  }
}
