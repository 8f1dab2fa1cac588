package id.go.malangkota.ejkn.bpjs.submission;

/**
 * How a registration, change of segment, reactivation or deactivation reaches BPJS Kesehatan. There is no public
 * BPJS API for local governments, so the real route is a signed letter with a data file to the branch office
 * ({@code ejkn.bpjs.submission.adapter=mail}); the demo uses the simulator ({@code simulator}). Either way the
 * outcome is confirmed later by polling the participant look-up ({@link id.go.malangkota.ejkn.bpjs.ActivationCheck}).
 *
 * <p>Idempotent by {@link SubmissionRequest#idempotencyKey()}: a retried job never submits a person twice.
 */
public interface BpjsSubmissionPort {

  /**
   * @throws id.go.malangkota.ejkn.bpjs.BpjsUnavailableException retryable (BPJS or the mail server unreachable)
   * @throws id.go.malangkota.ejkn.bpjs.BpjsRefusedException not retryable (refused, rejected, not configured)
   */
  SubmissionReceipt submit(SubmissionRequest request);
}
