package id.go.malangkota.ejkn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Indonesian translation of the Camunda webapps (Tasklist, Welcome, Admin, Cockpit) stays complete: each
 * {@code id.json} in src/main/resources has exactly the keys of the English {@code en.json} shipped in the
 * camunda-webapp-webjar, no empty text and the same {{placeholders}}; each overridden {@code config.js}
 * offers Indonesian.
 */
class WebappLocaleTest {

  private static final String WEBJAR_APP = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
  private static final Pattern PRINTF = Pattern.compile("%[sd]");
  /** HTML in the texts (links, line breaks, emphasis); not {@code <null>}-like value markers. */
  private static final Pattern HTML_TAG = Pattern.compile("</?(?:a|b|br|code|em|i|li|p|span|strong|ul)\\b[^>]*>");
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * The only texts left empty on purpose: the English plural suffix "s" (Cockpit's PLGN_BATCH_S, PLGN_MIG_S, ...
   * appended to "instance"); Indonesian has no plural suffix ("instans" is singular and plural).
   */
  private static final String ENGLISH_PLURAL_SUFFIX = "s";

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void indonesianLocaleHasExactlyTheEnglishKeys(String app) throws IOException {
    Map<String, JsonNode> english = flatten(readJson(englishLocale(app)));
    Map<String, JsonNode> indonesian = flatten(readJson(indonesianLocale(app)));

    assertThat(english).as("English locale of %s from the webjar", app).hasSizeGreaterThan(100);
    assertThat(indonesian.keySet())
        .as("keys of %s/locales/id.json compared with the webjar's en.json", app)
        .containsExactlyInAnyOrderElementsOf(english.keySet());
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void everyIndonesianTextIsFilledAndKeepsThePlaceholders(String app) throws IOException {
    Map<String, JsonNode> english = flatten(readJson(englishLocale(app)));
    Map<String, JsonNode> indonesian = flatten(readJson(indonesianLocale(app)));

    List<String> problems = new ArrayList<>();
    indonesian.forEach((key, value) -> {
      JsonNode original = english.get(key);
      if (original == null) {
        return; // reported by the key test
      }
      if (original.isTextual() != value.isTextual() || original.isNumber() != value.isNumber()) {
        problems.add(key + ": type " + value.getNodeType() + " instead of " + original.getNodeType());
        return;
      }
      if (!value.isTextual()) {
        return;
      }
      String text = value.textValue();
      if (original.textValue().equals(ENGLISH_PLURAL_SUFFIX) && key.endsWith("_S")) {
        if (!text.isEmpty()) {
          problems.add(key + ": Indonesian has no plural suffix, expected empty");
        }
        return;
      }
      if (text.isBlank()) {
        problems.add(key + ": empty");
      }
      if (!placeholders(text).equals(placeholders(original.textValue()))) {
        problems.add(key + ": placeholders " + placeholders(text) + " instead of "
            + placeholders(original.textValue()));
      }
      if (!all(PRINTF, text).equals(all(PRINTF, original.textValue()))) {
        problems.add(key + ": %s/%d markers differ from the English text");
      }
      if (!all(HTML_TAG, text).equals(all(HTML_TAG, original.textValue()))) {
        problems.add(key + ": HTML tags " + all(HTML_TAG, text) + " instead of " + all(HTML_TAG, original.textValue()));
      }
    });
    assertThat(problems).as("texts of %s/locales/id.json", app).isEmpty();
  }

  /**
   * Texts that stay as in English: product and type names, terms Indonesian IT uses as they are, words spelled
   * the same in both languages, date patterns and symbols. Anything else equal to the English text is untranslated.
   */
  private static final Set<String> SAME_IN_INDONESIAN = Set.of(
      " (Multi Instance Body)", " Deploy", "<", "<=", "<null>", ">", ">=", "Admin", "Apr", "April", "Batch",
      "Boolean", "CSV", "Camunda", "Camunda Cockpit", "Cockpit", "D MMMM YYYY", "DD/MM/YYYY", "Deploy",
      "Deployment", "Diagram", "Double", "Endpoint", "Exception", "Feb", "Filter", "GLOBAL", "ID", "ID*",
      "Integer", "JSON", "Jan", "Job", "Jul", "Jun", "L", "Label", "Long", "Mar", "Min", "Minimum:", "Nov",
      "November", "OK", "Operator", "Optimize", "Payload", "Runtime", "Sep", "September", "Short", "Status",
      "String", "Tasklist", "Tenant", "Tenant: ID", "Total", "Valid", "YYYY-MM-DDTHH:mm:ss", "batch", "null");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void noTextIsLeftInEnglish(String app) throws IOException {
    Map<String, JsonNode> english = flatten(readJson(englishLocale(app)));
    Map<String, JsonNode> indonesian = flatten(readJson(indonesianLocale(app)));

    List<String> untranslated = new ArrayList<>();
    english.forEach((key, original) -> {
      JsonNode value = indonesian.get(key);
      if (original.isTextual() && value != null && !original.textValue().isEmpty()
          && original.textValue().equals(value.asText()) && !SAME_IN_INDONESIAN.contains(original.textValue())) {
        untranslated.add(key + ": " + original.textValue());
      }
    });
    assertThat(untranslated).as("texts of %s/locales/id.json still in English", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void overriddenConfigShowsOnlyIndonesian(String app) throws IOException {
    String config = read(resource(WEBJAR_APP + app + "/scripts/config.js", "project"));
    String code = config.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");

    assertThat(code).as("%s/scripts/config.js without comments", app)
        .containsPattern("availableLocales\\s*:\\s*\\[\\s*'id'\\s*]")
        .containsPattern("fallbackLocale\\s*:\\s*'id'");
  }

  /** en.json of the webjar on the classpath (not a copy of ours). */
  private static URL englishLocale(String app) throws IOException {
    return resource(WEBJAR_APP + app + "/locales/en.json", "camunda-webapp-webjar");
  }

  /** Our id.json, from target/classes. */
  private static URL indonesianLocale(String app) throws IOException {
    return resource(WEBJAR_APP + app + "/locales/id.json", "project");
  }

  private static URL resource(String path, String origin) throws IOException {
    ClassLoader loader = WebappLocaleTest.class.getClassLoader();
    for (Iterator<URL> it = loader.getResources(path).asIterator(); it.hasNext(); ) {
      URL url = it.next();
      boolean inWebjar = url.toString().contains("camunda-webapp-webjar");
      if (inWebjar == origin.equals("camunda-webapp-webjar")) {
        return url;
      }
    }
    throw new AssertionError(path + " not found on the classpath (" + origin + ")");
  }

  private static JsonNode readJson(URL url) throws IOException {
    // the webjar's en.json starts with a UTF-8 byte order mark; Jackson skips it when reading bytes
    try (InputStream in = url.openStream()) {
      return JSON.readTree(in);
    }
  }

  private static String read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Leaves of the JSON tree by path: {@code labels.TASK}, {@code dateLocales.months[0]}. */
  private static Map<String, JsonNode> flatten(JsonNode root) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    flatten("", root, leaves);
    return leaves;
  }

  private static void flatten(String path, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(),
          e.getValue(), leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1).replaceAll("\\s+", ""));
    }
    return names;
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> markers = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      markers.add(m.group());
    }
    markers.sort(String::compareTo);
    return markers;
  }
}
