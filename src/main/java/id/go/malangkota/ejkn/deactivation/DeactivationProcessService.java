package id.go.malangkota.ejkn.deactivation;

import id.go.malangkota.ejkn.application.RequestType;
import id.go.malangkota.ejkn.application.TaskFile;
import id.go.malangkota.ejkn.bpjs.BpjsClient;
import id.go.malangkota.ejkn.bpjs.Participant;
import id.go.malangkota.ejkn.deactivation.DeactivationRegistry.Deactivation;
import id.go.malangkota.ejkn.identity.Agency;
import id.go.malangkota.ejkn.policy.DocumentFlags;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The steps of the deactivation SOP that are glue: the evidence check, the BPJS look-up, the verifiers, the verdicts
 * and the outcome, all in the register. Which evidence, whether the city may deactivate, and who verifies are the DMN
 * tables' decisions; this class passes facts in and records results. Knows nothing of the engine.
 */
@Service
public class DeactivationProcessService implements TaskFile {

  /** Verifier decisions and reasons as the form verify-deactivation submits them. */
  static final Map<String, String> VERIFICATION_REASONS = Map.of(
      "EVIDENCE_INVALID", "Bukti tidak sah atau tidak sesuai alasan",
      "NOT_CONFIRMED", "Data instansi tidak membenarkan alasan penonaktifan",
      "WRONG_PERSON", "Identitas (NIK) tidak sesuai dengan orang yang dimaksud",
      "OTHER", "Alasan lain");

  /** One line of the evidence checklist a verifier sees. */
  public record Evidence(String label, boolean mandatory, Boolean given) {}

  private final DeactivationRegistry registry;
  private final DocumentFlags documents;
  private final BpjsClient client;

  public DeactivationProcessService(DeactivationRegistry registry, DocumentFlags documents, BpjsClient client) {
    this.registry = registry;
    this.documents = documents;
    this.client = client;
  }

  /** The evidence the {@code required-documents} table asks for, with what was handed in (null: not declared). */
  public List<Evidence> evidence(String number) {
    return evidence(number, false);
  }

  /** @param recorded true for the check itself (decision history, linked to the instance), false for a look-up */
  private List<Evidence> evidence(String number, boolean recorded) {
    Deactivation d = registry.get(number);
    Map<String, Object> facts = new HashMap<>();
    facts.put("requestType", DeactivationVariables.REQUEST_TYPE);
    facts.put("deactivationReason", d.reason());
    facts.put("submittedByRelation", null);
    facts.put("powerOfAttorney", null);
    List<Evidence> out = new ArrayList<>();
    for (DocumentFlags.Requirement r : recorded ? documents.decide(facts) : documents.required(facts)) {
      out.add(new Evidence(r.label(), r.mandatory(), d.evidenceDeclared() ? d.documents().contains(r.flag()) : null));
    }
    return out;
  }

  /** The mandatory evidence not handed in; a request that declared no evidence at all counts as complete. */
  public List<String> missingEvidence(String number) {
    return missing(evidence(number, false));
  }

  /**
   * The check itself (service task "Periksa kelengkapan bukti"): the same answer, recorded as a decision in the
   * instance's history so the audit trail shows which rule asked for what.
   */
  public List<String> checkEvidence(String number) {
    return missing(evidence(number, true));
  }

  private static List<String> missing(List<Evidence> evidence) {
    return evidence.stream().filter(e -> e.mandatory() && Boolean.FALSE.equals(e.given()))
        .map(Evidence::label).toList();
  }

  /** What BPJS knows about the person today (idempotent, so a retried job simply asks again). */
  public Participant lookUp(String number) {
    Participant p = client.findByNik(registry.get(number).nik());
    registry.recordParticipant(number, p);
    return p;
  }

  /** The deactivation-eligibility table refused: the city may not deactivate this membership. */
  public void notAllowed(String number, String reason, String reasonText) {
    registry.recordOutcome(number, reason == null ? "NOT_ALLOWED" : reason,
        reasonText == null ? "Penonaktifan tidak dapat dilakukan." : reasonText);
  }

  /** The agencies the {@code verification-route} table chose; at least one (a table without one is an incident). */
  public List<Agency> verifiers(String number, List<String> groupIds) {
    List<Agency> agencies = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (String id : groupIds) {
      Agency.ofGroup(id).ifPresent(a -> {
        agencies.add(a);
        labels.add(a.label());
      });
    }
    if (agencies.isEmpty()) {
      throw new IllegalStateException("Tabel verification-route tidak menghasilkan instansi verifikator untuk alasan "
          + registry.get(number).reason() + "; lengkapi tabel lalu ulangi (retry) pekerjaan ini.");
    }
    registry.recordVerifiers(number, String.join(", ", labels));
    return agencies;
  }

  /** The verifier decided; a refusal is the request's outcome. */
  public void recordVerification(String number, String decision, String reason, String note, String verifiedBy) {
    registry.recordVerification(number, decision, reason, note, verifiedBy);
    if ("REJECT".equals(decision)) {
      Deactivation d = registry.get(number);
      registry.recordOutcome(number, "REJECTED_BY_VERIFIER", "Ditolak " + d.verifiers() + ": "
          + VERIFICATION_REASONS.getOrDefault(reason == null ? "OTHER" : reason, String.valueOf(reason)) + note(note));
    }
  }

  /** Kepala Dinkes signed or refused. */
  public void recordSignature(String number, String decision, String note, String signedBy) {
    registry.recordSignature(number, signedBy);
    if ("REJECT".equals(decision)) {
      registry.recordOutcome(number, "REJECTED_BY_KADINKES", "Ditolak Kepala Dinas Kesehatan" + note(note));
    }
  }

  @Override
  public boolean supports(RequestType type) {
    return type == RequestType.DEACTIVATION;
  }

  @Override
  public String file(String number, String kelurahanName) {
    return DeactivationSummary.markdown(registry.get(number), kelurahanName, evidence(number));
  }

  private static String note(String n) {
    return n == null || n.isBlank() ? "." : ": " + n.strip();
  }
}
