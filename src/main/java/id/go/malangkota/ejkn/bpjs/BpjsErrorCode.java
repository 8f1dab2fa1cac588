package id.go.malangkota.ejkn.bpjs;

/**
 * Why a call to BPJS Kesehatan failed: a stable code for machines (incident filters, metrics, the process) and a
 * message in Bahasa Indonesia for the operator who reads the incident.
 */
public enum BpjsErrorCode {
  /** BPJS refused the caller: consumer id, secret, user_key or signature not accepted. */
  REFUSED("BPJS_REFUSED", false,
      "BPJS Kesehatan menolak akses: consumer ID, secret key, user_key atau tanda tangan (signature) tidak diterima. "
          + "Periksa kredensial bridging dan jam server; pengulangan otomatis tidak akan membantu."),
  /** The credentials or address for the real BPJS are missing (simulator off, nothing configured). */
  NOT_CONFIGURED("BPJS_NOT_CONFIGURED", false,
      "Koneksi ke BPJS Kesehatan belum dikonfigurasi (ejkn.bpjs.base-url, cons-id, secret, user-key)."),
  /** BPJS understood the request and said no (an error code in metaData other than a refusal). */
  REJECTED("BPJS_REJECTED", false,
      "BPJS Kesehatan menolak permintaan ini; periksa data yang dikirim dan pesan dari BPJS."),
  /** BPJS answered with a value this system has no mapping for (e.g. a new participant type). */
  UNKNOWN_VALUE("BPJS_UNKNOWN_VALUE", false,
      "Jawaban BPJS Kesehatan berisi nilai yang belum dikenal sistem; pemetaan kode perlu diperbarui."),
  /** No connection, HTTP 5xx, or a gateway error. */
  UNAVAILABLE("BPJS_UNAVAILABLE", true,
      "Layanan BPJS Kesehatan tidak dapat dihubungi atau sedang gangguan; akan dicoba lagi."),
  /** Connected, but no answer within the read time-out. */
  TIMEOUT("BPJS_TIMEOUT", true,
      "Layanan BPJS Kesehatan tidak menjawab dalam batas waktu; akan dicoba lagi."),
  /** An answer that is not a BPJS envelope, or whose response does not decrypt or decompress. */
  INVALID_RESPONSE("BPJS_INVALID_RESPONSE", true,
      "Jawaban BPJS Kesehatan tidak dapat dibaca (format, enkripsi atau kompresi rusak); akan dicoba lagi.");

  private final String code;
  private final boolean retryable;
  private final String message;

  BpjsErrorCode(String code, boolean retryable, String message) {
    this.code = code;
    this.retryable = retryable;
    this.message = message;
  }

  public String code() {
    return code;
  }

  public boolean retryable() {
    return retryable;
  }

  public String message() {
    return message;
  }

  /**
   * Whether a call that failed this way works once BPJS answers again: an outage, a time-out, a garbled answer, a
   * refused signature or missing credentials are about the connection, not about the request. A request BPJS
   * rejected or answered with an unknown value fails again however often it is repeated.
   */
  public boolean healsWhenBpjsAnswers() {
    return this != REJECTED && this != UNKNOWN_VALUE;
  }

  /** The code a failure message starts with ({@code BPJS_TIMEOUT: ...}, as jobs and incidents keep it), if any. */
  public static java.util.Optional<BpjsErrorCode> ofMessage(String message) {
    if (message == null) {
      return java.util.Optional.empty();
    }
    for (BpjsErrorCode c : values()) {
      if (message.startsWith(c.code + ":")) {
        return java.util.Optional.of(c);
      }
    }
    return java.util.Optional.empty();
  }
}
