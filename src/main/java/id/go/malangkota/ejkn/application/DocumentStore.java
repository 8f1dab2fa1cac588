package id.go.malangkota.ejkn.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Scans of the documents handed in (KK, letters). Only PDF, JPEG and PNG, recognised by their content (the first
 * bytes), never by the name or the browser's claim; at most 2 MiB each.
 */
@Repository
public class DocumentStore {

  public static final long MAX_BYTES = 2L * 1024 * 1024;
  public static final Set<String> KINDS = Set.of("KTP", "KK", "RT_RW_LETTER", "STAMPED_STATEMENT", "HOSPITAL_LETTER",
      "POWER_OF_ATTORNEY", "REPRESENTATIVE_KTP", "DEATH_CERTIFICATE", "MOVING_LETTER", "EMPLOYMENT_EVIDENCE",
      "APBN_EVIDENCE", "DUPLICATE_EVIDENCE", "INELIGIBILITY_EVIDENCE", "OTHER");

  public record StoredDocument(String id, String applicationNumber, String kind, String fileName, String contentType,
      long size, String sha256, String uploadedBy, Instant uploadedAt) {}

  private final JdbcTemplate jdbc;

  public DocumentStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The content type the bytes really are, or empty when they are none of PDF, JPEG, PNG. */
  public static Optional<String> sniff(byte[] b) {
    if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
      return Optional.of("application/pdf");
    }
    if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
      return Optional.of("image/jpeg");
    }
    if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
        && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
      return Optional.of("image/png");
    }
    return Optional.empty();
  }

  public StoredDocument save(String applicationNumber, String kind, String fileName, String contentType, byte[] content,
      String uploadedBy) {
    String id = UUID.randomUUID().toString();
    Instant now = Instant.now();
    String name = fileName == null || fileName.isBlank() ? kind.toLowerCase() : fileName.replaceAll("[\\\\/\\r\\n\"]", "_");
    if (name.length() > 200) {
      name = name.substring(name.length() - 200);
    }
    String sha = sha256(content);
    jdbc.update("INSERT INTO ejkn_document (id, application_number, kind, file_name, content_type, size_bytes, sha256, "
            + "content, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id, applicationNumber, kind, name, contentType, content.length, sha, content, uploadedBy, Timestamp.from(now));
    return new StoredDocument(id, applicationNumber, kind, name, contentType, content.length, sha, uploadedBy, now);
  }

  public List<StoredDocument> list(String applicationNumber) {
    return jdbc.query("SELECT id, application_number, kind, file_name, content_type, size_bytes, sha256, uploaded_by, "
            + "uploaded_at FROM ejkn_document WHERE application_number = ? ORDER BY uploaded_at, id",
        (rs, i) -> new StoredDocument(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getLong(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant()),
        applicationNumber);
  }

  public Optional<byte[]> content(String applicationNumber, String id) {
    return jdbc.query("SELECT content FROM ejkn_document WHERE application_number = ? AND id = ?",
        (rs, i) -> rs.getBytes(1), applicationNumber, id).stream().findFirst();
  }

  public Optional<StoredDocument> find(String applicationNumber, String id) {
    return list(applicationNumber).stream().filter(d -> d.id().equals(id)).findFirst();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Deletes the scans of these applications (their retention ended with the application). */
  public int deleteFor(List<String> applicationNumbers) {
    int deleted = 0;
    for (String number : applicationNumbers) {
      deleted += jdbc.update("DELETE FROM ejkn_document WHERE application_number = ?", number);
    }
    return deleted;
  }

}
