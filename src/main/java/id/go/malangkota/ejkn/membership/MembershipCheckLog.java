package id.go.malangkota.ejkn.membership;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail of membership checks ({@code ejkn_membership_check}): who looked up whom, when, and what BPJS
 * answered. The NIK is stored in clear, because an auditor must be able to answer "who looked up this NIK"; the
 * table is only read through the auditor's API, and the NIK never goes to a log line. Written in a transaction of
 * its own: the look-up happened even if the caller's transaction later rolls back.
 */
@Repository
public class MembershipCheckLog {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public MembershipCheckLog(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public record Entry(String id, Instant checkedAt, String checkedBy, String kelurahanCode, String channel,
      String nik, LocalDate birthDate, String resultStatus, String segment, String errorCode,
      String processInstanceId) {}

  /** Records one check and returns its id. */
  public String record(String checkedBy, String kelurahanCode, String channel, String nik, LocalDate birthDate,
      String resultStatus, String segment, String errorCode, String processInstanceId, Instant at) {
    String id = UUID.randomUUID().toString();
    ownTransaction.executeWithoutResult(s -> jdbc.update("INSERT INTO ejkn_membership_check (id, checked_at, checked_by, "
            + "kelurahan_code, channel, nik, birth_date, result_status, segment, error_code, process_instance_id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id, Timestamp.from(at), checkedBy == null ? "(sistem)" : checkedBy, kelurahanCode, channel, nik, birthDate,
        resultStatus, segment, errorCode, processInstanceId));
    return id;
  }

  /** Every check of one NIK, newest first (auditor's question: who looked up this person?). */
  public List<Entry> byNik(String nik) {
    return jdbc.query("SELECT id, checked_at, checked_by, kelurahan_code, channel, nik, birth_date, result_status, "
            + "segment, error_code, process_instance_id FROM ejkn_membership_check WHERE nik = ? "
            + "ORDER BY checked_at DESC", (rs, i) -> new Entry(rs.getString(1), rs.getTimestamp(2).toInstant(),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(), rs.getString(8), rs.getString(9),
            rs.getString(10), rs.getString(11)), nik);
  }

  /** Forgets checks older than the retention (UU 27/2022); returns how many. */
  public int purgeBefore(java.time.Instant cutoff) {
    return jdbc.update("DELETE FROM ejkn_membership_check WHERE checked_at < ?", java.sql.Timestamp.from(cutoff));
  }

}
