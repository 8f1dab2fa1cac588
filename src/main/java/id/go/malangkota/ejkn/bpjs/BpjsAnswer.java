package id.go.malangkota.ejkn.bpjs;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A BPJS envelope that came back intact: {@code metaData} and the decrypted {@code response} ({@code null} when
 * BPJS sent none).
 */
public record BpjsAnswer(String code, String message, JsonNode response) {

  public boolean ok() {
    return BpjsCodes.META_OK.equals(code);
  }

  public boolean notFound() {
    return BpjsCodes.isNotFound(code, message);
  }

  /** @throws BpjsRefusedException ({@code BPJS_REJECTED}) unless {@code metaData.code} is 200 */
  public BpjsAnswer requireOk() {
    if (!ok()) {
      throw new BpjsRefusedException(BpjsErrorCode.REJECTED, "metaData " + code + ": " + BpjsHttp.scrub(message), code);
    }
    return this;
  }
}
