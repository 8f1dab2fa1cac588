package id.go.malangkota.ejkn.governance;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * What a proposed file changes against the deployed version (ADR 1501), for the approver: in a BPMN, tasks and
 * events added, removed or renamed (by element id); in a DMN, rules added, removed or changed (by rule id, in
 * every decision table). A file with no deployed version is new.
 */
public final class ModelChanges {

  public record Change(String file, String kind, String element, String before, String after, String text) {}

  private ModelChanges() {}

  public static List<Change> of(String file, byte[] proposed, byte[] deployed) {
    List<Change> out = new ArrayList<>();
    if (deployed == null) {
      out.add(new Change(file, "FILE_NEW", file, null, null, "berkas baru (belum pernah di-deploy)"));
      return out;
    }
    try {
      if (ModelGate.isBpmn(file)) {
        bpmn(file, read(proposed), read(deployed), out);
      } else if (ModelGate.isDmn(file)) {
        dmn(file, dmnRead(proposed), dmnRead(deployed), out);
      } else if (!java.util.Arrays.equals(proposed, deployed)) {
        out.add(new Change(file, "FILE_CHANGED", file, null, null, "isi formulir berubah"));
      }
    } catch (RuntimeException e) {
      out.add(new Change(file, "FILE_UNREADABLE", file, null, null, "perubahan tidak dapat dibandingkan: berkas tidak terbaca"));
    }
    if (out.isEmpty()) {
      out.add(new Change(file, "FILE_UNCHANGED", file, null, null, "tidak ada tugas, kejadian atau aturan yang berubah"));
    }
    return out;
  }

  private static BpmnModelInstance read(byte[] b) {
    return Bpmn.readModelFromStream(new ByteArrayInputStream(b));
  }

  private static DmnModelInstance dmnRead(byte[] b) {
    return Dmn.readModelFromStream(new ByteArrayInputStream(b));
  }

  private static Map<String, FlowNode> steps(BpmnModelInstance model) {
    Map<String, FlowNode> steps = new LinkedHashMap<>();
    for (FlowNode n : model.getModelElementsByType(FlowNode.class)) {
      if (n instanceof Activity || n instanceof Event) {
        steps.put(n.getId(), n);
      }
    }
    return steps;
  }

  private static void bpmn(String file, BpmnModelInstance proposed, BpmnModelInstance deployed, List<Change> out) {
    Map<String, FlowNode> now = steps(proposed);
    Map<String, FlowNode> before = steps(deployed);
    for (FlowNode n : now.values()) {
      FlowNode old = before.get(n.getId());
      String kind = n instanceof Activity ? "TASK" : "EVENT";
      String label = n instanceof Activity ? "tugas" : "kejadian";
      if (old == null) {
        out.add(new Change(file, kind + "_ADDED", n.getId(), null, n.getName(), label + " ditambahkan: " + name(n)));
      } else if (!Objects.equals(clean(old.getName()), clean(n.getName()))) {
        out.add(new Change(file, kind + "_RENAMED", n.getId(), old.getName(), n.getName(),
            label + " '" + n.getId() + "' berganti nama: '" + clean(old.getName()) + "' → '" + clean(n.getName()) + "'"));
      }
    }
    for (FlowNode old : before.values()) {
      if (!now.containsKey(old.getId())) {
        String kind = old instanceof Activity ? "TASK" : "EVENT";
        out.add(new Change(file, kind + "_REMOVED", old.getId(), old.getName(), null,
            (old instanceof Activity ? "tugas" : "kejadian") + " dihapus: " + name(old)));
      }
    }
  }

  private static void dmn(String file, DmnModelInstance proposed, DmnModelInstance deployed, List<Change> out) {
    Map<String, String> now = rules(proposed);
    Map<String, String> before = rules(deployed);
    for (Map.Entry<String, String> r : now.entrySet()) {
      String old = before.get(r.getKey());
      if (old == null) {
        out.add(new Change(file, "RULE_ADDED", r.getKey(), null, r.getValue(), "aturan ditambahkan: " + r.getKey()));
      } else if (!old.equals(r.getValue())) {
        out.add(new Change(file, "RULE_CHANGED", r.getKey(), old, r.getValue(),
            "aturan '" + r.getKey() + "' berubah: " + old + " → " + r.getValue()));
      }
    }
    for (Map.Entry<String, String> r : before.entrySet()) {
      if (!now.containsKey(r.getKey())) {
        out.add(new Change(file, "RULE_REMOVED", r.getKey(), r.getValue(), null, "aturan dihapus: " + r.getKey()));
      }
    }
  }

  /** Every rule of every decision table: its id and "inputs | outputs" as written. */
  private static Map<String, String> rules(DmnModelInstance model) {
    Map<String, String> rules = new LinkedHashMap<>();
    for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
      String decision = ((DmnElement) table.getParentElement()).getId();
      for (Rule rule : table.getRules()) {
        List<String> in = rule.getInputEntries().stream().map(e -> text(e.getText())).toList();
        List<String> outs = rule.getOutputEntries().stream().map(e -> text(e.getText())).toList();
        rules.put(decision + "/" + rule.getId(), String.join(", ", in) + " ⇒ " + String.join(", ", outs));
      }
    }
    return rules;
  }

  private static String text(org.camunda.bpm.model.dmn.instance.Text t) {
    return t == null || t.getTextContent() == null ? "" : t.getTextContent().strip();
  }

  private static String name(FlowNode n) {
    return n.getName() == null || n.getName().isBlank() ? "'" + n.getId() + "'" : "'" + clean(n.getName()) + "' (" + n.getId() + ")";
  }

  private static String clean(String s) {
    return s == null ? null : s.strip().replaceAll("\\s+", " ");
  }
}
