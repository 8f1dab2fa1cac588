package id.go.malangkota.ejkn.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.go.malangkota.ejkn.bpjs.Masking;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the personal data in an application's trail for viewers who may not see it. Three layers, because
 * personal data hides in three shapes: fields known by name (in plain variables and inside JSON variables),
 * values of this application that turn up in free text (a name in a summary, a NIK in a file name), and anything
 * shaped like a NIK, an e-mail address or a phone number.
 */
public final class PersonalData {

  enum Kind { NIK, NAME, FAMILY_CARD, CARD, ADDRESS, PHONE, EMAIL, BIRTH_DATE }

  /** Field and variable names that hold personal data. */
  static final Map<String, Kind> FIELDS = Map.ofEntries(
      Map.entry("nik", Kind.NIK), Map.entry("applicantNik", Kind.NIK), Map.entry("submittedByNik", Kind.NIK),
      Map.entry("name", Kind.NAME), Map.entry("applicantName", Kind.NAME), Map.entry("submittedByName", Kind.NAME),
      Map.entry("familyCardNumber", Kind.FAMILY_CARD), Map.entry("cardNumber", Kind.CARD),
      Map.entry("address", Kind.ADDRESS), Map.entry("phone", Kind.PHONE), Map.entry("email", Kind.EMAIL),
      Map.entry("birthDate", Kind.BIRTH_DATE), Map.entry("applicantBirthDate", Kind.BIRTH_DATE));

  private static final Pattern SIXTEEN_DIGITS = Pattern.compile("(?<!\\d)\\d{16}(?!\\d)");
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
  private static final Pattern PHONE = Pattern.compile("(?<![\\w])(\\+?62|0)8[\\d\\s-]{7,16}\\d");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final boolean mask;
  /** known value → its masked form, longest first so that a full name is replaced before a part of it */
  private final Map<String, String> known = new java.util.TreeMap<>(
      Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));

  private PersonalData(boolean mask) {
    this.mask = mask;
  }

  public static PersonalData shown() {
    return new PersonalData(false);
  }

  public static PersonalData masked() {
    return new PersonalData(true);
  }

  public boolean masking() {
    return mask;
  }

  /** Learns the personal values of a variable (plain or JSON), so they are also found in free text. */
  public void learn(String variableName, String value) {
    if (!mask || value == null || value.isBlank()) {
      return;
    }
    Kind kind = FIELDS.get(variableName);
    if (kind != null) {
      remember(kind, value);
      return;
    }
    JsonNode tree = parse(value);
    if (tree != null) {
      learn(tree);
    }
  }

  private void learn(JsonNode node) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        Kind kind = FIELDS.get(e.getKey());
        if (kind != null && e.getValue().isTextual()) {
          remember(kind, e.getValue().asText());
        } else {
          learn(e.getValue());
        }
      });
    } else if (node.isArray()) {
      node.forEach(this::learn);
    }
  }

  private void remember(Kind kind, String value) {
    String v = value.trim();
    if (v.length() >= 3) {
      known.put(v, mask(kind, v));
    }
  }

  /** A variable's value as the viewer may see it. */
  public String variable(String name, String value) {
    if (!mask || value == null) {
      return value;
    }
    Kind kind = FIELDS.get(name);
    if (kind != null) {
      return mask(kind, value);
    }
    JsonNode tree = parse(value);
    if (tree != null && (tree.isObject() || tree.isArray())) {
      return maskTree(tree).toString();
    }
    return text(value);
  }

  /** Free text as the viewer may see it. */
  public String text(String value) {
    if (!mask || value == null || value.isEmpty()) {
      return value;
    }
    String out = value;
    for (Map.Entry<String, String> e : known.entrySet()) {
      out = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(e.getKey()) + "(?![\\p{L}\\d])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(out).replaceAll(Matcher.quoteReplacement(e.getValue()));
    }
    out = replace(SIXTEEN_DIGITS, out, Masking::nik);
    out = replace(EMAIL, out, PersonalData::maskEmail);
    out = replace(PHONE, out, PersonalData::maskPhone);
    return out;
  }

  /** A JSON value (already parsed) as the viewer may see it; any type of node. */
  public JsonNode json(JsonNode node) {
    return mask ? maskTree(node) : node;
  }

  private JsonNode maskTree(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = JSON.createObjectNode();
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> e = fields.next();
        Kind kind = FIELDS.get(e.getKey());
        if (kind != null && e.getValue().isValueNode() && !e.getValue().isNull()) {
          copy.set(e.getKey(), TextNode.valueOf(mask(kind, e.getValue().asText())));
        } else {
          copy.set(e.getKey(), maskTree(e.getValue()));
        }
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JSON.createArrayNode();
      node.forEach(n -> copy.add(maskTree(n)));
      return copy;
    }
    if (node.isTextual()) {
      return TextNode.valueOf(text(node.asText()));
    }
    return node;
  }

  static String mask(Kind kind, String value) {
    return switch (kind) {
      case NIK, FAMILY_CARD -> Masking.nik(value);
      case CARD -> Masking.cardNumber(value);
      case NAME -> Masking.name(value);
      case ADDRESS -> "[alamat disamarkan]";
      case PHONE -> maskPhone(value);
      case EMAIL -> maskEmail(value);
      case BIRTH_DATE -> "****-**-**";
    };
  }

  static String maskEmail(String email) {
    int at = email.indexOf('@');
    return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
  }

  static String maskPhone(String phone) {
    String digits = phone.replaceAll("\\D", "");
    return digits.length() <= 3 ? "***" : "*".repeat(digits.length() - 3) + digits.substring(digits.length() - 3);
  }

  private static String replace(Pattern p, String text, java.util.function.UnaryOperator<String> how) {
    Matcher m = p.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(how.apply(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static JsonNode parse(String value) {
    String v = value.trim();
    if (!(v.startsWith("{") || v.startsWith("["))) {
      return null;
    }
    try {
      return JSON.readTree(v);
    } catch (Exception e) {
      return null;
    }
  }

  /** Personal field names, for the UI note. */
  static Set<String> fieldNames() {
    return FIELDS.keySet();
  }

  /** Small helper for the unit test. */
  Map<String, String> knownValues() {
    return new LinkedHashMap<>(known);
  }
}
