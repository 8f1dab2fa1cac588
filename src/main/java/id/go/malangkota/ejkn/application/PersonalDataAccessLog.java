package id.go.malangkota.ejkn.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who read which person's data (UU 27/2022): every read of an application file, a document scan or an unmasked audit
 * trail through the app, with the user and the application number. The auditor reads it; it is kept as long as the
 * history it points to. Owner of {@code ejkn_personal_data_access}.
 */
@Component
public class PersonalDataAccessLog {

  /** What was read. */
  public enum Kind { APPLICATION, DOCUMENT, AUDIT_TRAIL, RECEIPT }

  public record Access(Instant accessedAt, String userId, Kind kind, String subject, String detail) {}

  private final JdbcTemplate jdbc;
  private final IdentityService identity;

  public PersonalDataAccessLog(JdbcTemplate jdbc, IdentityService identity) {
    this.jdbc = jdbc;
    this.identity = identity;
  }

  /** Records a read by the authenticated user (nothing to record for the system itself). */
  public void read(Kind kind, String applicationNumber, String detail) {
    var authentication = identity.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null || applicationNumber == null) {
      return;
    }
    jdbc.update("INSERT INTO ejkn_personal_data_access (id, accessed_at, user_id, kind, subject, detail) VALUES (?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), Timestamp.from(Instant.now()), authentication.getUserId(), kind.name(),
        applicationNumber, detail == null ? null : detail.substring(0, Math.min(200, detail.length())));
  }

  /** The reads of one application's data, newest first. */
  public List<Access> of(String applicationNumber, int limit) {
    return jdbc.query("SELECT accessed_at, user_id, kind, subject, detail FROM ejkn_personal_data_access"
        + " WHERE subject = ? ORDER BY accessed_at DESC", ps -> {
          ps.setString(1, applicationNumber);
          ps.setMaxRows(limit);
        }, (rs, i) -> new Access(rs.getTimestamp(1).toInstant(), rs.getString(2), Kind.valueOf(rs.getString(3)),
            rs.getString(4), rs.getString(5)));
  }

  /** Forgets reads older than the retention (with the history they refer to). */
  public int purgeBefore(Instant cutoff) {
    return jdbc.update("DELETE FROM ejkn_personal_data_access WHERE accessed_at < ?", Timestamp.from(cutoff));
  }
}
