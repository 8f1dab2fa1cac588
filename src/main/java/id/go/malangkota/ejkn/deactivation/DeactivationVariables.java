package id.go.malangkota.ejkn.deactivation;

import id.go.malangkota.ejkn.intake.ApplicationVariables;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * How a deactivation lives in the process: flat, typed variables that the Camunda Forms, the DMN tables
 * ({@code requestType}, {@code deactivationReason}) and Cockpit read directly. Document flags use the form names of
 * the {@code required-documents} table's flags ({@code deathCertificate} → {@code docDeathCertificate}).
 */
public final class DeactivationVariables {

  public static final String REQUEST_TYPE = "DEACTIVATION";
  public static final String NIK = "nik";
  public static final String REASON = "deactivationReason";
  public static final String REASON_LABEL = "deactivationReasonLabel";
  public static final String NOTE = "deactivationNote";
  public static final String EMAIL = "email";
  /** false when the request named no documents at all (an API client that sends only the contract fields). */
  public static final String DOCUMENTS_DECLARED = "documentsDeclared";

  private DeactivationVariables() {}

  /** The variables a start through the API carries (the Tasklist start form submits the same names). */
  public static Map<String, Object> forStart(DeactivationRequest d) {
    Map<String, Object> v = new HashMap<>();
    v.put("kelurahanCode", d.kelurahanCode());
    v.put(NIK, d.nik());
    v.put(REASON, d.reason());
    if (d.note() != null) {
      v.put(NOTE, d.note());
    }
    if (d.email() != null && !d.email().isBlank()) {
      v.put(EMAIL, d.email().trim());
    }
    v.put(DOCUMENTS_DECLARED, d.documents() != null);
    if (d.documents() != null) {
      d.documents().forEach((flag, given) -> v.put(ApplicationVariables.formFlag(flag), Boolean.TRUE.equals(given)));
    }
    return v;
  }

  /** Reads the request back from a start (API or form); {@code kelurahanCode} falls back to the officer's. */
  public static DeactivationRequest read(VariableScope scope, String officersKelurahan) {
    Object code = scope.getVariable("kelurahanCode");
    Map<String, Boolean> documents = null;
    if (!Boolean.FALSE.equals(scope.getVariable(DOCUMENTS_DECLARED))) {
      documents = new LinkedHashMap<>();
      for (String flag : ApplicationVariables.DOCUMENT_FLAGS) {
        Object v = scope.getVariable(ApplicationVariables.formFlag(flag));
        if (v != null) {
          documents.put(flag, Boolean.TRUE.equals(v));
        }
      }
    }
    return new DeactivationRequest(code == null ? officersKelurahan : code.toString(), trim(string(scope, NIK)),
        string(scope, REASON), blankToNull(string(scope, NOTE)), blankToNull(string(scope, EMAIL)), documents);
  }

  /** Normalises what was read: the values the rest of the process relies on. */
  public static void write(VariableScope scope, DeactivationRequest d) {
    scope.setVariable("requestType", REQUEST_TYPE);
    scope.setVariable("kelurahanCode", d.kelurahanCode());
    scope.setVariable(NIK, d.nik());
    scope.setVariable(REASON, d.reason());
    scope.setVariable(REASON_LABEL, DeactivationReasons.label(d.reason()));
    scope.setVariable(NOTE, d.note());
    scope.setVariable(EMAIL, d.email());
    scope.setVariable(DOCUMENTS_DECLARED, d.documents() != null);
    if (d.documents() != null) {
      for (String flag : ApplicationVariables.DOCUMENT_FLAGS) {
        scope.setVariable(ApplicationVariables.formFlag(flag), Boolean.TRUE.equals(d.documents().get(flag)));
      }
    }
  }

  static String string(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v == null ? null : v.toString();
  }

  private static String trim(String s) {
    return s == null ? null : s.trim();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
