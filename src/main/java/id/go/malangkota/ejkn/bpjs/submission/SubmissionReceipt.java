package id.go.malangkota.ejkn.bpjs.submission;

import java.time.Instant;

/**
 * Proof that a submission left for BPJS.
 *
 * @param channel {@code SIMULATOR} or {@code MAIL}
 * @param reference the simulator's registration number, or the letter number
 * @param submittedAt when it was sent (the first time)
 * @param replayed true when this is the stored receipt of an earlier send with the same key, nothing was sent now
 */
public record SubmissionReceipt(String idempotencyKey, SubmissionType type, String channel, String reference,
    Instant submittedAt, boolean replayed) {}
