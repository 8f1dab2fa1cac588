package id.go.malangkota.ejkn.intake;

import id.go.malangkota.ejkn.application.Application;
import id.go.malangkota.ejkn.application.ApplicationRegister;
import id.go.malangkota.ejkn.application.CandidateResult;
import id.go.malangkota.ejkn.identity.Actor;
import id.go.malangkota.ejkn.policy.DocumentFlags;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The kelurahan side of the lifecycle: documents, representation, corrections. Knows nothing of the engine. */
@Service
public class IntakeService {

  private final ApplicationRegister register;
  private final DocumentFlags documents;
  private final RegistrationService registration;

  public IntakeService(ApplicationRegister register, DocumentFlags documents, RegistrationService registration) {
    this.register = register;
    this.documents = documents;
    this.registration = registration;
  }

  /**
   * Compares the documents the {@code required-documents} table asks for with those the officer ticked. When some
   * are missing, every candidate is stopped with the list (the resident's notice names them). True when complete.
   */
  public boolean checkDocuments(String number) {
    List<String> missing = missing(number, true);
    if (!missing.isEmpty()) {
      register.updateCandidates(number, c -> c.withOutcome(CandidateResult.REJECTED, "MISSING_DOCUMENT",
          "Dokumen belum lengkap: " + String.join(", ", missing) + "."));
    }
    return missing.isEmpty();
  }

  /** The labels of the mandatory documents the application lacks. */
  public List<String> missingDocuments(String number) {
    return missing(number, false);
  }

  private List<String> missing(String number, boolean recorded) {
    Application a = register.get(number);
    Map<String, Object> facts = new HashMap<>();
    facts.put("requestType", a.type().name());
    facts.put("deactivationReason", null);
    facts.put("submittedByRelation", a.submittedBy().relation());
    facts.put("powerOfAttorney", a.submittedBy().powerOfAttorney());
    return (recorded ? documents.decide(facts) : documents.required(facts)).stream().filter(r -> r.mandatory() && r.flag() != null && !a.has(r.flag()))
        .map(DocumentFlags.Requirement::label).toList();
  }

  /** The representation policy refused who handed the application in: every candidate stops with its reason. */
  public void refuseRepresentation(String number, String reason, String reasonText) {
    String code = reason == null ? "REPRESENTATION_REFUSED" : reason;
    String text = reasonText == null ? "Pengajuan melalui perwakilan tidak diterima." : reasonText;
    register.updateCandidates(number, c -> c.withOutcome(CandidateResult.REJECTED, code, text));
  }

  /** The officer's correction, validated like a new application; the checks start again from the beginning. */
  public Application applyCorrection(String number, ApplicationRequest corrected, Actor actor) {
    return registration.correct(number, corrected, actor);
  }
}
