package id.go.malangkota.ejkn.bpjs;

/**
 * A call to BPJS Kesehatan that did not give a business answer. The message starts with the stable code and never
 * contains personal data, because it becomes the incident message in Cockpit.
 */
public abstract sealed class BpjsException extends RuntimeException
    permits BpjsRefusedException, BpjsUnavailableException {

  private final BpjsErrorCode errorCode;
  private final String bpjsCode;

  protected BpjsException(BpjsErrorCode errorCode, String detail, String bpjsCode, Throwable cause) {
    super(errorCode.code() + ": " + errorCode.message() + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"),
        cause);
    this.errorCode = errorCode;
    this.bpjsCode = bpjsCode;
  }

  public BpjsErrorCode errorCode() {
    return errorCode;
  }

  /** The stable machine code, e.g. {@code BPJS_TIMEOUT}. */
  public String code() {
    return errorCode.code();
  }

  /** {@code metaData.code} of the BPJS answer, or the HTTP status, when there was one. */
  public String bpjsCode() {
    return bpjsCode;
  }

  public boolean retryable() {
    return errorCode.retryable();
  }
}
