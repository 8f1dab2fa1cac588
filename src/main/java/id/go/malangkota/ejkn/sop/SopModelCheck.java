package id.go.malangkota.ejkn.sop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * What the SOP needs from every user task, so that no step can silently drop out of the printed SOP: a name
 * (Kegiatan), a lane (Pelaksana), documentation with the lines "Pelaksana:", "Kebutuhan:" and "Hasil:"
 * (Kelengkapan and Output), and a row of its own in the {@code time-standards} table (Waktu) — the catch-all row
 * gives every task a due date, but a step without its own row has no standard the process owner has decided.
 */
public final class SopModelCheck {

  public static final String TIME_STANDARDS = "time-standards";
  private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"]*)\"");

  private SopModelCheck() {}

  /** Problems found in one diagram, each a readable Indonesian sentence naming the file and the task. */
  public static List<String> check(String source, BpmnModelInstance model, Set<String> stepsWithTimeStandard) {
    List<String> problems = new ArrayList<>();
    Set<String> inLane = new HashSet<>();
    for (Lane lane : model.getModelElementsByType(Lane.class)) {
      for (FlowNode n : lane.getFlowNodeRefs()) {
        inLane.add(n.getId());
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String where = source + ": tugas '" + task.getId() + "'"
          + (SopFlow.notBlank(task.getName()) ? " (" + SopFlow.clean(task.getName()) + ")" : "");
      if (!SopFlow.notBlank(task.getName())) {
        problems.add(where + " tidak bernama (kolom Kegiatan kosong)");
      }
      if (!inLane.contains(task.getId())) {
        problems.add(where + " tidak berada di lane mana pun (kolom Pelaksana kosong)");
      }
      StepDocumentation doc = StepDocumentation.of(task);
      if (doc.pelaksana().isBlank()) {
        problems.add(where + " tidak memiliki baris dokumentasi \"Pelaksana: …\"");
      }
      if (doc.kebutuhan().isBlank()) {
        problems.add(where + " tidak memiliki baris dokumentasi \"Kebutuhan: …\" (kolom Kelengkapan)");
      }
      if (doc.hasil().isBlank()) {
        problems.add(where + " tidak memiliki baris dokumentasi \"Hasil: …\" (kolom Output)");
      }
      if (!stepsWithTimeStandard.contains(task.getId())) {
        problems.add(where + " tidak memiliki baris sendiri di tabel DMN " + TIME_STANDARDS + " (kolom Waktu)");
      }
    }
    return problems;
  }

  /**
   * The step ids that a rule of the time-standards table names explicitly in its "step" column (string literals,
   * e.g. {@code "verifyWelfare","verifyEmployment"}); a row with "-" or a negation names no step.
   */
  public static Set<String> stepsWithTimeStandard(DmnModelInstance dmn) {
    Decision decision = dmn.getModelElementById(TIME_STANDARDS);
    if (decision == null) {
      throw new IllegalArgumentException("the DMN has no decision " + TIME_STANDARDS);
    }
    DecisionTable table = decision.getChildElementsByType(DecisionTable.class).iterator().next();
    List<Input> inputs = new ArrayList<>(table.getInputs());
    int column = -1;
    for (int i = 0; i < inputs.size(); i++) {
      if ("step".equals(inputs.get(i).getInputExpression().getText().getTextContent().strip())) {
        column = i;
      }
    }
    if (column < 0) {
      throw new IllegalArgumentException(TIME_STANDARDS + " has no input \"step\"");
    }
    Set<String> steps = new HashSet<>();
    for (Rule rule : table.getRules()) {
      InputEntry entry = new ArrayList<>(rule.getInputEntries()).get(column);
      String text = entry.getText() == null ? "" : entry.getText().getTextContent().strip();
      if (text.startsWith("not(")) {
        continue;
      }
      Matcher m = STRING_LITERAL.matcher(text);
      while (m.find()) {
        steps.add(m.group(1));
      }
    }
    return steps;
  }
}
