package id.go.malangkota.ejkn.bpjs.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The BPJS bridging request signature: Base64(HMAC-SHA256(key = consumer secret, message = consId&timestamp)). */
public final class BpjsSignature {

  private BpjsSignature() {}

  public static String sign(String consId, String secret, String timestamp) {
    return hmacSha256Base64(consId + "&" + timestamp, secret);
  }

  public static String hmacSha256Base64(String message, String key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  /** Constant-time comparison, so the simulator does not leak how much of a forged signature was right. */
  public static boolean matches(String expected, String actual) {
    if (expected == null || actual == null) {
      return false;
    }
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
  }
}
