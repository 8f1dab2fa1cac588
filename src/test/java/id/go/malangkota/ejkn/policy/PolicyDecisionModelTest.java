package id.go.malangkota.ejkn.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The DMN files themselves: what Camunda Modeler and the process engine need from them, checked at build time,
 * and the tables deployed into a real (in-memory) process engine the way the application deploys them.
 */
class PolicyDecisionModelTest {

  static final List<String> DECISIONS = List.of("jkn-eligibility", "required-documents", "verification-route",
      "representation-policy", "time-standards", "deactivation-eligibility", "activation-polling",
      "verification-outcome", "urgent-window", "suggested-requests", "working-calendar");

  private static final String DMN13 = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  private static final String DMNDI13 = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
  private static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";

  private static ProcessEngine engine;

  static Stream<String> decisions() {
    return DECISIONS.stream();
  }

  @Test
  void everyFileInDmnFolderIsAKnownDecisionNamedAfterItsId() throws IOException, URISyntaxException {
    URL folder = getClass().getClassLoader().getResource("dmn");
    assertThat(folder).as("dmn/ on the classpath").isNotNull();
    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(DECISIONS.stream().map(id -> id + ".dmn").toList());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decisions")
  void isValidDmn13ForCamunda7AndReadsWellInTheModeler(String decisionId) throws IOException {
    DmnModelInstance model;
    try (InputStream in = PolicyTable.resource(decisionId)) {
      model = Dmn.readModelFromStream(in); // validates against the DMN 1.3 schema (incl. DMNDI)
    }
    assertThat(model.getDefinitions().getDomElement().getNamespaceURI()).isEqualTo(DMN13);

    Decision decision = model.getModelElementById(decisionId);
    assertThat(decision).as("decision id = file name").isNotNull();
    assertThat(model.getModelElementsByType(Decision.class)).hasSize(1);
    assertThat(decision.getName()).isNotBlank();
    assertThat(decision.getDescription().getTextContent()).as("why the table and its hit policy").contains("hit");
    assertThat(decision.getCamundaHistoryTimeToLiveString()).as("engine default applies").isNull();
    assertThat(decision.getVersionTag()).isNull();

    DecisionTable table = (DecisionTable) decision.getExpression();
    for (Input input : table.getInputs()) {
      assertThat(input.getLabel()).as("input label").isNotBlank();
      assertThat(input.getInputExpression().getText().getTextContent()).as("input expression").matches("[a-z][A-Za-z]+");
      assertThat(input.getInputExpression().getExpressionLanguage()).as("FEEL, the default").isNull();
    }
    for (Output output : table.getOutputs()) {
      assertThat(output.getLabel()).as("output label").isNotBlank();
      assertThat(output.getName()).as("output name").matches("[a-z][A-Za-z]+");
      assertThat(output.getTypeRef()).isNotBlank();
    }
    for (Rule rule : table.getRules()) {
      assertThat(rule.getId()).as("readable rule id").matches("[a-z][a-z0-9-]+");
      assertThat(rule.getDescription()).as(rule.getId() + " annotation").isNotNull();
      assertThat(rule.getDescription().getTextContent()).as(rule.getId() + " annotation").hasSizeGreaterThan(20);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decisions")
  void hasADrdShapeAndNoHistoryTimeToLive(String decisionId) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document;
    try (InputStream in = PolicyTable.resource(decisionId)) {
      document = factory.newDocumentBuilder().parse(in);
    }
    NodeList shapes = document.getElementsByTagNameNS(DMNDI13, "DMNShape");
    boolean decisionHasShape = false;
    for (int i = 0; i < shapes.getLength(); i++) {
      decisionHasShape |= decisionId.equals(((Element) shapes.item(i)).getAttribute("dmnElementRef"));
    }
    assertThat(decisionHasShape).as("DMNDI shape for " + decisionId).isTrue();
    assertThat(document.getDocumentElement().lookupNamespaceURI("camunda")).isEqualTo(CAMUNDA_DMN);

    Element decision = (Element) document.getElementsByTagNameNS(DMN13, "decision").item(0);
    assertThat(decision.hasAttributeNS(CAMUNDA_DMN, "historyTimeToLive")).isFalse();
  }

  // --- deployed into a process engine, as the application does (auto-deployment with a default TTL) ---

  @BeforeAll
  static void startEngine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setHistoryTimeToLive("P3650D"); // as application.yaml: the tables set none
    configuration.setJdbcUrl("jdbc:h2:mem:policy-decisions;DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setJobExecutorActivate(false);
    engine = configuration.buildProcessEngine();
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("policy");
    for (String id : DECISIONS) {
      deployment.addInputStream("dmn/" + id + ".dmn", PolicyTable.resource(id));
    }
    BpmnModelInstance process = Bpmn.createExecutableProcess("eligibility-check")
        .startEvent()
        .businessRuleTask("checkEligibility")
          .camundaDecisionRef("jkn-eligibility")
          .camundaMapDecisionResult("singleResult")
          .camundaResultVariable("eligibility")
        .userTask("wait")
        .endEvent()
        .done();
    deployment.addModelInstance("eligibility-check.bpmn", process).deploy();
  }

  @AfterAll
  static void stopEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void allTablesDeployWithTheEngineDefaultTimeToLive() {
    List<DecisionDefinition> definitions = engine.getRepositoryService().createDecisionDefinitionQuery().list();

    assertThat(definitions).extracting(DecisionDefinition::getKey).containsExactlyInAnyOrderElementsOf(DECISIONS);
    assertThat(definitions).extracting(DecisionDefinition::getHistoryTimeToLive).containsOnly(3650);
  }

  /** What {@code POST /engine-rest/decision-definition/key/jkn-eligibility/evaluate} does. */
  @Test
  void eligibilityEvaluatesByKeyWithExactlyTheContractInputs() {
    VariableMap contractInputs = Variables.createVariables()
        .putValue("requestType", "SWITCH_FROM_MANDIRI")
        .putValue("residentOfMalang", true)
        .putValue("bpjsStatus", "INACTIVE")
        .putValue("bpjsSegment", "PBPU")
        .putValue("formalWorker", false)
        .putValue("hasRtRwLetter", true)
        .putValue("hasStampedStatement", true)
        .putValue("hasHospitalLetter", false);

    var result = engine.getDecisionService().evaluateDecisionByKey("jkn-eligibility")
        .variables(contractInputs).evaluate();

    assertThat(result.getSingleResult().getEntryMap())
        .containsEntry("eligible", true).containsEntry("reason", "OK").containsKey("reasonText");
  }

  @Test
  void eligibilityWorksFromAProcessThatOmitsTheDocumentFlags() {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("eligibility-check",
        Variables.createVariables()
            .putValue("requestType", "URGENT_REACTIVATION")
            .putValue("residentOfMalang", true)
            .putValue("bpjsStatus", "INACTIVE")
            .putValue("bpjsSegment", "PBI_APBD")
            .putValue("hasHospitalLetter", true));

    @SuppressWarnings("unchecked")
    Map<String, Object> eligibility =
        (Map<String, Object>) engine.getRuntimeService().getVariable(instance.getId(), "eligibility");
    assertThat(eligibility).containsEntry("eligible", true).containsEntry("reason", "OK");
  }

  @Test
  void eligibilityFromAProcessReportsTheMissingDocument() {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("eligibility-check",
        Variables.createVariables()
            .putValue("requestType", "NEW")
            .putValue("residentOfMalang", true)
            .putValue("bpjsStatus", "NOT_REGISTERED")
            .putValue("bpjsSegment", "NONE")
            .putValue("formalWorker", false)
            .putValue("hasRtRwLetter", null));

    @SuppressWarnings("unchecked")
    Map<String, Object> eligibility =
        (Map<String, Object>) engine.getRuntimeService().getVariable(instance.getId(), "eligibility");
    assertThat(eligibility).containsEntry("eligible", false).containsEntry("reason", "MISSING_DOCUMENT");
  }
}
