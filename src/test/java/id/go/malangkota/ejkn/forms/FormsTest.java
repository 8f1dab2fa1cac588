package id.go.malangkota.ejkn.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Camunda Forms (form-js JSON) in forms/: what Tasklist 7.24 and Camunda Modeler need from them, and the
 * variable keys the process and the Java side rely on. Checked at build time, without an engine or a browser.
 */
class FormsTest {

  /**
   * The form-js bundled in the Tasklist of Camunda 7.24 (camunda-webapp-webjar, lib/deps.js) declares
   * schemaVersion 16; a file written for a newer form-js may use properties that Tasklist silently ignores.
   */
  static final int TASKLIST_SCHEMA_VERSION = 16;

  static final String DIGITS_16 = "^[0-9]{16}$";

  /** Form id → the variable keys it submits (top level; dynamic list children after a dot). */
  static final Map<String, Set<String>> FORM_KEYS = new LinkedHashMap<>();

  private static final Set<String> REGISTRATION_KEYS = orderedSet("familyCardNumber", "address", "phone", "email",
      "submittedByRelation", "submittedByName", "submittedByNik", "powerOfAttorney", "members",
      "members.nik", "members.name", "members.birthDate", "members.relationship", "members.candidate",
      "docKtp", "docFamilyCard", "docRtRwLetter", "docPowerOfAttorney", "docRepresentativeKtp");

  static {
    Set<String> start = new LinkedHashSet<>(REGISTRATION_KEYS);
    start.add("requestType");
    start.add("docStampedStatement");
    FORM_KEYS.put("registration-start", start);
    Set<String> urgent = new LinkedHashSet<>(REGISTRATION_KEYS);
    urgent.add("hospitalAdmission");
    urgent.add("docHospitalLetter");
    FORM_KEYS.put("urgent-reactivation-start", urgent);
    Set<String> correction = new LinkedHashSet<>(REGISTRATION_KEYS);
    correction.add("correctionNote");
    FORM_KEYS.put("correct-application", correction);
    for (String[] verification : new String[][] {{"verify-civil-registry", "civilRegistry"},
        {"verify-welfare", "welfare"}, {"verify-employment", "employment"}}) {
      String p = verification[1];
      FORM_KEYS.put(verification[0], orderedSet(p + "Decision", p + "Reason", p + "FlaggedNiks", p + "Note"));
    }
    FORM_KEYS.put("assign-fktp", orderedSet("fktpAssignments", "fktpAssignments.nik", "fktpAssignments.name",
        "fktpAssignments.fktpCode"));
    FORM_KEYS.put("sign-approval", orderedSet("signDecision", "signNote"));
    FORM_KEYS.put("follow-up-submission", orderedSet("followUpDecision", "followUpNote"));
    FORM_KEYS.put("deactivation-start", orderedSet("nik", "deactivationReason", "docFamilyCard", "docKtp",
        "docDeathCertificate", "docMovingLetter", "docEmploymentEvidence", "docApbnEvidence", "docDuplicateEvidence",
        "docIneligibilityEvidence", "deactivationNote", "email"));
    FORM_KEYS.put("verify-deactivation", orderedSet("verificationDecision", "verificationReason", "verificationNote"));
    FORM_KEYS.put("sign-deactivation", orderedSet("signDecision", "signNote"));
    FORM_KEYS.put("membership-check-start", orderedSet("nik", "birthDate", "hospitalized"));
    FORM_KEYS.put("membership-check-result", orderedSet());
  }

  /** Option values the process branches on (field key → values, in order). */
  static final Map<String, List<String>> OPTION_VALUES = Map.ofEntries(
      Map.entry("submittedByRelation", List.of("SELF", "FAMILY_MEMBER", "OTHER")),
      Map.entry("requestType", List.of("NEW", "SWITCH_FROM_MANDIRI")),
      Map.entry("relationship", List.of("KEPALA_KELUARGA", "ISTRI", "SUAMI", "ANAK", "LAINNYA")),
      Map.entry("civilRegistryDecision", List.of("APPROVE", "REJECT", "RETURN")),
      Map.entry("civilRegistryReason",
          List.of("NIK_INVALID", "KK_MISMATCH", "NOT_DOMICILED", "DATA_INCOMPLETE", "OTHER")),
      Map.entry("welfareDecision", List.of("APPROVE", "REJECT", "RETURN")),
      Map.entry("welfareReason",
          List.of("NOT_IN_DTKS", "ABLE_TO_PAY", "STATEMENT_INVALID", "DATA_INCOMPLETE", "OTHER")),
      Map.entry("employmentDecision", List.of("APPROVE", "REJECT", "RETURN")),
      Map.entry("employmentReason", List.of("FORMAL_WORKER", "DATA_INCOMPLETE", "OTHER")),
      Map.entry("signDecision", List.of("APPROVE", "REJECT")),
      Map.entry("followUpDecision", List.of("RECHECK", "CLOSE_FAILED")),
      Map.entry("deactivationReason", List.of("DECEASED", "MOVED_OUT", "FORMAL_WORKER", "COVERED_BY_APBN", "DUPLICATE",
          "NO_LONGER_ELIGIBLE")),
      Map.entry("verificationDecision", List.of("APPROVE", "REJECT")),
      Map.entry("verificationReason", List.of("EVIDENCE_INVALID", "NOT_CONFIRMED", "WRONG_PERSON", "OTHER")));

  /** Variables the process writes before a task opens; the only ones a text component may template. */
  static final Set<String> PROCESS_VARIABLES = Set.of("applicationNumber", "kelurahanName", "requestType",
      "applicantName", "deadlineText", "verificationSummary", "correctionReasons", "membershipSummary",
      "registrationLink");

  private static final Set<String> PRESENTATION_TYPES = Set.of("text", "html", "separator", "spacer", "image",
      "iframe", "table");
  private static final Set<String> OPTION_TYPES = Set.of("select", "radio", "checklist", "taglist");
  private static final Set<String> CONTAINER_TYPES = Set.of("group", "dynamiclist");

  /** Labels Camunda Modeler puts on a new component, and English words that betray an untranslated label. */
  private static final Set<String> ENGLISH_WORDS = Set.of("text", "field", "area", "number", "checkbox", "select",
      "radio", "group", "checklist", "taglist", "dynamic", "list", "date", "time", "value", "label", "name",
      "address", "phone", "email", "decision", "reason", "note", "the", "of", "and", "is", "yes", "no",
      "approve", "reject", "return", "submit", "first", "birth", "member", "members", "document", "card",
      "other", "please", "enter", "choose");

  private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");
  private static final Pattern FEEL_IDENTIFIER = Pattern.compile("\\b[A-Za-z_][A-Za-z0-9_]*\\b");
  private static final Set<String> FEEL_WORDS = Set.of("not", "and", "or", "null", "true", "false", "count",
      "if", "then", "else", "list", "contains", "is", "defined", "string", "length", "in", "some", "every",
      "satisfies", "for", "return");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CAMUNDA_BPMN = "http://camunda.org/schema/1.0/bpmn";

  static Stream<String> formIds() {
    return FORM_KEYS.keySet().stream();
  }

  static Stream<Path> formFiles() throws IOException, URISyntaxException {
    return filesIn("forms", ".form").stream();
  }

  // ------------------------------------------------------------------------------------------ the folder

  @Test
  void everyRequiredFormIsOnTheClasspathAndNothingElse() throws IOException, URISyntaxException {
    List<String> names = filesIn("forms", ".form").stream().map(p -> p.getFileName().toString()).toList();
    assertThat(names).as("forms/ on the classpath")
        .containsExactlyInAnyOrderElementsOf(FORM_KEYS.keySet().stream().map(id -> id + ".form").toList());
  }

  // ------------------------------------------------------------------------------------------ every file

  @ParameterizedTest(name = "{0}")
  @MethodSource("formFiles")
  void opensInCamundaModelerForCamunda7(Path file) throws IOException {
    JsonNode form = read(file);
    String fileName = file.getFileName().toString();
    assertThat(form.path("id").asText()).as("id = file name").isEqualTo(fileName.replaceFirst("\\.form$", ""));
    assertThat(form.path("type").asText()).isEqualTo("default");
    assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
    assertThat(form.path("executionPlatformVersion").asText()).startsWith("7.24");
    assertThat(form.path("exporter").path("name").asText()).as("exporter.name").isNotBlank();
    assertThat(form.path("exporter").path("version").asText()).as("exporter.version").isNotBlank();
    assertThat(form.path("schemaVersion").isInt()).as("schemaVersion is set").isTrue();
    assertThat(form.path("schemaVersion").asInt()).as("schemaVersion readable by Tasklist 7.24's form-js")
        .isBetween(1, TASKLIST_SCHEMA_VERSION);
    assertThat(form.path("components").isArray() && !form.path("components").isEmpty()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formFiles")
  void componentIdsAreUniqueAndEveryInputHasAnIndonesianLabel(Path file) throws IOException {
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode c : allComponents(read(file).path("components"))) {
      String type = c.path("type").asText();
      String id = c.path("id").asText();
      if (id.isBlank() || !ids.add(id)) {
        problems.add("missing or duplicate component id '" + id + "' (" + type + ")");
      }
      if (PRESENTATION_TYPES.contains(type)) {
        continue;
      }
      if (c.has("key") || c.has("path") || CONTAINER_TYPES.contains(type)) {
        String label = "datetime".equals(type) ? c.path("dateLabel").asText() : c.path("label").asText();
        String name = c.has("key") ? c.path("key").asText() : id;
        if (label.isBlank()) {
          problems.add(name + ": no label");
        } else if (isEnglish(label)) {
          problems.add(name + ": label '" + label + "' is not Bahasa Indonesia");
        }
        if (c.has("description") && isEnglish(c.path("description").asText())) {
          problems.add(name + ": description is not Bahasa Indonesia");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formFiles")
  void keysAreUniquePerScopeAndListsHaveOptions(Path file) throws IOException {
    List<String> problems = new ArrayList<>();
    collectKeys(read(file).path("components"), "", new HashSet<>(), new ArrayList<>(), problems);
    for (JsonNode c : allComponents(read(file).path("components"))) {
      String type = c.path("type").asText();
      if (!OPTION_TYPES.contains(type)) {
        continue;
      }
      String key = c.path("key").asText();
      if (c.hasNonNull("valuesKey")) {
        assertThat(c.path("valuesKey").asText()).as(key + ".valuesKey").isNotBlank();
        continue;
      }
      JsonNode values = c.path("values");
      if (!values.isArray() || values.isEmpty()) {
        problems.add(key + ": " + type + " without values or valuesKey");
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (JsonNode option : values) {
        String value = option.path("value").asText();
        String label = option.path("label").asText();
        if (value.isBlank() || !seen.add(value)) {
          problems.add(key + ": empty or duplicate option value '" + value + "'");
        }
        if (label.isBlank() || isEnglish(label)) {
          problems.add(key + ": option " + value + " label '" + label + "' is not Bahasa Indonesia");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formFiles")
  void everyNikAndFamilyCardFieldRequiresSixteenDigits(Path file) throws IOException {
    List<JsonNode> identityFields = allComponents(read(file).path("components")).stream()
        .filter(c -> c.path("key").asText().matches("nik|.*Nik|familyCardNumber"))
        .toList();
    for (JsonNode field : identityFields) {
      String key = field.path("key").asText();
      assertThat(field.path("type").asText()).as(key + " type").isEqualTo("textfield");
      assertThat(field.path("validate").path("pattern").asText()).as(key + " pattern").isEqualTo(DIGITS_16);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formFiles")
  void patternsAreAnchoredRegularExpressions(Path file) throws IOException {
    for (JsonNode c : allComponents(read(file).path("components"))) {
      String pattern = c.path("validate").path("pattern").asText("");
      if (!pattern.isEmpty()) {
        // form-js tests the pattern with RegExp.test: without anchors a partial match would pass
        assertThat(pattern).as(c.path("key").asText()).startsWith("^").endsWith("$");
        Pattern.compile(pattern);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formFiles")
  void textTemplatesUseOnlyProcessVariablesAndConditionsOnlyFormKeys(Path file) throws IOException {
    JsonNode form = read(file);
    Set<String> keys = new HashSet<>();
    allComponents(form.path("components")).forEach(c -> {
      if (c.has("key")) {
        keys.add(c.path("key").asText());
      }
    });
    List<String> problems = new ArrayList<>();
    for (JsonNode c : allComponents(form.path("components"))) {
      Matcher template = TEMPLATE_VARIABLE.matcher(c.path("text").asText(""));
      while (template.find()) {
        if (!PROCESS_VARIABLES.contains(template.group(1))) {
          problems.add(c.path("id").asText() + ": unknown variable {{" + template.group(1) + "}}");
        }
      }
      String hide = c.path("conditional").path("hide").asText("");
      if (c.has("conditional")) {
        if (!hide.startsWith("=")) {
          problems.add(c.path("id").asText() + ": conditional.hide must be a FEEL expression (=...)");
        }
        Matcher identifier = FEEL_IDENTIFIER.matcher(hide.replaceAll("\"[^\"]*\"", "\"\""));
        while (identifier.find()) {
          String name = identifier.group();
          if (!FEEL_WORDS.contains(name) && !keys.contains(name) && !PROCESS_VARIABLES.contains(name)) {
            problems.add(c.path("id").asText() + ": condition refers to unknown '" + name + "'");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  // ------------------------------------------------------------------------------------------ each form

  @ParameterizedTest(name = "{0}")
  @MethodSource("formIds")
  void submitsExactlyTheAgreedVariableKeys(String formId) throws IOException {
    List<String> keys = new ArrayList<>();
    collectKeys(form(formId).path("components"), "", new HashSet<>(), keys, new ArrayList<>());
    assertThat(keys).containsExactlyInAnyOrderElementsOf(FORM_KEYS.get(formId));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formIds")
  void decisionsAndReasonsOfferTheAgreedCodes(String formId) throws IOException {
    for (JsonNode c : allComponents(form(formId).path("components"))) {
      List<String> expected = OPTION_VALUES.get(c.path("key").asText());
      if (expected != null) {
        List<String> values = new ArrayList<>();
        c.path("values").forEach(v -> values.add(v.path("value").asText()));
        assertThat(values).as(c.path("key").asText()).isEqualTo(expected);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formIds")
  void taskFormsShowTheApplicationAndItsDeadline(String formId) throws IOException {
    assumeTrue(!formId.endsWith("-start"), "a start form has no application yet");
    assumeTrue(!formId.equals("membership-check-result"), "a membership check is not an application");
    String texts = String.join("\n", allComponents(form(formId).path("components")).stream()
        .filter(c -> c.path("type").asText().equals("text")).map(c -> c.path("text").asText()).toList());
    assertThat(texts).contains("{{applicationNumber}}", "{{deadlineText}}", "{{verificationSummary}}");
    if (formId.equals("correct-application")) {
      assertThat(texts).contains("{{correctionReasons}}");
    }
  }

  @Test
  void registrationFormsCollectMembersInAnEditableListWithIsoBirthDates() throws IOException {
    for (String formId : List.of("registration-start", "urgent-reactivation-start", "correct-application")) {
      JsonNode members = component(form(formId), "members");
      assertThat(members.path("type").asText()).isEqualTo("dynamiclist");
      assertThat(members.path("isRepeating").asBoolean()).isTrue();
      assertThat(members.path("allowAddRemove").asBoolean()).isTrue();
      assertThat(members.path("defaultRepetitions").asInt()).isGreaterThanOrEqualTo(1);
      JsonNode birthDate = child(members, "birthDate");
      // a date-only datetime is submitted by form-js as an ISO local date string, yyyy-MM-dd
      assertThat(birthDate.path("type").asText()).isEqualTo("datetime");
      assertThat(birthDate.path("subtype").asText()).isEqualTo("date");
      assertThat(birthDate.path("validate").path("required").asBoolean()).isTrue();
      assertThat(child(members, "candidate").path("type").asText()).isEqualTo("checkbox");
    }
    assertThat(component(form("correct-application"), "correctionNote").path("validate").path("required")
        .asBoolean()).isTrue();
  }

  @Test
  void representativeFieldsAppearOnlyWhenSomeoneElseSubmits() throws IOException {
    for (String formId : List.of("registration-start", "urgent-reactivation-start", "correct-application")) {
      JsonNode form = form(formId);
      for (String key : List.of("submittedByName", "submittedByNik", "powerOfAttorney", "docPowerOfAttorney",
          "docRepresentativeKtp")) {
        assertThat(component(form, key).path("conditional").path("hide").asText()).as(formId + " " + key)
            .contains("submittedByRelation");
      }
      assertThat(component(form, "submittedByName").path("validate").path("required").asBoolean()).isTrue();
      assertThat(component(form, "submittedByNik").path("validate").path("required").asBoolean()).isTrue();
    }
  }

  @Test
  void phoneAcceptsIndonesianMobileNumbersOnly() throws IOException {
    Pattern phone = Pattern.compile(component(form("registration-start"), "phone").path("validate")
        .path("pattern").asText());
    for (String valid : List.of("081234567890", "0812-3456-7890", "0812 3456 7890", "6281234567890",
        "+6281234567890", "+62 812-3456-7890", "0812345678")) {
      assertThat(phone.matcher(valid).matches()).as(valid).isTrue();
    }
    for (String invalid : List.of("", "0812345", "0341-123456", "+1 202 555 0143", "7812345678",
        "0812345678901234", "0812abc45678", "08123456789-")) {
      assertThat(phone.matcher(invalid).matches()).as(invalid).isFalse();
    }
  }

  @Test
  void verificationFormsAskForAReasonWhenNotApprovingEveryone() throws IOException {
    for (String prefix : List.of("civilRegistry", "welfare", "employment")) {
      JsonNode form = form(FORM_KEYS.keySet().stream()
          .filter(id -> FORM_KEYS.get(id).contains(prefix + "Decision")).findFirst().orElseThrow());
      assertThat(component(form, prefix + "Decision").path("validate").path("required").asBoolean()).isTrue();
      JsonNode flagged = component(form, prefix + "FlaggedNiks");
      assertThat(flagged.path("type").asText()).isEqualTo("checklist");
      assertThat(flagged.path("valuesKey").asText()).isEqualTo("candidateOptions");
      for (String key : List.of(prefix + "Reason", prefix + "Note")) {
        JsonNode field = component(form, key);
        assertThat(field.path("validate").path("required").asBoolean()).as(key + " required").isTrue();
        assertThat(field.path("conditional").path("hide").asText()).as(key + " hidden when approving")
            .contains(prefix + "Decision = \"APPROVE\"");
      }
    }
    JsonNode signNote = component(form("sign-approval"), "signNote");
    assertThat(signNote.path("validate").path("required").asBoolean()).isTrue();
    assertThat(signNote.path("conditional").path("hide").asText()).contains("signDecision = \"REJECT\"");
    assertThat(component(form("follow-up-submission"), "followUpNote").path("validate").path("required")
        .asBoolean()).isTrue();
  }

  @Test
  void fktpListHasNoAddOrRemoveAndMatchesTheReferenceFile() throws IOException {
    JsonNode list = component(form("assign-fktp"), "fktpAssignments");
    assertThat(list.path("type").asText()).isEqualTo("dynamiclist");
    assertThat(list.path("allowAddRemove").asBoolean()).isFalse();
    // readonly (not disabled): form-js drops disabled fields from the submitted rows
    for (String key : List.of("nik", "name")) {
      assertThat(child(list, key).path("readonly").asBoolean()).as(key + " readonly").isTrue();
      assertThat(child(list, key).has("disabled")).as(key + " not disabled").isFalse();
    }
    JsonNode fktpCode = child(list, "fktpCode");
    assertThat(fktpCode.path("validate").path("required").asBoolean()).isTrue();
    Map<String, String> inForm = new TreeMap<>();
    fktpCode.path("values").forEach(v -> inForm.put(v.path("value").asText(), v.path("label").asText()));

    Map<String, String> inCsv = new TreeMap<>();
    try (InputStream in = resource("reference/fktp.csv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split(";", -1);
        assertThat(columns).as(line).hasSize(3);
        assertThat(columns[0]).matches("PKM-[A-Z-]+");
        assertThat(columns[2]).isIn("Blimbing", "Klojen", "Kedungkandang", "Sukun", "Lowokwaru", "");
        inCsv.put(columns[0], columns[1]);
      }
    }
    assertThat(inCsv).hasSize(16).isEqualTo(inForm);
  }

  // ------------------------------------------------------------------------------------------ with the BPMN

  @Test
  void everyFormRefNamesAFormAndEveryFormIsUsed() throws Exception {
    List<Path> diagrams = filesIn("processes", ".bpmn");
    assumeTrue(!diagrams.isEmpty(),
        "processes/ has no BPMN yet: the formRef check runs once the jkn-registration diagram is merged");
    Set<String> forms = new TreeSet<>(FORM_KEYS.keySet());
    Set<String> referenced = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (Path diagram : diagrams) {
      Document document = factory.newDocumentBuilder().parse(diagram.toFile());
      NodeList all = document.getElementsByTagNameNS("*", "*");
      for (int i = 0; i < all.getLength(); i++) {
        Element element = (Element) all.item(i);
        if (!element.hasAttributeNS(CAMUNDA_BPMN, "formRef")) {
          continue;
        }
        String where = diagram.getFileName() + "#" + element.getAttribute("id");
        String formRef = element.getAttributeNS(CAMUNDA_BPMN, "formRef");
        referenced.add(formRef);
        if (!forms.contains(formRef)) {
          problems.add(where + ": formRef '" + formRef + "' has no forms/" + formRef + ".form");
        }
        String binding = element.getAttributeNS(CAMUNDA_BPMN, "formRefBinding");
        if (!Set.of("latest", "deployment", "version").contains(binding)) {
          problems.add(where + ": formRefBinding '" + binding + "' (latest, deployment or version)");
        }
      }
    }
    Set<String> orphans = new TreeSet<>(forms);
    orphans.removeAll(referenced);
    orphans.forEach(orphan -> problems.add("forms/" + orphan + ".form is not referenced by any BPMN"));
    assertThat(problems).isEmpty();
  }

  // ------------------------------------------------------------------------------------------ helpers

  private static boolean isEnglish(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    long words = Stream.of(lower.split("[^a-z]+")).filter(w -> !w.isEmpty()).count();
    long english = Stream.of(lower.split("[^a-z]+")).filter(ENGLISH_WORDS::contains).count();
    // "NIK", "KTP", "Nama lengkap" pass; "Text field", "Birth date", "Value" do not
    return english > 0 && english * 2 >= words;
  }

  /** Keys in submission order; groups without a path are flat, a dynamic list is a scope of its own. */
  private static void collectKeys(JsonNode components, String scope, Set<String> seenInScope, List<String> keys,
      List<String> problems) {
    for (JsonNode c : components) {
      String type = c.path("type").asText();
      if ("dynamiclist".equals(type)) {
        String path = c.path("path").asText();
        addKey(scope + path, seenInScope, keys, problems);
        collectKeys(c.path("components"), scope + path + ".", new HashSet<>(), keys, problems);
      } else if ("group".equals(type)) {
        if (c.hasNonNull("path") && !c.path("path").asText().isEmpty()) {
          problems.add(c.path("id").asText() + ": a group with a path nests its keys; keep groups flat");
        }
        collectKeys(c.path("components"), scope, seenInScope, keys, problems);
      } else if (c.has("key")) {
        addKey(scope + c.path("key").asText(), seenInScope, keys, problems);
      }
    }
  }

  private static void addKey(String key, Set<String> seenInScope, List<String> keys, List<String> problems) {
    if (!seenInScope.add(key)) {
      problems.add("duplicate key " + key);
    }
    keys.add(key);
  }

  private static List<JsonNode> allComponents(JsonNode components) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode c : components) {
      all.add(c);
      if (c.has("components")) {
        all.addAll(allComponents(c.path("components")));
      }
    }
    return all;
  }

  private static JsonNode component(JsonNode form, String keyOrPath) {
    return allComponents(form.path("components")).stream()
        .filter(c -> keyOrPath.equals(c.path("key").asText()) || keyOrPath.equals(c.path("path").asText()))
        .findFirst().orElseGet(() -> fail("no component " + keyOrPath + " in " + form.path("id").asText()));
  }

  private static JsonNode child(JsonNode list, String key) {
    return allComponents(list.path("components")).stream().filter(c -> key.equals(c.path("key").asText()))
        .findFirst().orElseGet(() -> fail("no " + key + " in " + list.path("path").asText()));
  }

  private static JsonNode form(String formId) throws IOException {
    try (InputStream in = resource("forms/" + formId + ".form")) {
      return JSON.readTree(in);
    }
  }

  private static JsonNode read(Path file) throws IOException {
    return JSON.readTree(file.toFile()); // fails on invalid JSON
  }

  private static InputStream resource(String name) {
    InputStream in = FormsTest.class.getClassLoader().getResourceAsStream(name);
    assertThat(in).as(name + " on the classpath").isNotNull();
    return in;
  }

  private static List<Path> filesIn(String folder, String suffix) throws IOException, URISyntaxException {
    List<Path> files = new ArrayList<>();
    for (URL url : Collections.list(FormsTest.class.getClassLoader().getResources(folder))) {
      if (!"file".equals(url.getProtocol())) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(Path.of(url.toURI()))) {
        walk.filter(p -> p.getFileName().toString().endsWith(suffix)).forEach(files::add);
      }
    }
    files.sort(null);
    return files;
  }

  private static Set<String> orderedSet(String... values) {
    return new LinkedHashSet<>(List.of(values));
  }
}
