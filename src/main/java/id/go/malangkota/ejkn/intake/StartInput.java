package id.go.malangkota.ejkn.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.intake.ApplicationRequest.Member;
import id.go.malangkota.ejkn.intake.ApplicationRequest.SubmittedBy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a start of an application process may carry, turned into an {@link ApplicationRequest}: either the API's
 * request (a transient variable {@value #REQUEST}, never stored by the engine) or the fields of the Tasklist start
 * form. Anything else — a preset application number, a kelurahan name, a variable the system sets itself — is
 * refused: nothing a caller sends is trusted as the system's own data.
 */
@Component
public class StartInput {

  /** The API's request as JSON, passed as a transient variable. */
  public static final String REQUEST = "applicationRequest";

  /** The fields the start forms (registration-start, urgent-reactivation-start) submit. */
  static final Set<String> FORM_FIELDS = Set.of("requestType", "kelurahanCode", "familyCardNumber", "address", "phone",
      "email", "submittedByRelation", "submittedByName", "submittedByNik", "powerOfAttorney", "members",
      "hospitalAdmission");

  private final ObjectMapper json;
  private final StrictJson strict;

  public StartInput(ObjectMapper json, StrictJson strict) {
    this.json = json;
    this.strict = strict;
  }

  /**
   * The request a start carried. {@code variables} are the start's variables; {@code formDocumentFlags} the
   * document checkboxes the forms may submit (doc + flag).
   */
  public ApplicationRequest read(Map<String, Object> variables, String impliedType, Set<String> documentFlags) {
    List<FieldError> refused = new ArrayList<>();
    for (String name : variables.keySet()) {
      if (!REQUEST.equals(name) && !FORM_FIELDS.contains(name) && !isDocumentField(name, documentFlags)) {
        refused.add(new FieldError(name, "Data ini diisi oleh sistem dan tidak boleh dikirim saat memulai permohonan."));
      }
    }
    if (!refused.isEmpty()) {
      throw new InvalidApplicationException(refused);
    }
    Object api = variables.get(REQUEST);
    if (api != null) {
      if (variables.size() > 1) {
        throw new InvalidApplicationException(List.of(new FieldError(REQUEST,
            "Permohonan dikirim sekaligus sebagai data formulir; kirim salah satu saja.")));
      }
      return parse(api.toString());
    }
    return fromForm(variables, impliedType, documentFlags);
  }

  private ApplicationRequest parse(String text) {
    return strict.read(text, ApplicationRequest.class);
  }

  private static boolean isDocumentField(String name, Set<String> flags) {
    return name.startsWith("doc") && name.length() > 3 && flags.contains(flag(name));
  }

  /** {@code docRtRwLetter} → {@code rtRwLetter}. */
  static String flag(String formField) {
    return Character.toLowerCase(formField.charAt(3)) + formField.substring(4);
  }

  /** {@code rtRwLetter} → {@code docRtRwLetter}. */
  public static String formField(String documentFlag) {
    return "doc" + Character.toUpperCase(documentFlag.charAt(0)) + documentFlag.substring(1);
  }

  /** Builds the request from the flat fields a Camunda Form submitted (start form or correction form). */
  public ApplicationRequest fromForm(Map<String, Object> v, String impliedType, Set<String> documentFlags) {
    List<Member> members = List.of();
    Object raw = v.get("members");
    if (raw != null) {
      try {
        members = json.readValue(raw.toString(), new TypeReference<List<Member>>() {});
      } catch (JsonProcessingException | RuntimeException e) {
        throw new InvalidApplicationException(List.of(new FieldError("members", "Data anggota keluarga tidak terbaca.")));
      }
    }
    Map<String, Boolean> documents = new LinkedHashMap<>();
    for (String flag : documentFlags) {
      Object given = v.get(formField(flag));
      if (given != null) {
        documents.put(flag, Boolean.TRUE.equals(given));
      }
    }
    Object poa = v.get("powerOfAttorney");
    SubmittedBy by = new SubmittedBy(string(v, "submittedByRelation"), string(v, "submittedByName"),
        string(v, "submittedByNik"), poa == null ? null : Boolean.TRUE.equals(poa));
    String type = v.get("requestType") == null ? impliedType : string(v, "requestType");
    return new ApplicationRequest(type, string(v, "kelurahanCode"), string(v, "familyCardNumber"), string(v, "address"),
        string(v, "phone"), string(v, "email"), by, members, documents, string(v, "hospitalAdmission"));
  }

  private static String string(Map<String, Object> v, String name) {
    Object value = v.get(name);
    return value == null ? null : value.toString();
  }
}
