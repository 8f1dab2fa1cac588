package id.go.malangkota.ejkn.bpjs.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encryption of the {@code response} field of a BPJS answer: AES-256-CBC/PKCS5 with key =
 * SHA-256(consId + secret + timestamp of the request) and IV = the first 16 bytes of that key, over the
 * LZ-String ({@code compressToEncodedURIComponent}) form of the JSON.
 */
public final class BpjsCipher {

  private BpjsCipher() {}

  /** JSON to the Base64 text BPJS puts into {@code response}; the simulator answers with it. */
  public static String encryptResponse(String json, String consId, String secret, String timestamp) {
    return encrypt(LzString.compressToEncodedURIComponent(json), consId, secret, timestamp);
  }

  /**
   * The Base64 text of {@code response} back to JSON.
   *
   * @throws IllegalArgumentException when the text is not Base64, does not decrypt with this key or does not
   *     decompress; the caller decides what that means (garbage from BPJS).
   */
  public static String decryptResponse(String base64, String consId, String secret, String timestamp) {
    String json = LzString.decompressFromEncodedURIComponent(decrypt(base64, consId, secret, timestamp));
    if (json == null || json.isEmpty()) {
      throw new IllegalArgumentException("response does not decompress");
    }
    return json;
  }

  /** The AES step alone: text to Base64 ciphertext. */
  public static String encrypt(String plain, String consId, String secret, String timestamp) {
    return Base64.getEncoder().encodeToString(aes(Cipher.ENCRYPT_MODE, consId, secret, timestamp,
        plain.getBytes(StandardCharsets.UTF_8)));
  }

  /** The AES step alone: Base64 ciphertext to text. */
  public static String decrypt(String base64, String consId, String secret, String timestamp) {
    byte[] cipherText;
    try {
      cipherText = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("response is not Base64");
    }
    try {
      return new String(aes(Cipher.DECRYPT_MODE, consId, secret, timestamp, cipherText), StandardCharsets.UTF_8);
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException("response does not decrypt with the key of this request");
    }
  }

  static byte[] key(String consId, String secret, String timestamp) {
    try {
      return MessageDigest.getInstance("SHA-256").digest((consId + secret + timestamp).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static byte[] aes(int mode, String consId, String secret, String timestamp, byte[] input) {
    byte[] key = key(consId, secret, timestamp);
    try {
      Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
      cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      // bad padding / block size: the text was not encrypted with this key
      throw new IllegalStateException("AES failed: " + e.getClass().getSimpleName());
    }
  }
}
