package id.go.malangkota.ejkn.bpjs;

import id.go.malangkota.ejkn.application.Application;
import id.go.malangkota.ejkn.application.ApplicationRegister;
import id.go.malangkota.ejkn.application.CandidateResult;
import id.go.malangkota.ejkn.application.RequestType;
import id.go.malangkota.ejkn.bpjs.submission.IdempotencyKey;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionMember;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionRequest;
import id.go.malangkota.ejkn.bpjs.submission.SubmissionType;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The registration lifecycle's side of BPJS: the status check of every candidate, and what the shared submission
 * submits (the approved candidates, in the name of whoever signed) and confirms (their cards active in PBI APBD).
 */
@Component
public class ApplicationSubmissions implements SubmissionSubject {

  private final BpjsClient client;
  private final ApplicationRegister register;

  public ApplicationSubmissions(BpjsClient client, ApplicationRegister register) {
    this.client = client;
    this.register = register;
  }

  @Override
  public boolean supports(RequestType type) {
    return type != RequestType.DEACTIVATION;
  }

  public static SubmissionType submissionType(RequestType requestType) {
    return switch (requestType) {
      case SWITCH_FROM_MANDIRI -> SubmissionType.CHANGE_SEGMENT;
      case URGENT_REACTIVATION -> SubmissionType.REACTIVATE;
      case DEACTIVATION -> SubmissionType.DEACTIVATE;
      case NEW -> SubmissionType.REGISTER;
    };
  }

  /** Looks every candidate up at BPJS (idempotent, so a retried job simply asks again). */
  public void checkStatus(String number) {
    register.updateCandidates(number, c -> {
      Participant p = client.findByNik(c.nik());
      return c.withBpjs(p.status().name(), p.segment().name(), p.cardNumber(),
          p.careClass() == null ? null : p.careClass().name(),
          p.arrears() == null ? null : p.arrears().longValue());
    });
  }

  @Override
  public SubmissionRequest request(String number, String processInstanceId) {
    Application a = register.get(number);
    SubmissionType type = submissionType(a.type());
    List<CandidateResult> approved = register.candidates(number).stream().filter(CandidateResult::stillIn).toList();
    List<SubmissionMember> members = approved.stream().map(c -> new SubmissionMember(c.nik(), c.name(),
        LocalDate.parse(c.birthDate()), a.familyCardNumber(), c.cardNumber(),
        c.fktpCode() == null ? null : new Fktp(c.fktpCode(), c.fktpName()))).toList();
    String key = IdempotencyKey.of(processInstanceId, type, approved.stream().map(CandidateResult::nik).toList());
    return new SubmissionRequest(key, type, members, null, a.type() == RequestType.URGENT_REACTIVATION, number,
        register.signedBy(number).orElse(null));
  }

  @Override
  public void submitted(String number) {
    register.updateCandidates(number, c -> c.stillIn() ? c.withOutcome(CandidateResult.SUBMITTED, "SUBMITTED",
        "Diajukan ke BPJS Kesehatan, menunggu aktivasi.") : c);
  }

  @Override
  public boolean confirmed(String number) {
    List<CandidateResult> after = register.updateCandidates(number, c -> {
      if (!CandidateResult.SUBMITTED.equals(c.outcome())) {
        return c;
      }
      Participant p = client.findByNik(c.nik());
      boolean done = p.isActive() && p.segment() == Segment.PBI_APBD;
      return done ? c.withCard(p.cardNumber()).withOutcome(CandidateResult.ACTIVE, "ACTIVE",
          "Kartu KIS aktif, nomor " + p.cardNumber() + (c.fktpName() == null ? "" : ", FKTP " + c.fktpName()) + ".") : c;
    });
    return after.stream().noneMatch(c -> CandidateResult.SUBMITTED.equals(c.outcome()));
  }

  @Override
  public void notConfirmed(String number, String note) {
    register.updateCandidates(number, c -> CandidateResult.SUBMITTED.equals(c.outcome())
        ? c.withOutcome(CandidateResult.ACTIVATION_FAILED, "ACTIVATION_FAILED",
            "Aktivasi oleh BPJS tidak terkonfirmasi" + (note == null || note.isBlank() ? "." : ": " + note.strip()))
        : c);
  }
}
