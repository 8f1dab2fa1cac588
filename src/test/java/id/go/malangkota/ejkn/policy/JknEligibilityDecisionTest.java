package id.go.malangkota.ejkn.policy;

import static id.go.malangkota.ejkn.policy.PolicyTable.vars;
import static id.go.malangkota.ejkn.policy.PolicyTable.with;
import static id.go.malangkota.ejkn.policy.PolicyTable.without;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The public {@code jkn-eligibility} decision (CONTRACT.md): one case per rule, plus the contract checks. */
class JknEligibilityDecisionTest {

  private static final PolicyTable TABLE = PolicyTable.load("jkn-eligibility");

  /** Exactly the eight inputs of the public contract. */
  private static final List<String> CONTRACT_INPUTS = List.of("requestType", "residentOfMalang", "bpjsStatus",
      "bpjsSegment", "formalWorker", "hasRtRwLetter", "hasStampedStatement", "hasHospitalLetter");

  static Map<String, Object> applicant(String requestType, String status, String segment) {
    return vars("requestType", requestType, "residentOfMalang", true, "bpjsStatus", status, "bpjsSegment", segment,
        "formalWorker", false, "hasRtRwLetter", true, "hasStampedStatement", true, "hasHospitalLetter", true);
  }

  static final Map<String, Object> NEW = applicant("NEW", "NOT_REGISTERED", "NONE");
  static final Map<String, Object> SWITCH = applicant("SWITCH_FROM_MANDIRI", "ACTIVE", "PBPU");
  static final Map<String, Object> URGENT = with(applicant("URGENT_REACTIVATION", "INACTIVE", "PBI_APBD"),
      "hasRtRwLetter", false, "hasStampedStatement", false);

  static RuleCase refused(String name, String ruleId, Map<String, Object> variables, String reason) {
    return new RuleCase(name, ruleId, variables, Map.of("eligible", false, "reason", reason));
  }

  static RuleCase eligible(String name, String ruleId, Map<String, Object> variables) {
    return new RuleCase(name, ruleId, variables, Map.of("eligible", true, "reason", "OK"));
  }

  static Stream<RuleCase> cases() {
    return Stream.of(
        refused("unknown request type is refused", "unknown-request-type",
            with(NEW, "requestType", "DEACTIVATION"), "UNKNOWN_REQUEST_TYPE"),
        refused("Dinsos: not in the social welfare data (DTKS)", "welfare-not-in-dtks",
            with(NEW, "welfareRefusal", "NOT_IN_DTKS"), "WELFARE_NOT_IN_DTKS"),
        refused("Dinsos: able to pay the contribution", "welfare-able-to-pay",
            with(SWITCH, "welfareRefusal", "ABLE_TO_PAY"), "WELFARE_ABLE_TO_PAY"),
        refused("Dinsos: the stamped statement is not valid", "welfare-statement-invalid",
            with(SWITCH, "welfareRefusal", "STATEMENT_INVALID"), "WELFARE_STATEMENT_INVALID"),
        refused("Dinsos: welfare data incomplete", "welfare-data-incomplete",
            with(NEW, "welfareRefusal", "DATA_INCOMPLETE"), "WELFARE_DATA_INCOMPLETE"),
        refused("Dinsos refusal for another reason comes before every other rule", "welfare-other",
            with(NEW, "welfareRefusal", "OTHER", "residentOfMalang", false), "WELFARE_OTHER"),
        refused("non-resident is refused whatever the request type", "not-resident",
            with(SWITCH, "residentOfMalang", false), "NOT_RESIDENT"),
        refused("unverified residency is not treated as resident", "residency-unknown",
            with(NEW, "residentOfMalang", null), "RESIDENCY_UNKNOWN"),
        refused("unchecked BPJS status cannot be judged", "bpjs-status-unknown",
            without(NEW, "bpjsStatus"), "BPJS_STATUS_UNKNOWN"),
        // NEW
        refused("new registration refused when active PBI APBN", "new-already-covered-pbi-apbn",
            with(NEW, "bpjsStatus", "ACTIVE", "bpjsSegment", "PBI_APBN"), "ALREADY_COVERED"),
        refused("new registration refused when already city-funded", "new-already-covered-pbi-apbd",
            with(NEW, "bpjsStatus", "ACTIVE", "bpjsSegment", "PBI_APBD"), "ALREADY_COVERED"),
        refused("new registration refused when active wage earner", "new-already-covered-ppu",
            with(NEW, "bpjsStatus", "ACTIVE", "bpjsSegment", "PPU"), "ALREADY_COVERED"),
        refused("new registration refused when active non-worker", "new-already-covered-bp",
            with(NEW, "bpjsStatus", "ACTIVE", "bpjsSegment", "BP"), "ALREADY_COVERED"),
        refused("inactive mandiri member is sent to switch from mandiri", "new-mandiri-use-switch",
            with(NEW, "bpjsStatus", "INACTIVE", "bpjsSegment", "PBPU"), "USE_SWITCH_FROM_MANDIRI"),
        refused("active member without a known segment is already covered", "new-already-covered-other-segment",
            with(NEW, "bpjsStatus", "ACTIVE", "bpjsSegment", "NONE"), "ALREADY_COVERED"),
        refused("new registration refused for a formal worker", "new-formal-worker",
            with(NEW, "formalWorker", true), "FORMAL_WORKER"),
        refused("new registration refused without RT/RW letter", "new-missing-rt-rw-letter",
            with(NEW, "hasRtRwLetter", false), "MISSING_DOCUMENT"),
        eligible("unregistered resident with RT/RW letter may register", "new-ok", NEW),
        // SWITCH_FROM_MANDIRI
        refused("switch refused when not registered at all", "switch-refused-not-registered",
            with(SWITCH, "bpjsStatus", "NOT_REGISTERED", "bpjsSegment", "NONE"), "NOT_MANDIRI"),
        refused("switch refused when segment is PBI APBN", "switch-refused-pbi-apbn",
            with(SWITCH, "bpjsSegment", "PBI_APBN"), "NOT_MANDIRI"),
        refused("switch refused when segment is PBI APBD", "switch-refused-pbi-apbd",
            with(SWITCH, "bpjsStatus", "INACTIVE", "bpjsSegment", "PBI_APBD"), "NOT_MANDIRI"),
        refused("switch refused when segment is PPU", "switch-refused-ppu",
            with(SWITCH, "bpjsSegment", "PPU"), "NOT_MANDIRI"),
        refused("switch refused when segment is BP", "switch-refused-bp",
            with(SWITCH, "bpjsSegment", "BP"), "NOT_MANDIRI"),
        refused("switch refused when segment is unknown", "switch-refused-other-segment",
            with(SWITCH, "bpjsSegment", null), "NOT_MANDIRI"),
        refused("switch refused for a known formal worker", "switch-formal-worker",
            with(SWITCH, "formalWorker", true), "FORMAL_WORKER"),
        refused("switch refused when both documents are missing", "switch-missing-both-documents",
            with(SWITCH, "hasRtRwLetter", false, "hasStampedStatement", null), "MISSING_DOCUMENT"),
        refused("switch refused without stamped statement", "switch-missing-stamped-statement",
            with(SWITCH, "hasStampedStatement", false), "MISSING_DOCUMENT"),
        refused("switch refused without RT/RW letter", "switch-missing-rt-rw-letter",
            without(SWITCH, "hasRtRwLetter"), "MISSING_DOCUMENT"),
        eligible("inactive mandiri member in arrears may switch", "switch-ok",
            with(SWITCH, "bpjsStatus", "INACTIVE")),
        // URGENT_REACTIVATION
        refused("urgent reactivation of an active card has nothing to do", "urgent-nothing-to-reactivate",
            with(URGENT, "bpjsStatus", "ACTIVE"), "NOTHING_TO_REACTIVATE"),
        refused("urgent reactivation of an unregistered resident is a new registration",
            "urgent-not-registered-use-new",
            with(URGENT, "bpjsStatus", "NOT_REGISTERED", "bpjsSegment", "NONE"), "NOT_REGISTERED_USE_NEW"),
        refused("urgent reactivation refused without hospital letter", "urgent-missing-hospital-letter",
            with(URGENT, "hasHospitalLetter", false), "MISSING_DOCUMENT"),
        eligible("urgent reactivation allowed without RT/RW letter", "urgent-ok", URGENT));
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
  void hitPolicyIsFirstSoRowOrderIsTheOrderOfReasons() {
    assertThat(TABLE.hitPolicy()).isEqualTo("FIRST");
  }

  @Test
  void evaluatesWithExactlyTheContractInputs() {
    Map<String, Object> contractInputs = vars("requestType", "NEW", "residentOfMalang", true,
        "bpjsStatus", "NOT_REGISTERED", "bpjsSegment", "NONE", "formalWorker", false,
        "hasRtRwLetter", true, "hasStampedStatement", false, "hasHospitalLetter", false);
    assertThat(contractInputs.keySet()).containsExactlyInAnyOrderElementsOf(CONTRACT_INPUTS);

    PolicyTable.Evaluation evaluation = TABLE.evaluate(contractInputs);

    assertThat(evaluation.result().getResultList()).hasSize(1);
    assertThat(evaluation.single()).containsOnlyKeys("eligible", "reason", "reasonText")
        .containsEntry("eligible", true).containsEntry("reason", "OK");
  }

  @Test
  void absentOrNullDocumentFlagsMeanNotHandedIn() {
    Map<String, Object> noDocuments = without(NEW, "hasRtRwLetter", "hasStampedStatement", "hasHospitalLetter");
    assertThat(TABLE.evaluate(noDocuments).single()).containsEntry("reason", "MISSING_DOCUMENT");
    assertThat(TABLE.evaluate(with(NEW, "hasRtRwLetter", null)).single()).containsEntry("reason", "MISSING_DOCUMENT");
    assertThat(TABLE.evaluate(with(NEW, "hasRtRwLetter", false)).single())
        .containsEntry("reason", "MISSING_DOCUMENT");

    Map<String, Object> switchWithoutDocuments = without(SWITCH, "hasRtRwLetter", "hasStampedStatement");
    assertThat(TABLE.evaluate(switchWithoutDocuments).matchedRuleIds()).containsExactly("switch-missing-both-documents");

    Map<String, Object> urgentHospitalLetterOnly = without(URGENT, "hasRtRwLetter", "hasStampedStatement");
    assertThat(TABLE.evaluate(urgentHospitalLetterOnly).single()).containsEntry("eligible", true);
    assertThat(TABLE.evaluate(without(URGENT, "hasHospitalLetter")).single())
        .containsEntry("reason", "MISSING_DOCUMENT");
  }

  @Test
  void absentFormalWorkerFlagIsLeftToDisnakerVerification() {
    assertThat(TABLE.evaluate(without(NEW, "formalWorker")).single()).containsEntry("eligible", true);
    assertThat(TABLE.evaluate(with(NEW, "formalWorker", null)).single()).containsEntry("eligible", true);
  }

  @Test
  void missingDocumentTextNamesTheDocument() {
    assertThat(TABLE.evaluate(with(NEW, "hasRtRwLetter", false)).single().get("reasonText").toString())
        .contains("Surat pengantar RT/RW");
    assertThat(TABLE.evaluate(with(SWITCH, "hasStampedStatement", false)).single().get("reasonText").toString())
        .contains("Surat pernyataan tidak mampu bermeterai Rp10.000");
    assertThat(TABLE.evaluate(with(URGENT, "hasHospitalLetter", false)).single().get("reasonText").toString())
        .contains("Surat keterangan rumah sakit");
  }

  @Test
  void alreadyCoveredTextNamesTheSegment() {
    assertThat(TABLE.evaluate(with(NEW, "bpjsStatus", "ACTIVE", "bpjsSegment", "PBI_APBN")).single()
        .get("reasonText").toString()).contains("PBI APBN");
    assertThat(TABLE.evaluate(with(NEW, "bpjsStatus", "ACTIVE", "bpjsSegment", "PPU")).single()
        .get("reasonText").toString()).contains("PPU");
  }

  @Test
  void everyReasonCodeHasIndonesianText() {
    Map<String, String> codes = TABLE.outputTexts("reason");
    Map<String, String> texts = TABLE.outputTexts("reasonText");
    for (String ruleId : TABLE.ruleIds()) {
      assertThat(codes.get(ruleId)).as(ruleId).matches("\"[A-Z_]+\"");
      assertThat(texts.get(ruleId)).as(ruleId).matches("\".{20,}\"");
      assertThat(IndonesianText.looksIndonesian(texts.get(ruleId))).as(ruleId + ": " + texts.get(ruleId)).isTrue();
    }
  }

  /**
   * Every combination of the inputs that reaches the per-request-type rows (a verified resident; absent and
   * unknown status and segment included) gets exactly one answer, and "eligible" is true exactly when the
   * reason is OK. The request-type and residency guards above them match whatever follows and have their own
   * cases; false and null document flags are shown equal in absentOrNullDocumentFlagsMeanNotHandedIn, so the
   * space is kept small enough to run in seconds (the FEEL engine parses every cell on every evaluation).
   */
  @Test
  void everyCombinationOfInputsGetsExactlyOneAnswer() {
    List<Object> requestTypes = Arrays.asList("NEW", "SWITCH_FROM_MANDIRI", "URGENT_REACTIVATION");
    List<Object> flags = Arrays.asList(true, null);
    List<Object> statuses = Arrays.asList("ACTIVE", "INACTIVE", "NOT_REGISTERED", null);
    List<Object> segments = Arrays.asList("PBI_APBN", "PBI_APBD", "PPU", "PBPU", "BP", "NONE", null);
    List<String> unanswered = new ArrayList<>();
    int evaluations = 0;
    for (Object type : requestTypes)
      for (Object status : statuses)
        for (Object segment : segments)
          for (Object formal : flags)
            for (Object rtRw : flags)
              for (Object stamped : flags)
                for (Object hospital : flags) {
                  Map<String, Object> input = vars("requestType", type, "residentOfMalang", true,
                      "bpjsStatus", status, "bpjsSegment", segment, "formalWorker", formal,
                      "hasRtRwLetter", rtRw, "hasStampedStatement", stamped, "hasHospitalLetter", hospital);
                  PolicyTable.Evaluation evaluation = TABLE.evaluate(input);
                  evaluations++;
                  if (evaluation.result().getResultList().size() != 1) {
                    unanswered.add(input.toString());
                    continue;
                  }
                  Map<String, Object> answer = evaluation.single();
                  assertThat(answer.get("eligible")).as(input.toString()).isEqualTo("OK".equals(answer.get("reason")));
                  assertThat((String) answer.get("reasonText")).as(input.toString()).isNotBlank();
                }
    assertThat(evaluations).isEqualTo(3 * 4 * 7 * 2 * 2 * 2 * 2);
    assertThat(unanswered).isEmpty();
  }
}
