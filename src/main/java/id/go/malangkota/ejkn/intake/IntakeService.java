package id.go.malangkota.ejkn.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/** The kelurahan side of the lifecycle: requirements, representation, corrections. */
@Service
public class IntakeService {

  private final ApplicationVariables variables;
  private final ApplicationValidator validator;
  private final ApplicationRegistry registry;
  private final Candidates candidates;

  public IntakeService(ApplicationVariables variables, ApplicationValidator validator, ApplicationRegistry registry,
      Candidates candidates) {
    this.variables = variables;
    this.validator = validator;
    this.registry = registry;
    this.candidates = candidates;
  }

  /**
   * Compares the documents the {@code required-documents} table asks for with those the officer ticked; writes
   * {@code missingDocuments} (labels, for the resident) and {@code documentsComplete}.
   */
  @SuppressWarnings("unchecked")
  public void checkDocuments(DelegateExecution execution) {
    ApplicationRequest a = variables.read(execution);
    List<Map<String, Object>> required = (List<Map<String, Object>>) execution.getVariable("requiredDocuments");
    List<String> missing = new ArrayList<>();
    for (Map<String, Object> doc : required == null ? List.<Map<String, Object>>of() : required) {
      boolean mandatory = Boolean.TRUE.equals(doc.get("mandatory"));
      String flag = (String) doc.get("documentFlag");
      if (mandatory && flag != null && !a.document(flag)) {
        missing.add((String) doc.get("documentLabel"));
      }
    }
    execution.setVariable("missingDocuments", variables.toJson(missing));
    execution.setVariable("documentsComplete", missing.isEmpty());
    if (!missing.isEmpty()) {
      candidates.updateAll(execution, c -> c.withOutcome("REJECTED", "MISSING_DOCUMENT",
          "Dokumen belum lengkap: " + String.join(", ", missing) + "."));
    }
  }

  @SuppressWarnings("unchecked")
  public void refuseRepresentation(DelegateExecution execution) {
    Map<String, Object> representation = (Map<String, Object>) execution.getVariable("representation");
    String code = representation == null ? "REPRESENTATION_REFUSED" : String.valueOf(representation.get("reason"));
    String text = representation == null ? "Pengajuan melalui perwakilan tidak diterima."
        : String.valueOf(representation.get("reasonText"));
    candidates.updateAll(execution, c -> c.withOutcome("REJECTED", code, text));
  }

  /**
   * The officer corrected the application (form correct-application): validate it like a new one, re-reserve the
   * candidates and start the checks again. Invalid data throws, so the task stays open and nothing changes.
   */
  public void applyCorrection(DelegateExecution execution) {
    ApplicationRequest before = variables.read(execution);
    ApplicationRequest corrected = variables.fromFormVariables(execution, before.type(), before.kelurahanCode());
    if (corrected.documents() != null && before.documents() != null) {
      // flags the correction form does not show (e.g. hospital letter) keep their value
      Map<String, Boolean> merged = new java.util.LinkedHashMap<>(before.documents());
      merged.putAll(corrected.documents());
      corrected = new ApplicationRequest(corrected.type(), corrected.kelurahanCode(), corrected.familyCardNumber(),
          corrected.address(), corrected.phone(), corrected.email(), corrected.submittedBy(), corrected.members(), merged,
          before.hospitalAdmission());
    }
    List<FieldError> errors = validator.validate(corrected);
    if (!errors.isEmpty()) {
      throw new InvalidApplicationException(errors);
    }
    corrected = corrected.withPhone(IdentityNumbers.normalisePhone(corrected.phone()).orElseThrow());
    registry.releaseCandidates((String) execution.getVariable("applicationNumber"));
    registry.reserveCandidates(corrected.candidates().stream().map(ApplicationRequest.Member::nik).toList(),
        (String) execution.getVariable("applicationNumber"), execution.getProcessInstanceId(), corrected.type());
    variables.write(execution, corrected);
    execution.setVariable("submittedByOnFamilyCard", RegisterApplication.onFamilyCard(corrected));
    candidates.write(execution, corrected.candidates().stream().map(CandidateResult::of).toList());
  }
}
