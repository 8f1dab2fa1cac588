package id.go.malangkota.ejkn.sop;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;

/**
 * The SOP lines of a step's {@code bpmn:documentation}: "Pelaksana: …", "Kebutuhan: …", "Hasil: …", "Waktu: …".
 * A line without a known label continues the previous field, so the process owner may wrap long text in the
 * Modeler; text before the first label is kept as a free description.
 */
public record StepDocumentation(String description, String pelaksana, String kebutuhan, String hasil, String waktu) {

  public static final String PELAKSANA = "Pelaksana";
  public static final String KEBUTUHAN = "Kebutuhan";
  public static final String HASIL = "Hasil";
  public static final String WAKTU = "Waktu";

  static final StepDocumentation EMPTY = new StepDocumentation("", "", "", "", "");

  public static StepDocumentation of(BaseElement element) {
    StringBuilder text = new StringBuilder();
    for (Documentation d : element.getDocumentations()) {
      if (d.getTextContent() != null) {
        text.append(d.getTextContent()).append('\n');
      }
    }
    return parse(text.toString());
  }

  public static StepDocumentation parse(String text) {
    if (text == null || text.isBlank()) {
      return EMPTY;
    }
    Map<String, StringBuilder> fields = new LinkedHashMap<>();
    String current = "";
    fields.put(current, new StringBuilder());
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      String label = labelOf(line);
      if (label != null) {
        current = label;
        line = line.substring(line.indexOf(':') + 1).strip();
        fields.putIfAbsent(current, new StringBuilder());
      }
      StringBuilder field = fields.get(current);
      if (!field.isEmpty() && !line.isEmpty()) {
        field.append(' ');
      }
      field.append(line);
    }
    return new StepDocumentation(get(fields, ""), get(fields, PELAKSANA), get(fields, KEBUTUHAN), get(fields, HASIL),
        get(fields, WAKTU));
  }

  private static String labelOf(String line) {
    int colon = line.indexOf(':');
    if (colon < 0) {
      return null;
    }
    String head = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    for (String label : new String[] {PELAKSANA, KEBUTUHAN, HASIL, WAKTU}) {
      if (head.equals(label.toLowerCase(Locale.ROOT))) {
        return label;
      }
    }
    return null;
  }

  private static String get(Map<String, StringBuilder> fields, String key) {
    StringBuilder b = fields.get(key);
    return b == null ? "" : b.toString();
  }
}
