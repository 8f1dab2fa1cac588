package id.go.malangkota.ejkn.bpjs.submission;

import java.util.List;
import java.util.Objects;

/**
 * A signed request of the city to BPJS for one or more members (one family card, usually).
 *
 * @param idempotencyKey the same key for every retry of the same submission (see {@link IdempotencyKey}); a second
 *     submission with a key already sent returns the first receipt and sends nothing
 * @param type what BPJS is asked to do
 * @param members the persons concerned, at least one
 * @param reason for DEACTIVATE the reason code of CONTRACT.md (DECEASED, MOVED_OUT, ...), otherwise optional
 * @param urgent an urgent reactivation (resident in hospital, Permenkes 28/2014: active card within 3×24 hours)
 * @param applicationReference the application's number, quoted in the letter (optional)
 * @param approvedBy name of the official who approved the submission in the process (optional)
 */
public record SubmissionRequest(String idempotencyKey, SubmissionType type, List<SubmissionMember> members,
    String reason, boolean urgent, String applicationReference, String approvedBy) {

  public SubmissionRequest {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    if (idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
      throw new IllegalArgumentException("idempotencyKey must be 1..100 characters");
    }
    Objects.requireNonNull(type, "type");
    members = List.copyOf(Objects.requireNonNull(members, "members"));
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a submission needs at least one member");
    }
    if (type == SubmissionType.DEACTIVATE && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("DEACTIVATE needs a reason");
    }
    if (type == SubmissionType.REGISTER && members.stream().anyMatch(m -> m.fktp() == null)) {
      throw new IllegalArgumentException("REGISTER needs the FKTP of every member");
    }
  }

  public static SubmissionRequest of(String idempotencyKey, SubmissionType type, List<SubmissionMember> members) {
    return new SubmissionRequest(idempotencyKey, type, members, null, false, null, null);
  }
}
