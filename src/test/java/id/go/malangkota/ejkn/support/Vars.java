package id.go.malangkota.ejkn.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Typed variables for {@code /engine-rest/task/{id}/complete}: {@code {"value": …, "type": …}}. */
public final class Vars {

  private Vars() {}

  public static Map<String, Object> string(String value) {
    return typed(value, "String");
  }

  /** A JSON value (Spin), e.g. {@code fktpAssignments}. */
  public static Map<String, Object> json(String value) {
    return typed(value, "Json");
  }

  public static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  /** Pairs of name and string value: {@code strings("civilRegistryDecision", "APPROVE", …)}. */
  public static Map<String, Object> strings(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values come in pairs");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      out.put(namesAndValues[i], string(namesAndValues[i + 1]));
    }
    return out;
  }
}
