package id.go.malangkota.ejkn.deactivation;

import id.go.malangkota.ejkn.application.RequestType;
import id.go.malangkota.ejkn.bpjs.ActivationCheck;
import id.go.malangkota.ejkn.bpjs.Masking;
import id.go.malangkota.ejkn.bpjs.SubmissionSubject;
import id.go.malangkota.ejkn.bpjs.submission.IdempotencyKey;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionMember;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionRequest;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionType;
import id.go.malangkota.ejkn.deactivation.DeactivationRegistry.Deactivation;
import id.go.malangkota.ejkn.intake.IdentityNumbers;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** What the shared BPJS submission submits and confirms for a deactivation: one member, their membership ended. */
@Component
public class DeactivationSubmissions implements SubmissionSubject {

  private final DeactivationRegistry registry;
  private final ActivationCheck activation;

  public DeactivationSubmissions(DeactivationRegistry registry, ActivationCheck activation) {
    this.registry = registry;
    this.activation = activation;
  }

  @Override
  public boolean supports(RequestType type) {
    return type == RequestType.DEACTIVATION;
  }

  @Override
  public SubmissionRequest request(String number, String processInstanceId) {
    Deactivation d = registry.get(number);
    LocalDate birthDate = d.participantBirthDate() != null ? d.participantBirthDate()
        : IdentityNumbers.encodedBirthDate(d.nik(), LocalDate.now().getYear()).orElseThrow();
    SubmissionMember member = new SubmissionMember(d.nik(),
        d.participantName() == null ? "NIK " + Masking.nik(d.nik()) : d.participantName(), birthDate, null,
        d.cardNumber(), null);
    String key = IdempotencyKey.of(processInstanceId, SubmissionType.DEACTIVATE, List.of(d.nik()));
    return new SubmissionRequest(key, SubmissionType.DEACTIVATE, List.of(member), d.reason(), false, number,
        d.signedBy());
  }

  @Override
  public void submitted(String number) {
    // the register keeps the outcome once BPJS confirms it
  }

  @Override
  public boolean confirmed(String number) {
    boolean done = activation.isCompleted(SubmissionType.DEACTIVATE, registry.get(number).nik());
    if (done) {
      registry.recordOutcome(number, "DEACTIVATED",
          "Kepesertaan JKN yang dibiayai Pemerintah Kota Malang telah dinonaktifkan oleh BPJS Kesehatan.");
    }
    return done;
  }

  @Override
  public void notConfirmed(String number, String note) {
    registry.recordOutcome(number, "NOT_CONFIRMED_BY_BPJS", "BPJS Kesehatan belum mengonfirmasi penonaktifan"
        + (note == null || note.isBlank() ? "." : ": " + note.strip()));
  }
}
