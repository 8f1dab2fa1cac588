package id.go.malangkota.ejkn.policy;

import java.util.Map;

/**
 * One test case for one rule: a readable policy sentence, the rule it is about, the inputs and the
 * outputs expected from that rule.
 */
record RuleCase(String name, String ruleId, Map<String, Object> variables, Map<String, Object> expected) {

  @Override
  public String toString() {
    return name;
  }
}
