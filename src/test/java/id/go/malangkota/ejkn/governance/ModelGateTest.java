package id.go.malangkota.ejkn.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;

/** The model gate's allow-list: each refused construct, each allowed one, and the shipped models. */
class ModelGateTest {

  static final Set<String> DELEGATES = Set.of("submitToBpjs", "showApplicationFile");

  /** The application's delegate beans as Spring will register them (the names the models may use). */
  static Set<String> applicationDelegates() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(true);
    scan.addIncludeFilter(new AssignableTypeFilter(JavaDelegate.class));
    scan.addIncludeFilter(new AssignableTypeFilter(ExecutionListener.class));
    scan.addIncludeFilter(new AssignableTypeFilter(TaskListener.class));
    Set<String> names = new TreeSet<>();
    for (BeanDefinition d : scan.findCandidateComponents("id.go.malangkota.ejkn")) {
      Class<?> type = Class.forName(d.getBeanClassName());
      if (JavaDelegate.class.isAssignableFrom(type) || ExecutionListener.class.isAssignableFrom(type)
          || TaskListener.class.isAssignableFrom(type)) {
        Component c = type.getAnnotation(Component.class);
        String simple = type.getSimpleName();
        names.add(c != null && !c.value().isEmpty() ? c.value() : Character.toLowerCase(simple.charAt(0)) + simple.substring(1));
      }
    }
    return names;
  }

  static String process(String body) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://ejkn">
          <bpmn:process id="p" isExecutable="true">
        """ + body + """
          </bpmn:process>
        </bpmn:definitions>
        """;
  }

  static String decision(String inputExpression, String languageAttribute) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="http://ejkn">
          <decision id="policy" name="Kebijakan">
            <decisionTable id="table">
              <input id="in1" label="x">
                <inputExpression id="inputExpression1" typeRef="string" %s><text>%s</text></inputExpression>
              </input>
              <output id="out1" name="y" typeRef="string" />
              <rule id="rule1"><inputEntry id="ie1"><text>"A"</text></inputEntry><outputEntry id="oe1"><text>"B"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(languageAttribute, inputExpression);
  }

  static List<Finding> bpmn(String body) {
    return ModelGate.check("usulan.bpmn", process(body).getBytes(StandardCharsets.UTF_8), DELEGATES);
  }

  static List<String> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).toList();
  }

  @Test
  void theShippedModelsPassUnchanged() throws Exception {
    Set<String> delegates = applicationDelegates();
    assertThat(delegates).contains("submitToBpjs", "prepareCorrection", "representationFacts");
    int files = 0;
    for (String pattern : List.of("processes/*.bpmn", "dmn/*.dmn", "forms/*.form")) {
      for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:" + pattern)) {
        assertThat(ModelGate.check(r.getFilename(), r.getContentAsByteArray(), delegates)).as(r.getFilename()).isEmpty();
        files++;
      }
    }
    assertThat(files).isGreaterThanOrEqualTo(29);
  }

  @Test
  void aScriptTaskIsRefusedWhateverItsFormat() {
    List<Finding> f = bpmn("""
        <bpmn:scriptTask id="runIt" scriptFormat="juel"><bpmn:script>${1}</bpmn:script></bpmn:scriptTask>""");
    assertThat(codes(f)).contains(ModelGate.SCRIPT);
    assertThat(f).allMatch(x -> x.element().equals("runIt"));
    assertThat(f.get(0).message()).contains("skrip");
  }

  @Test
  void aListenerScriptAndAScriptInAnInputMappingAreRefused() {
    assertThat(codes(bpmn("""
        <bpmn:userTask id="t"><bpmn:extensionElements><camunda:taskListener event="create">
          <camunda:script scriptFormat="groovy">'id'.execute()</camunda:script></camunda:taskListener>
        </bpmn:extensionElements></bpmn:userTask>"""))).contains(ModelGate.SCRIPT);
    assertThat(codes(bpmn("""
        <bpmn:serviceTask id="s" camunda:delegateExpression="${submitToBpjs}"><bpmn:extensionElements>
          <camunda:inputOutput><camunda:inputParameter name="x"><camunda:script scriptFormat="javascript" resource="deployment:x.js"/>
          </camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>""")))
        .contains(ModelGate.SCRIPT, ModelGate.EXTERNAL_RESOURCE);
  }

  @Test
  void aJavaClassIsRefusedOnTasksListenersAndVariableMappings() {
    assertThat(bpmn("<bpmn:serviceTask id=\"s\" camunda:class=\"java.lang.Runtime\" />"))
        .extracting(Finding::element, Finding::code).containsExactly(org.assertj.core.groups.Tuple.tuple("s", ModelGate.JAVA_CLASS));
    assertThat(codes(bpmn("""
        <bpmn:userTask id="t"><bpmn:extensionElements>
          <camunda:executionListener class="x.Evil" event="start" /></bpmn:extensionElements></bpmn:userTask>""")))
        .containsExactly(ModelGate.JAVA_CLASS);
    assertThat(codes(bpmn("<bpmn:callActivity id=\"c\" calledElement=\"x\" camunda:variableMappingClass=\"x.Evil\" />")))
        .containsExactly(ModelGate.JAVA_CLASS);
  }

  @Test
  void connectorsExternalTasksAndExternalResourcesAreRefused() {
    assertThat(codes(bpmn("""
        <bpmn:serviceTask id="http"><bpmn:extensionElements><camunda:connector>
          <camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></bpmn:extensionElements></bpmn:serviceTask>""")))
        .contains(ModelGate.CONNECTOR);
    assertThat(codes(bpmn("<bpmn:serviceTask id=\"e\" camunda:type=\"external\" camunda:topic=\"x\" />")))
        .contains(ModelGate.EXTERNAL_TASK);
    assertThat(codes(bpmn("<bpmn:userTask id=\"u\" camunda:formKey=\"embedded:deployment:evil.html\" />")))
        .containsExactly(ModelGate.EXTERNAL_RESOURCE);
    assertThat(codes(bpmn("<bpmn:userTask id=\"u\" camunda:formKey=\"classpath:evil.html\" />")))
        .containsExactly(ModelGate.EXTERNAL_RESOURCE);
  }

  @Test
  void aConditionCallingABeanOrAMethodIsRefused() {
    List<Finding> f = bpmn("""
        <bpmn:sequenceFlow id="leak" sourceRef="a" targetRef="b">
          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${jdbcTemplate.queryForList("SELECT * FROM ACT_HI_VARINST").size() > 0}</bpmn:conditionExpression>
        </bpmn:sequenceFlow>""");
    assertThat(f).extracting(Finding::element).containsExactly("leak");
    assertThat(f.get(0).code()).isEqualTo(ModelGate.EXPRESSION);
    assertThat(f.get(0).message()).contains("tidak diizinkan");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "${\"\".getClass().forName(\"java.lang.Runtime\")}", "${execution.setVariable('x', 1)}",
      "${execution.processEngineServices}", "${execution}", "${task}", "${x[0]}", "${a + 1}", "${S(x).prop('a')}",
      "${now()}", "${a ? b : c}", "${x = 1}", "${a; b}", "${x.y}", "${{'a':1}}", "${x -> x}", "${a instanceof b}",
      "${'unclosed}", "${}", "#{execution.getProcessEngine()}", "pre ${ok} and ${bad.call()}"})
  void expressionsOutsideTheAllowListAreRefused(String expression) {
    assertThat(ExpressionAllowList.problemInText(expression)).as(expression).isNotNull();
    assertThat(codes(bpmn("<bpmn:userTask id=\"u\" camunda:candidateGroups=\"" + expression.replace("\"", "&quot;")
        .replace("<", "&lt;").replace(">", "&gt;") + "\" />"))).as(expression).containsExactly(ModelGate.EXPRESSION);
  }

  @ParameterizedTest
  @ValueSource(strings = {"${documentsComplete}", "${!documentsComplete}", "${signDecision == 'REJECT'}",
      "${a != \"x\" && (b || not c)}", "${empty verifiers}", "${not empty x and y eq 'A'}", "${n >= 3 || n lt 2}",
      "${x == null}", "${x == true}", "#{execution.processBusinessKey}", "${-1 < n}", "text ${kelurahanCode} more"})
  void variablesLiteralsAndComparisonsAreAllowed(String expression) {
    assertThat(ExpressionAllowList.problemInText(expression)).as(expression).isNull();
  }

  @Test
  void aDelegateExpressionMustNameARegisteredDelegateExactly() {
    assertThat(bpmn("<bpmn:serviceTask id=\"s\" camunda:delegateExpression=\"${submitToBpjs}\" />")).isEmpty();
    assertThat(codes(bpmn("<bpmn:serviceTask id=\"s\" camunda:delegateExpression=\"${jdbcTemplate}\" />")))
        .containsExactly(ModelGate.DELEGATE);
    assertThat(codes(bpmn("<bpmn:serviceTask id=\"s\" camunda:delegateExpression=\"${submitToBpjs.other}\" />")))
        .containsExactly(ModelGate.DELEGATE);
    assertThat(codes(bpmn("""
        <bpmn:userTask id="t"><bpmn:extensionElements>
          <camunda:taskListener delegateExpression="${dataSource}" event="create" /></bpmn:extensionElements></bpmn:userTask>""")))
        .containsExactly(ModelGate.DELEGATE);
  }

  @Test
  void aTimerStartEventWithAnExpressionIsRefusedAndALiteralTimerIsAllowed() {
    List<Finding> f = bpmn("""
        <bpmn:startEvent id="everyMinute"><bpmn:timerEventDefinition id="td">
          <bpmn:timeCycle>${jdbcTemplate.update("DELETE FROM ejkn_application")}</bpmn:timeCycle>
        </bpmn:timerEventDefinition></bpmn:startEvent>""");
    assertThat(codes(f)).containsExactly(ModelGate.TIMER_START_EXPRESSION);
    assertThat(f.get(0).element()).isEqualTo("td");
    assertThat(codes(bpmn("""
        <bpmn:startEvent id="s"><bpmn:timerEventDefinition id="td"><bpmn:timeCycle>${cycle}</bpmn:timeCycle>
        </bpmn:timerEventDefinition></bpmn:startEvent>"""))).containsExactly(ModelGate.TIMER_START_EXPRESSION);
    assertThat(bpmn("""
        <bpmn:startEvent id="s"><bpmn:timerEventDefinition id="td"><bpmn:timeCycle>R/PT1H</bpmn:timeCycle>
        </bpmn:timerEventDefinition></bpmn:startEvent>""")).isEmpty();
    assertThat(bpmn("""
        <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition id="td2"><bpmn:timeDate>${overallDeadline}</bpmn:timeDate>
        </bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""")).isEmpty();
  }

  @Test
  void aHistoryTimeToLiveInTheModelIsRefused() {
    String bpmn = process("<bpmn:startEvent id=\"s\" />").replace("<bpmn:process id=\"p\"",
        "<bpmn:process id=\"p\" camunda:historyTimeToLive=\"0\"");
    assertThat(ModelGate.check("p.bpmn", bpmn.getBytes(StandardCharsets.UTF_8), DELEGATES))
        .extracting(Finding::element, Finding::code).containsExactly(org.assertj.core.groups.Tuple.tuple("p", ModelGate.HISTORY_TTL));
    String dmn = decision("x", "").replace("<decision id=\"policy\"",
        "<decision xmlns:camunda=\"http://camunda.org/schema/1.0/dmn\" camunda:historyTimeToLive=\"P0D\" id=\"policy\"");
    assertThat(codes(ModelGate.check("p.dmn", dmn.getBytes(StandardCharsets.UTF_8), DELEGATES))).containsExactly(ModelGate.HISTORY_TTL);
  }

  @Test
  void documentationAndPropertiesAreNotExpressions() {
    assertThat(bpmn("""
        <bpmn:userTask id="t"><bpmn:documentation>Pelaksana: ${siapa.saja()}</bpmn:documentation>
          <bpmn:extensionElements><camunda:properties><camunda:property name="n" value="${a.b()}" /></camunda:properties>
          </bpmn:extensionElements></bpmn:userTask>""")).isEmpty();
  }

  @Test
  void juelInADecisionIsRefusedAndFeelIsAllowed() {
    String rce = "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\")}";
    List<Finding> f = ModelGate.check("p.dmn", decision(rce.replace("\"", "&quot;"), "expressionLanguage=\"juel\"")
        .getBytes(StandardCharsets.UTF_8), DELEGATES);
    assertThat(codes(f)).contains(ModelGate.DMN_LANGUAGE, ModelGate.DMN_JUEL);
    assertThat(f).extracting(Finding::element).containsOnly("inputExpression1");
    assertThat(codes(ModelGate.check("p.dmn", decision("x", "expressionLanguage=\"javascript\"").getBytes(StandardCharsets.UTF_8),
        DELEGATES))).containsExactly(ModelGate.DMN_LANGUAGE);
    assertThat(codes(ModelGate.check("p.dmn", decision(rce.replace("\"", "&quot;"), "").getBytes(StandardCharsets.UTF_8),
        DELEGATES))).containsExactly(ModelGate.DMN_JUEL);
    assertThat(ModelGate.check("p.dmn", decision("upper case(x)", "expressionLanguage=\"feel\"").getBytes(StandardCharsets.UTF_8),
        DELEGATES)).isEmpty();
    assertThat(ModelGate.check("p.dmn", decision("x", "expressionLanguage=\"https://www.omg.org/spec/DMN/20191111/FEEL/\"")
        .getBytes(StandardCharsets.UTF_8), DELEGATES)).isEmpty();
    assertThat(codes(ModelGate.check("p.dmn", decision(
        "{f: function(x) external {java: {class: &quot;java.lang.System&quot;, method signature: &quot;exit(int)&quot;}}}", "")
        .getBytes(StandardCharsets.UTF_8), DELEGATES))).containsExactly(ModelGate.FEEL_EXTERNAL);
  }

  @Test
  void formsOnlyWithKnownComponentsAndOtherFilesAreRefused() throws IOException {
    assertThat(ModelGate.check("f.form", "{\"id\":\"f\",\"type\":\"default\",\"components\":[{\"id\":\"a\",\"type\":\"textfield\"}]}"
        .getBytes(StandardCharsets.UTF_8), DELEGATES)).isEmpty();
    assertThat(codes(ModelGate.check("f.form", "{\"id\":\"f\",\"components\":[{\"id\":\"h\",\"type\":\"html\"},{\"id\":\"i\",\"type\":\"iframe\"}]}"
        .getBytes(StandardCharsets.UTF_8), DELEGATES))).containsExactly(ModelGate.FORM, ModelGate.FORM);
    assertThat(codes(ModelGate.check("f.form", "not json".getBytes(StandardCharsets.UTF_8), DELEGATES)))
        .containsExactly(ModelGate.UNREADABLE);
    assertThat(codes(ModelGate.check("evil.groovy", "x".getBytes(StandardCharsets.UTF_8), DELEGATES)))
        .containsExactly(ModelGate.RESOURCE_TYPE);
    assertThat(codes(ModelGate.check("x.bpmn", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"
        .getBytes(StandardCharsets.UTF_8), DELEGATES))).containsExactly(ModelGate.UNREADABLE);
  }
}
