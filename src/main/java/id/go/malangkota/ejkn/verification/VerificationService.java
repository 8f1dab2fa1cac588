package id.go.malangkota.ejkn.verification;

import id.go.malangkota.ejkn.application.Application;
import id.go.malangkota.ejkn.application.ApplicationRegister;
import id.go.malangkota.ejkn.application.CandidateResult;
import id.go.malangkota.ejkn.application.DocumentStore;
import id.go.malangkota.ejkn.application.RegistrationVariables;
import id.go.malangkota.ejkn.application.RequestType;
import id.go.malangkota.ejkn.application.TaskFile;
import id.go.malangkota.ejkn.application.RegistrationVariables.AgencyVerdict;
import id.go.malangkota.ejkn.identity.Agency;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The verification file the agencies see, the consolidation of their verdicts, and the Dinkes steps. Works on the
 * register with domain values; every decision about eligibility and about the outcome of a round is a DMN table's
 * ({@code jkn-eligibility}, {@code verification-outcome}), this class gathers the facts and records the results.
 */
@Service
public class VerificationService implements TaskFile {

  private final ApplicationRegister register;
  private final EligibilityService eligibility;
  private final DocumentStore documents;
  private final FktpDirectory fktp;

  public VerificationService(ApplicationRegister register, EligibilityService eligibility, DocumentStore documents,
      FktpDirectory fktp) {
    this.register = register;
    this.eligibility = eligibility;
    this.documents = documents;
    this.fktp = fktp;
  }

  /** Pre-screening with the applicant's declarations (resident, not a formal worker) and the BPJS status. */
  public boolean evaluatePreEligibility(String number) {
    Application a = register.get(number);
    List<CandidateResult> after = register.updateCandidates(number, c -> {
      var verdict = eligibility.evaluate(facts(a, c, true, false, null));
      return c.withEligibility(verdict.eligible(), verdict.reason(), verdict.reasonText());
    });
    return after.stream().anyMatch(CandidateResult::stillIn);
  }

  /** The agencies the {@code verification-route} table named (group ids). */
  public Set<Agency> route(List<String> groupIds) {
    Set<Agency> agencies = EnumSet.noneOf(Agency.class);
    groupIds.forEach(id -> Agency.ofGroup(id).ifPresent(agencies::add));
    return agencies;
  }

  /**
   * After all routed agencies have answered: the {@code verification-outcome} table says whether a return for
   * correction ends the round; otherwise each candidate's verified facts go through the eligibility decision.
   * Returns {@link RegistrationVariables#RETURNED}, {@code CONTINUE} or {@code REJECTED}.
   */
  public String consolidate(String number, List<AgencyVerdict> verdicts) {
    List<String> returns = new ArrayList<>();
    for (AgencyVerdict v : verdicts) {
      if (AgencyVerdict.RETURN.equals(v.decision())) {
        returns.add(v.agency().shortLabel() + ": " + VerificationReasons.label(v.reason()) + v.noteText());
      }
    }
    if (eligibility.roundReturned(!returns.isEmpty())) {
      register.recordCorrectionReasons(number, String.join("\n", returns));
      return RegistrationVariables.RETURNED;
    }
    Application a = register.get(number);
    AgencyVerdict civil = verdictOf(verdicts, Agency.DISPENDUKCAPIL);
    AgencyVerdict welfare = verdictOf(verdicts, Agency.DINSOS);
    AgencyVerdict employment = verdictOf(verdicts, Agency.DISNAKER);
    List<CandidateResult> after = register.updateCandidates(number, c -> {
      if (!c.stillIn()) {
        return c;
      }
      String welfareRefusal = welfare.refuses(c.nik()) ? (welfare.reason() == null ? "NOT_IN_DTKS" : welfare.reason())
          : null;
      var verdict = eligibility.evaluate(facts(a, c, !civil.refuses(c.nik()), employment.refuses(c.nik()),
          welfareRefusal));
      String text = verdict.reasonText() + (welfareRefusal != null && !verdict.eligible() ? welfare.noteText() : "");
      return c.withEligibility(verdict.eligible(), verdict.reason(), text);
    });
    return after.stream().anyMatch(CandidateResult::stillIn) ? RegistrationVariables.CONTINUE
        : RegistrationVariables.REJECTED;
  }

  private static AgencyVerdict verdictOf(List<AgencyVerdict> verdicts, Agency agency) {
    return verdicts.stream().filter(v -> v.agency() == agency).findFirst()
        .orElse(new AgencyVerdict(agency, null, null, null, List.of()));
  }

  /** Dinkes chose an FKTP per candidate (form assign-fktp): every remaining candidate needs a known one. */
  public void recordFktp(String number, List<Map<String, Object>> rows) {
    Map<String, String> byNik = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      Object code = row.get("fktpCode");
      if (row.get("nik") != null && code != null && !code.toString().isBlank()) {
        byNik.put(row.get("nik").toString(), code.toString());
      }
    }
    List<String> missing = register.candidates(number).stream().filter(CandidateResult::stillIn)
        .map(CandidateResult::nik).filter(n -> !byNik.containsKey(n)).toList();
    if (!missing.isEmpty()) {
      throw new TaskInputException("FKTP belum dipilih untuk " + missing.size() + " calon peserta.");
    }
    for (String code : byNik.values()) {
      if (fktp.name(code).isEmpty()) {
        throw new TaskInputException("FKTP tidak dikenal: " + code);
      }
    }
    register.updateCandidates(number, c -> byNik.containsKey(c.nik()) && c.stillIn()
        ? c.withFktp(byNik.get(c.nik()), fktp.name(byNik.get(c.nik())).orElseThrow()) : c);
  }

  public void recordSignature(String number, String userId) {
    register.recordSignature(number, userId);
  }

  public void recordSignatureRejection(String number, String note) {
    register.updateCandidates(number, c -> c.stillIn() ? c.withOutcome(CandidateResult.REJECTED, "REJECTED_BY_KADINKES",
        "Ditolak Kepala Dinas Kesehatan" + (note == null || note.isBlank() ? "." : ": " + note.strip())) : c);
  }

  @Override
  public boolean supports(RequestType type) {
    return type != RequestType.DEACTIVATION;
  }

  /** The Markdown file the task forms show: the family, BPJS status, results so far and uploaded documents. */
  @Override
  public String file(String number, String kelurahanName) {
    return VerificationSummary.markdown(register.get(number), kelurahanName, register.candidates(number),
        documents.list(number));
  }

  /** The options of the "candidates who do not meet the check" list of a verifier's form. */
  public List<Map<String, String>> candidateOptions(String number) {
    return register.candidates(number).stream().filter(CandidateResult::stillIn)
        .map(c -> Map.of("label", c.nik() + " — " + c.name(), "value", c.nik())).toList();
  }

  /** One row per remaining candidate for the form assign-fktp. */
  public List<Map<String, String>> fktpRows(String number) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (CandidateResult c : register.candidates(number)) {
      if (c.stillIn()) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("nik", c.nik());
        row.put("name", c.name());
        if (c.fktpCode() != null) {
          row.put("fktpCode", c.fktpCode());
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static EligibilityService.Facts facts(Application a, CandidateResult c, boolean resident, boolean formalWorker,
      String welfareRefusal) {
    return new EligibilityService.Facts(a.type().name(), resident, c.bpjsStatus(), c.bpjsSegment(), formalWorker,
        a.has("rtRwLetter"), a.has("stampedStatement"), a.has("hospitalLetter"), welfareRefusal);
  }
}
