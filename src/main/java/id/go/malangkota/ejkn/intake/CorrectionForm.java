package id.go.malangkota.ejkn.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.application.Application;
import id.go.malangkota.ejkn.application.RegistrationVariables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The fields of the form {@code correct-application}: filled from the register when the task is created (as the
 * task's own variables), read back and removed when the officer completes it.
 */
public final class CorrectionForm {

  static final List<String> FIELDS = List.of("familyCardNumber", "address", "phone", "email", "submittedByRelation",
      "submittedByName", "submittedByNik", "powerOfAttorney", "members", "correctionNote");

  private CorrectionForm() {}

  /** What the officer submitted (only the fields that are present). */
  static Map<String, Object> fields(VariableScope scope, Set<String> documentFlags) {
    Map<String, Object> v = new LinkedHashMap<>();
    for (String name : FIELDS) {
      Object value = RegistrationVariables.answer(scope, name);
      if (value != null) {
        v.put(name, value);
      }
    }
    for (String flag : documentFlags) {
      Object value = RegistrationVariables.answer(scope, StartInput.formField(flag));
      if (value != null) {
        v.put(StartInput.formField(flag), value);
      }
    }
    return v;
  }

  /** Removes the fields a form wrote into the process (those that were not the task's own). */
  static void clear(VariableScope scope, Set<String> documentFlags) {
    java.util.List<String> names = new java.util.ArrayList<>(FIELDS);
    documentFlags.forEach(f -> names.add(StartInput.formField(f)));
    for (String name : names) {
      if (scope.hasVariableLocal(name)) {
        scope.removeVariableLocal(name);
      }
    }
  }

  /** The registered application as the form's fields. */
  public static Map<String, Object> prefill(Application a, Set<String> documentFlags, ObjectMapper json) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("familyCardNumber", a.familyCardNumber());
    v.put("address", a.address());
    v.put("phone", a.phone());
    v.put("email", a.email());
    v.put("submittedByRelation", a.submittedBy().relation());
    v.put("submittedByName", a.submittedBy().name());
    v.put("submittedByNik", a.submittedBy().nik());
    v.put("powerOfAttorney", a.submittedBy().powerOfAttorney());
    List<Map<String, Object>> members = a.members().stream().map(m -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("nik", m.nik());
      row.put("name", m.name());
      row.put("birthDate", m.birthDate().toString());
      row.put("relationship", m.relationship());
      row.put("candidate", m.candidate());
      return row;
    }).toList();
    try {
      v.put("members", SpinValues.jsonValue(json.writeValueAsString(members)).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    for (String flag : documentFlags) {
      v.put(StartInput.formField(flag), a.has(flag));
    }
    return v;
  }
}
