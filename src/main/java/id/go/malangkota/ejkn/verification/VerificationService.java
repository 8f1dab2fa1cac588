package id.go.malangkota.ejkn.verification;

import com.fasterxml.jackson.core.type.TypeReference;
import id.go.malangkota.ejkn.intake.ApplicationRequest;
import id.go.malangkota.ejkn.intake.ApplicationVariables;
import id.go.malangkota.ejkn.intake.CandidateResult;
import id.go.malangkota.ejkn.intake.Candidates;
import id.go.malangkota.ejkn.intake.DocumentStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * The verification file the agencies see, the consolidation of their verdicts, and the Dinkes steps. Decisions
 * about eligibility are the {@code jkn-eligibility} table's; this class gathers the facts and records the results.
 */
@Service
public class VerificationService {

  /** Verifier prefixes in the forms and the groups that own them. */
  static final Map<String, String> AGENCIES = Map.of("civilRegistry", "dispendukcapil", "welfare", "dinsos",
      "employment", "disnaker");

  private final Candidates candidates;
  private final ApplicationVariables variables;
  private final EligibilityService eligibility;
  private final DocumentStore documents;
  private final FktpDirectory fktp;

  public VerificationService(Candidates candidates, ApplicationVariables variables, EligibilityService eligibility,
      DocumentStore documents, FktpDirectory fktp) {
    this.candidates = candidates;
    this.variables = variables;
    this.eligibility = eligibility;
    this.documents = documents;
    this.fktp = fktp;
  }

  /** Pre-screening with the applicant's declarations (resident, not a formal worker) and the BPJS status. */
  public void evaluatePreEligibility(DelegateExecution execution) {
    String type = (String) execution.getVariable("requestType");
    candidates.updateAll(execution, c -> {
      var verdict = eligibility.evaluate(facts(execution, type, c, true, false));
      return c.withEligibility(verdict.eligible(), verdict.reason(), verdict.reasonText());
    });
  }

  /** Builds what verifiers see and clears the verdicts of a previous round. */
  @SuppressWarnings("unchecked")
  public void prepare(DelegateExecution execution) {
    Object route = execution.getVariable("verificationRoute");
    if (route instanceof List<?> rows) {
      execution.setVariable("verificationAgencies", variables.toJson(
          rows.stream().map(r -> String.valueOf(((Map<String, Object>) r).get("agency"))).toList()));
    }
    for (String prefix : AGENCIES.keySet()) {
      for (String suffix : List.of("Decision", "Reason", "Note", "FlaggedNiks")) {
        execution.removeVariable(prefix + suffix);
      }
    }
    List<Map<String, String>> options = new ArrayList<>();
    List<Map<String, String>> assignments = new ArrayList<>();
    for (CandidateResult c : candidates.read(execution)) {
      if (c.stillIn()) {
        options.add(Map.of("label", c.nik() + " — " + c.name(), "value", c.nik()));
        Map<String, String> row = new LinkedHashMap<>();
        row.put("nik", c.nik());
        row.put("name", c.name());
        if (c.fktpCode() != null) {
          row.put("fktpCode", c.fktpCode());
        }
        assignments.add(row);
      }
    }
    execution.setVariable("candidateOptions", variables.toJson(options));
    execution.setVariable("fktpAssignments", variables.toJson(assignments));
    refreshSummary(execution);
  }

  /**
   * After all routed agencies have answered: a return for correction wins (the application is re-checked from the
   * start after correction); otherwise each candidate's verified facts go through the eligibility decision.
   */
  public void consolidate(DelegateExecution execution) {
    List<String> returns = new ArrayList<>();
    for (String prefix : AGENCIES.keySet()) {
      if ("RETURN".equals(execution.getVariable(prefix + "Decision"))) {
        returns.add(VerificationReasons.AGENCY.get(prefix) + ": " + VerificationReasons.label(
            (String) execution.getVariable(prefix + "Reason")) + note(execution, prefix));
      }
    }
    if (!returns.isEmpty()) {
      execution.setVariable("correctionReasons", String.join("\n", returns));
      execution.setVariable("verificationOutcome", "RETURNED");
      return;
    }
    String type = (String) execution.getVariable("requestType");
    candidates.updateAll(execution, c -> {
      if (!c.stillIn()) {
        return c;
      }
      if (refusedBy(execution, "welfare", c.nik())) {
        return c.withOutcome("REJECTED", "WELFARE_" + reasonOr(execution, "welfare", "NOT_IN_DTKS"),
            "Ditolak Dinas Sosial: " + VerificationReasons.label(reasonOr(execution, "welfare", "NOT_IN_DTKS"))
                + note(execution, "welfare"));
      }
      boolean resident = !refusedBy(execution, "civilRegistry", c.nik());
      boolean formalWorker = refusedBy(execution, "employment", c.nik());
      var verdict = eligibility.evaluate(facts(execution, type, c, resident, formalWorker));
      return c.withEligibility(verdict.eligible(), verdict.reason(), verdict.reasonText());
    });
    execution.setVariable("verificationOutcome", candidates.anyRemaining(execution) ? "CONTINUE" : "REJECTED");
    prepare(execution);
  }

  /** Dinkes chose an FKTP per candidate (form assign-fktp, variable fktpAssignments). */
  public void recordFktp(DelegateExecution execution) {
    List<Map<String, Object>> rows = variables.fromJson(execution.getVariable("fktpAssignments"),
        new TypeReference<List<Map<String, Object>>>() {});
    Map<String, String> byNik = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      Object code = row.get("fktpCode");
      if (row.get("nik") != null && code != null && !code.toString().isBlank()) {
        byNik.put(row.get("nik").toString(), code.toString());
      }
    }
    List<String> missing = candidates.remainingNiks(execution).stream().filter(n -> !byNik.containsKey(n)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("FKTP belum dipilih untuk " + missing.size() + " calon peserta.");
    }
    for (String code : byNik.values()) {
      if (fktp.name(code).isEmpty()) {
        throw new IllegalArgumentException("FKTP tidak dikenal: " + code);
      }
    }
    candidates.updateAll(execution, c -> byNik.containsKey(c.nik()) && c.stillIn()
        ? c.withFktp(byNik.get(c.nik()), fktp.name(byNik.get(c.nik())).orElseThrow()) : c);
    refreshSummary(execution);
  }

  public void recordSignatureRejection(DelegateExecution execution) {
    String note = (String) execution.getVariable("signNote");
    candidates.updateAll(execution, c -> c.stillIn() ? c.withOutcome("REJECTED", "REJECTED_BY_KADINKES",
        "Ditolak Kepala Dinas Kesehatan" + (note == null || note.isBlank() ? "." : ": " + note)) : c);
  }

  public void refreshSummary(DelegateExecution execution) {
    execution.setVariable("verificationSummary", VerificationSummary.markdown(variables.read(execution),
        (String) execution.getVariable("applicationNumber"), (String) execution.getVariable("kelurahanName"),
        candidates.read(execution), documents.list((String) execution.getVariable("applicationNumber"))));
  }

  private EligibilityService.Facts facts(DelegateExecution execution, String type, CandidateResult c, boolean resident,
      boolean formalWorker) {
    return new EligibilityService.Facts(type, resident, c.bpjsStatus(), c.bpjsSegment(), formalWorker,
        Boolean.TRUE.equals(execution.getVariable("hasRtRwLetter")),
        Boolean.TRUE.equals(execution.getVariable("hasStampedStatement")),
        Boolean.TRUE.equals(execution.getVariable("hasHospitalLetter")));
  }

  /** The agency rejected the whole application, or ticked this candidate as not meeting its check. */
  private boolean refusedBy(DelegateExecution execution, String prefix, String nik) {
    Object decision = execution.getVariable(prefix + "Decision");
    if (decision == null) {
      return false;
    }
    if ("REJECT".equals(decision)) {
      List<String> flagged = flagged(execution, prefix);
      return flagged.isEmpty() || flagged.contains(nik);
    }
    return flagged(execution, prefix).contains(nik);
  }

  private List<String> flagged(DelegateExecution execution, String prefix) {
    Object value = execution.getVariable(prefix + "FlaggedNiks");
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return variables.fromJson(value, new TypeReference<List<String>>() {});
  }

  private static String reasonOr(DelegateExecution execution, String prefix, String fallback) {
    Object r = execution.getVariable(prefix + "Reason");
    return r == null ? fallback : r.toString();
  }

  private static String note(DelegateExecution execution, String prefix) {
    Object n = execution.getVariable(prefix + "Note");
    return n == null || n.toString().isBlank() ? "" : " — " + n;
  }

  /** For tests and summaries: the application as recorded. */
  public ApplicationRequest application(DelegateExecution execution) {
    return variables.read(execution);
  }
}
