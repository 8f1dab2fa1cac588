package id.go.malangkota.ejkn.deactivation;

import id.go.malangkota.ejkn.intake.FieldError;
import id.go.malangkota.ejkn.intake.InvalidApplicationException;
import id.go.malangkota.ejkn.intake.StartInput;
import id.go.malangkota.ejkn.intake.StrictJson;
import id.go.malangkota.ejkn.policy.DocumentFlags;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a start of the deactivation process may carry: the API's request (transient {@value #REQUEST}) or the fields
 * of the Tasklist start form; anything else is refused.
 */
@Component
public class DeactivationStartInput {

  public static final String REQUEST = "deactivationRequest";
  static final Set<String> FORM_FIELDS = Set.of("kelurahanCode", "nik", "deactivationReason", "deactivationNote",
      "email");

  private final StrictJson json;
  private final DocumentFlags documentFlags;

  public DeactivationStartInput(StrictJson json, DocumentFlags documentFlags) {
    this.json = json;
    this.documentFlags = documentFlags;
  }

  public DeactivationRequest read(Map<String, Object> variables) {
    Set<String> flags = documentFlags.known();
    List<FieldError> refused = new ArrayList<>();
    for (String name : variables.keySet()) {
      boolean document = name.startsWith("doc") && name.length() > 3
          && flags.contains(Character.toLowerCase(name.charAt(3)) + name.substring(4));
      if (!REQUEST.equals(name) && !FORM_FIELDS.contains(name) && !document) {
        refused.add(new FieldError(name, "Data ini diisi oleh sistem dan tidak boleh dikirim saat memulai permohonan."));
      }
    }
    if (!refused.isEmpty()) {
      throw new InvalidApplicationException(refused);
    }
    Object api = variables.get(REQUEST);
    if (api != null) {
      return json.read(api.toString(), DeactivationRequest.class);
    }
    Map<String, Boolean> documents = new LinkedHashMap<>();
    for (String flag : flags) {
      Object given = variables.get(StartInput.formField(flag));
      if (given != null) {
        documents.put(flag, Boolean.TRUE.equals(given));
      }
    }
    return new DeactivationRequest(string(variables, "kelurahanCode"), string(variables, "nik"),
        string(variables, "deactivationReason"), string(variables, "deactivationNote"), string(variables, "email"),
        documents);
  }

  private static String string(Map<String, Object> v, String name) {
    Object value = v.get(name);
    return value == null ? null : value.toString();
  }
}
