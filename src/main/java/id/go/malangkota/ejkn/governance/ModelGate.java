package id.go.malangkota.ejkn.governance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The model gate (ADR 1501): what a BPMN, DMN or form file may contain before the engine deploys it. Runs on every
 * deployment ({@link ModelGateDeployer}) and on every SOP proposal. It refuses what can run code or reach beyond
 * the model — scripts of any format, Java classes, connectors, external resources, external tasks, expressions
 * outside {@link ExpressionAllowList}, delegate expressions naming anything but a registered delegate bean,
 * expressions in timer start events, non-FEEL DMN, a history time-to-live in the model (retention is the
 * operator's) — and files of any other type.
 */
public final class ModelGate {

  public static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  public static final String CAMUNDA_BPMN_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final Set<String> SKIPPED_BPMN = Set.of("documentation", "text");
  private static final Set<String> FORM_COMPONENTS = Set.of("default", "text", "textfield", "textarea", "number",
      "checkbox", "checklist", "radio", "select", "taglist", "datetime", "group", "dynamiclist", "separator",
      "spacer", "button");
  private static final ObjectMapper JSON = new ObjectMapper();

  // stable codes
  public static final String RESOURCE_TYPE = "MODEL_RESOURCE_TYPE_NOT_ALLOWED";
  public static final String UNREADABLE = "MODEL_UNREADABLE";
  public static final String SCRIPT = "MODEL_SCRIPT_NOT_ALLOWED";
  public static final String JAVA_CLASS = "MODEL_JAVA_CLASS_NOT_ALLOWED";
  public static final String CONNECTOR = "MODEL_CONNECTOR_NOT_ALLOWED";
  public static final String EXTERNAL_RESOURCE = "MODEL_EXTERNAL_RESOURCE_NOT_ALLOWED";
  public static final String EXTERNAL_TASK = "MODEL_EXTERNAL_TASK_NOT_ALLOWED";
  public static final String DELEGATE = "MODEL_DELEGATE_NOT_REGISTERED";
  public static final String EXPRESSION = "MODEL_EXPRESSION_NOT_ALLOWED";
  public static final String TIMER_START_EXPRESSION = "MODEL_TIMER_START_EXPRESSION_NOT_ALLOWED";
  public static final String DMN_LANGUAGE = "MODEL_DMN_LANGUAGE_NOT_FEEL";
  public static final String DMN_JUEL = "MODEL_DMN_JUEL_NOT_ALLOWED";
  public static final String FEEL_EXTERNAL = "MODEL_FEEL_EXTERNAL_FUNCTION_NOT_ALLOWED";
  public static final String FORM = "MODEL_FORM_NOT_ALLOWED";
  public static final String HISTORY_TTL = "MODEL_HISTORY_TTL_NOT_ALLOWED";
  private static final String TTL_MESSAGE = "history time-to-live tidak boleh ditetapkan di model; masa simpan riwayat"
      + " ditetapkan operator (EJKN_HISTORY_RETENTION_DAYS)";

  private ModelGate() {}

  public static boolean isBpmn(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".bpmn") || n.endsWith(".bpmn20.xml");
  }

  public static boolean isDmn(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".dmn") || n.endsWith(".dmn11.xml");
  }

  public static boolean isForm(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".form");
  }

  /** Every reason to refuse this file; empty when it may be deployed. */
  public static List<Finding> check(String resource, byte[] content, Set<String> delegateBeans) {
    Findings out = new Findings(resource);
    if (isBpmn(resource)) {
      Document doc = parse(resource, content, out);
      if (doc != null) {
        bpmn(doc.getDocumentElement(), false, delegateBeans, out);
      }
    } else if (isDmn(resource)) {
      Document doc = parse(resource, content, out);
      if (doc != null) {
        dmn(doc.getDocumentElement(), out);
      }
    } else if (isForm(resource)) {
      form(content, out);
    } else {
      out.add(resource, RESOURCE_TYPE, "jenis berkas ini tidak dapat di-deploy; yang diizinkan hanya .bpmn, .dmn dan .form");
    }
    return out.list();
  }

  // ---------------------------------------------------------------- BPMN

  private static void bpmn(Element e, boolean inTimerStart, Set<String> delegates, Findings out) {
    String ns = e.getNamespaceURI() == null ? "" : e.getNamespaceURI();
    String ln = local(e);
    if (ns.contains("BPMN/20100524/DI") || ns.contains("DD/20100524")) {
      return; // diagram layout only
    }
    boolean bpmnNs = BPMN_NS.equals(ns);
    if (bpmnNs && SKIPPED_BPMN.contains(ln)) {
      return; // documentation and annotations are never evaluated
    }
    String id = idOf(e, out.resource);
    if (bpmnNs && ln.equals("scriptTask")) {
      out.add(id, SCRIPT, "tugas skrip (script task) tidak diizinkan; gunakan service task dengan delegate yang terdaftar");
    } else if (ln.equals("script") && (bpmnNs || CAMUNDA_BPMN_NS.equals(ns))) {
      out.add(id, SCRIPT, "skrip (format apa pun, termasuk juel) tidak diizinkan");
    } else if (CAMUNDA_BPMN_NS.equals(ns) && ln.equals("connector")) {
      out.add(id, CONNECTOR, "konektor (camunda:connector) tidak diizinkan");
    }
    boolean startTimer = inTimerStart || bpmnNs && ln.equals("timerEventDefinition") && e.getParentNode() instanceof Element p
        && BPMN_NS.equals(p.getNamespaceURI()) && "startEvent".equals(local(p));
    boolean property = CAMUNDA_BPMN_NS.equals(ns) && ln.equals("property");
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr a = (Attr) attrs.item(i);
      String ans = a.getNamespaceURI() == null ? "" : a.getNamespaceURI();
      if (ans.equals(XMLConstants.XMLNS_ATTRIBUTE_NS_URI)) {
        continue;
      }
      String an = local(a);
      String value = a.getValue();
      boolean qualified = CAMUNDA_BPMN_NS.equals(ans);
      // camunda:executionListener class="…" / delegateExpression="…": unqualified attributes of a camunda element
      boolean camunda = qualified || ans.isEmpty() && CAMUNDA_BPMN_NS.equals(ns);
      if (camunda && (an.equals("class") || an.endsWith("Class"))) {
        out.add(id, JAVA_CLASS, "kelas Java (camunda:" + an + ") tidak diizinkan; gunakan delegate yang terdaftar");
        continue;
      }
      if (qualified && an.equals("historyTimeToLive")) {
        out.add(id, HISTORY_TTL, TTL_MESSAGE);
        continue;
      }
      if (an.equals("scriptFormat")) {
        out.add(id, SCRIPT, "skrip (scriptFormat) tidak diizinkan");
        continue;
      }
      if (camunda && an.equals("resource")) {
        out.add(id, EXTERNAL_RESOURCE, "sumber luar (camunda:resource) tidak diizinkan");
        continue;
      }
      if (qualified && (an.equals("type") || an.equals("topic"))) {
        out.add(id, EXTERNAL_TASK, "tugas eksternal (camunda:" + an + ") tidak diizinkan");
        continue;
      }
      String lower = value.toLowerCase(Locale.ROOT);
      if (lower.contains("deployment:") || lower.contains("classpath:")) {
        out.add(id, EXTERNAL_RESOURCE, "rujukan ke sumber luar ('" + clip(value) + "') tidak diizinkan");
        continue;
      }
      if (camunda && an.endsWith("elegateExpression")) {
        String name = delegateName(value);
        if (name == null || !delegates.contains(name)) {
          out.add(id, DELEGATE, "delegate '" + clip(value) + "' bukan delegate terdaftar; tulis persis ${namaDelegate}"
              + " dengan nama salah satu delegate aplikasi");
        }
        continue;
      }
      if (!property) {
        expression(id, value, startTimer, out);
      }
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        bpmn(child, startTimer, delegates, out);
      } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        expression(id, n.getNodeValue(), startTimer, out);
      }
    }
  }

  private static void expression(String id, String value, boolean inTimerStart, Findings out) {
    if (!ExpressionAllowList.hasExpression(value)) {
      return;
    }
    if (inTimerStart) {
      out.add(id, TIMER_START_EXPRESSION, "timer pada start event tidak boleh memakai ekspresi ('" + clip(value)
          + "'); tulis tanggal/durasi/siklus ISO 8601 secara langsung");
      return;
    }
    String problem = ExpressionAllowList.problemInText(value);
    if (problem != null) {
      out.add(id, EXPRESSION, "ekspresi '" + clip(value) + "' tidak diizinkan: " + problem);
    }
  }

  /** {@code ${name}} or {@code #{name}} exactly, else null. */
  static String delegateName(String value) {
    String v = value.strip();
    if ((v.startsWith("${") || v.startsWith("#{")) && v.endsWith("}")) {
      String name = v.substring(2, v.length() - 1).strip();
      if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        return name;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- DMN

  private static void dmn(Element e, Findings out) {
    String ns = e.getNamespaceURI() == null ? "" : e.getNamespaceURI();
    String ln = local(e);
    if (ns.contains("DMNDI") || ns.endsWith("/DC/") || ns.endsWith("/DI/") || ln.equals("description")) {
      return;
    }
    String id = idOf(e, out.resource);
    String language = e.getAttribute("expressionLanguage");
    if (!language.isEmpty() && !isFeel(language)) {
      out.add(id, DMN_LANGUAGE, "bahasa ekspresi '" + clip(language) + "' tidak diizinkan; tabel keputusan hanya memakai FEEL");
    }
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Node a = attrs.item(i);
      if ("historyTimeToLive".equals(local(a)) && a.getNamespaceURI() != null && a.getNamespaceURI().startsWith("http://camunda.org/schema/")) {
        out.add(id, HISTORY_TTL, TTL_MESSAGE);
      }
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        dmn(child, out);
      } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        String text = n.getNodeValue();
        if (ExpressionAllowList.hasExpression(text)) {
          out.add(id, DMN_JUEL, "ekspresi JUEL ('" + clip(text) + "') tidak diizinkan di DMN; tulis dalam FEEL");
        } else if (hasExternalFunction(text)) {
          out.add(id, FEEL_EXTERNAL, "fungsi eksternal FEEL (memanggil kelas Java) tidak diizinkan");
        }
      }
    }
  }

  static boolean isFeel(String language) {
    String l = language.strip().toLowerCase(Locale.ROOT);
    return l.equals("feel") || l.matches("https?://www\\.omg\\.org/spec/(feel/20140401|dmn/\\d{8}/feel/?)");
  }

  /** The FEEL keyword {@code external} outside string literals. */
  static boolean hasExternalFunction(String text) {
    String withoutStrings = text.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
    return withoutStrings.matches("(?s).*\\bexternal\\b.*");
  }

  // ---------------------------------------------------------------- forms

  private static void form(byte[] content, Findings out) {
    JsonNode root;
    try {
      root = JSON.readTree(content);
    } catch (Exception e) {
      out.add(out.resource, UNREADABLE, "formulir bukan JSON yang valid");
      return;
    }
    if (root == null || !root.isObject() || !root.path("components").isArray() || !root.path("id").isTextual()) {
      out.add(out.resource, FORM, "formulir harus berupa Camunda Form dengan 'id' dan 'components'");
      return;
    }
    components(root.path("components"), out);
  }

  private static void components(JsonNode list, Findings out) {
    for (JsonNode c : list) {
      String type = c.path("type").asText("");
      String id = c.path("id").asText(out.resource);
      if (!FORM_COMPONENTS.contains(type)) {
        out.add(id, FORM, "komponen formulir jenis '" + clip(type) + "' tidak diizinkan");
      }
      if (c.path("components").isArray()) {
        components(c.path("components"), out);
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private static Document parse(String resource, byte[] content, Findings out) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(content));
    } catch (Exception e) {
      out.add(resource, UNREADABLE, "berkas bukan XML yang valid atau memakai DOCTYPE (tidak diizinkan)");
      return null;
    }
  }

  private static String local(Node n) {
    return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
  }

  private static String idOf(Element e, String fallback) {
    for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
      if (!el.getAttribute("id").isEmpty()) {
        return el.getAttribute("id");
      }
    }
    return fallback;
  }

  static String clip(String s) {
    String one = s.strip().replaceAll("\\s+", " ");
    return one.length() > 80 ? one.substring(0, 77) + "…" : one;
  }

  private static final class Findings {
    final String resource;
    final Set<Finding> found = new LinkedHashSet<>();

    Findings(String resource) {
      this.resource = resource;
    }

    void add(String element, String code, String message) {
      found.add(new Finding(resource, element, code, message));
    }

    List<Finding> list() {
      return new ArrayList<>(found);
    }
  }
}
