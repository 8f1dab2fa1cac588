package id.go.malangkota.ejkn.bpjs.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * Builds idempotency keys from what identifies a submission: the process instance, the type and the candidates.
 * Hashed, because keys are logged and stored and must not carry NIKs in clear.
 */
public final class IdempotencyKey {

  private IdempotencyKey() {}

  /** e.g. {@code REGISTER-3f7a...} (type + 40 hex digits); the order of the NIKs does not matter. */
  public static String of(String processInstanceId, SubmissionType type, Collection<String> niks) {
    String material = processInstanceId + "|" + type + "|" + String.join(",", new TreeSet<>(niks));
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
      return type + "-" + HexFormat.of().formatHex(hash).substring(0, 40);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
