package id.go.malangkota.ejkn.bpjs;

/**
 * BPJS refused the request or we cannot make a valid one (credentials, signature, configuration, a value with no
 * mapping). Not retryable: retrying would hammer BPJS with the same bad request; the job should fail at once
 * into an incident for an operator.
 */
public final class BpjsRefusedException extends BpjsException {

  public BpjsRefusedException(BpjsErrorCode errorCode, String detail, String bpjsCode) {
    super(requireNotRetryable(errorCode), detail, bpjsCode, null);
  }

  private static BpjsErrorCode requireNotRetryable(BpjsErrorCode code) {
    if (code.retryable()) {
      throw new IllegalArgumentException(code + " is retryable; use BpjsUnavailableException");
    }
    return code;
  }
}
