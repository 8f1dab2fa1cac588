package id.go.malangkota.ejkn.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.intake.ApplicationRequest.Member;
import id.go.malangkota.ejkn.intake.ApplicationRequest.SubmittedBy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * How an application lives in the process: the whole request as one JSON variable {@code application} (what
 * Cockpit and the audit trail show), plus flat variables of the same data that the Camunda Forms edit.
 */
@Component
public class ApplicationVariables {

  public static final String APPLICATION = "application";
  /** Document flags as the forms name them ({@code docRtRwLetter}) ↔ the keys of {@code documents}. */
  public static final List<String> DOCUMENT_FLAGS = List.of("ktp", "familyCard", "rtRwLetter", "stampedStatement",
      "hospitalLetter", "powerOfAttorney", "representativeKtp", "deathCertificate", "movingLetter",
      "employmentEvidence", "apbnEvidence", "duplicateEvidence", "ineligibilityEvidence");

  private final ObjectMapper json;

  public ApplicationVariables(ObjectMapper json) {
    this.json = json;
  }

  public static String formFlag(String documentFlag) {
    return "doc" + Character.toUpperCase(documentFlag.charAt(0)) + documentFlag.substring(1);
  }

  public JsonValue toJson(Object value) {
    try {
      return SpinValues.jsonValue(json.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public <T> T fromJson(Object variable, Class<T> type) {
    try {
      return json.readValue(variable.toString(), type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("variable is not the expected JSON: " + type.getSimpleName(), e);
    }
  }

  public <T> T fromJson(Object variable, TypeReference<T> type) {
    try {
      return json.readValue(variable.toString(), type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("variable is not the expected JSON", e);
    }
  }

  public ApplicationRequest read(VariableScope scope) {
    Object value = scope.getVariable(APPLICATION);
    return value == null ? null : fromJson(value, ApplicationRequest.class);
  }

  /** Builds the request from the flat variables a Camunda Form submitted (start form or correction form). */
  public ApplicationRequest fromFormVariables(VariableScope scope, String type, String kelurahanCode) {
    List<Member> members = scope.getVariable("members") == null ? List.of()
        : fromJson(scope.getVariable("members"), new TypeReference<List<Member>>() {}).stream()
            .map(m -> m == null ? null : new Member(trim(m.nik()), trim(m.name()), m.birthDate(), m.relationship(),
                m.candidate()))
            .toList();
    Map<String, Boolean> documents = new LinkedHashMap<>();
    for (String flag : DOCUMENT_FLAGS) {
      Object v = scope.getVariable(formFlag(flag));
      if (v != null) {
        documents.put(flag, Boolean.TRUE.equals(v));
      }
    }
    String relation = string(scope, "submittedByRelation");
    Object poa = scope.getVariable("powerOfAttorney");
    SubmittedBy by = new SubmittedBy(relation, string(scope, "submittedByName"), trim(string(scope, "submittedByNik")),
        poa == null ? null : Boolean.TRUE.equals(poa));
    return new ApplicationRequest(type, kelurahanCode, trim(string(scope, "familyCardNumber")), string(scope, "address"),
        string(scope, "phone"), blankToNull(string(scope, "email")), by, members, documents,
        blankToNull(string(scope, "hospitalAdmission")));
  }

  /** Writes the request as JSON and as the flat variables the forms show and edit. */
  public void write(VariableScope scope, ApplicationRequest a) {
    scope.setVariable(APPLICATION, toJson(a));
    scope.setVariable("requestType", a.type());
    scope.setVariable("familyCardNumber", a.familyCardNumber());
    scope.setVariable("address", a.address());
    scope.setVariable("phone", a.phone());
    scope.setVariable("email", a.email());
    scope.setVariable("submittedByRelation", a.submittedBy().relation());
    scope.setVariable("submittedByName", a.submittedBy().name());
    scope.setVariable("submittedByNik", a.submittedBy().nik());
    scope.setVariable("powerOfAttorney", Boolean.TRUE.equals(a.submittedBy().powerOfAttorney()));
    scope.setVariable("members", toJson(a.members()));
    for (String flag : DOCUMENT_FLAGS) {
      scope.setVariable(formFlag(flag), a.document(flag));
    }
    scope.setVariable("hasRtRwLetter", a.document("rtRwLetter"));
    scope.setVariable("hasStampedStatement", a.document("stampedStatement"));
    scope.setVariable("hasHospitalLetter", a.document("hospitalLetter"));
    if (a.hospitalAdmission() != null) {
      scope.setVariable("hospitalAdmission", a.hospitalAdmission());
    }
  }

  private static String string(VariableScope scope, String name) {
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
