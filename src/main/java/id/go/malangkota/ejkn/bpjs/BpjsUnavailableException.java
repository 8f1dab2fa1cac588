package id.go.malangkota.ejkn.bpjs;

/**
 * BPJS could not be reached, was too slow, or answered garbage. Retryable: the client has already made its short
 * bounded retry; the process's async job retries later and raises an incident when those run out.
 */
public final class BpjsUnavailableException extends BpjsException {

  public BpjsUnavailableException(BpjsErrorCode errorCode, String detail, String bpjsCode, Throwable cause) {
    super(requireRetryable(errorCode), detail, bpjsCode, cause);
  }

  private static BpjsErrorCode requireRetryable(BpjsErrorCode code) {
    if (!code.retryable()) {
      throw new IllegalArgumentException(code + " is not retryable; use BpjsRefusedException");
    }
    return code;
  }
}
