package id.go.malangkota.ejkn.governance;

/** The payloads of issue 15 item 1, as a process owner (or an attacker with the owner's password) would send them. */
final class GovernanceFixtures {

  private GovernanceFixtures() {}

  static String process(String key, String body) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="defs" targetNamespace="http://ejkn">
          <bpmn:process id="%s" isExecutable="true">
        %s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(key, body);
  }

  /** A DMN whose input expression is a JUEL call that runs an OS command. */
  static final String RCE_DMN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="evil" name="evil" namespace="http://ejkn">
        <decision id="evil-decision" name="Kebijakan">
          <decisionTable id="table">
            <input id="in1" label="x">
              <inputExpression id="rceInput" typeRef="string" expressionLanguage="juel"><text>${"".getClass().forName("java.lang.Runtime").getMethod("getRuntime").invoke(null).exec("touch /tmp/ejkn-pwned")}</text></inputExpression>
            </input>
            <output id="out1" name="y" typeRef="string" />
            <rule id="rule1"><inputEntry id="ie1"><text>-</text></inputEntry><outputEntry id="oe1"><text>"B"</text></outputEntry></rule>
          </decisionTable>
        </decision>
      </definitions>
      """;

  /** A condition reading every NIK through the JdbcTemplate bean. */
  static final String JDBC_CONDITION = process("evil-jdbc", """
      <bpmn:startEvent id="start" />
      <bpmn:exclusiveGateway id="gw" />
      <bpmn:endEvent id="end" />
      <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="gw" />
      <bpmn:sequenceFlow id="leak" sourceRef="gw" targetRef="end">
        <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${jdbcTemplate.queryForList("SELECT TEXT_ FROM ACT_HI_VARINST WHERE NAME_ = 'nik'").size() &gt; 0}</bpmn:conditionExpression>
      </bpmn:sequenceFlow>
      """);

  static final String SCRIPT_TASK = process("evil-script", """
      <bpmn:startEvent id="start" />
      <bpmn:scriptTask id="runScript" scriptFormat="groovy"><bpmn:script>"id".execute()</bpmn:script></bpmn:scriptTask>
      <bpmn:endEvent id="end" />
      <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="runScript" />
      <bpmn:sequenceFlow id="f1" sourceRef="runScript" targetRef="end" />
      """);

  static final String JAVA_CLASS = process("evil-class", """
      <bpmn:startEvent id="start" />
      <bpmn:serviceTask id="runClass" camunda:class="org.camunda.bpm.engine.impl.bpmn.behavior.NoneEndEventActivityBehavior" />
      <bpmn:endEvent id="end" />
      <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="runClass" />
      <bpmn:sequenceFlow id="f1" sourceRef="runClass" targetRef="end" />
      """);

  /** A timer start event that runs code with no user at all. */
  static final String TIMER_START = process("evil-timer", """
      <bpmn:startEvent id="everyMinute">
        <bpmn:timerEventDefinition id="evilTimer"><bpmn:timeCycle>${jdbcTemplate.update("INSERT INTO ACT_ID_MEMBERSHIP (USER_ID_, GROUP_ID_) VALUES ('pemilik-proses', 'camunda-admin')") &gt; 0 ? 'R/PT1M' : 'R/PT1M'}</bpmn:timeCycle></bpmn:timerEventDefinition>
      </bpmn:startEvent>
      <bpmn:endEvent id="end" />
      <bpmn:sequenceFlow id="f0" sourceRef="everyMinute" targetRef="end" />
      """);

  record Payload(String file, String xml, String element, String code) {}

  static final java.util.List<Payload> ALL = java.util.List.of(
      new Payload("evil.dmn", RCE_DMN, "rceInput", ModelGate.DMN_JUEL),
      new Payload("evil-jdbc.bpmn", JDBC_CONDITION, "leak", ModelGate.EXPRESSION),
      new Payload("evil-script.bpmn", SCRIPT_TASK, "runScript", ModelGate.SCRIPT),
      new Payload("evil-class.bpmn", JAVA_CLASS, "runClass", ModelGate.JAVA_CLASS),
      new Payload("evil-timer.bpmn", TIMER_START, "evilTimer", ModelGate.TIMER_START_EXPRESSION));
}
