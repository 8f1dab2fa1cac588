package id.go.malangkota.ejkn.bpjs.submission;

import id.go.malangkota.ejkn.bpjs.BpjsErrorCode;
import id.go.malangkota.ejkn.bpjs.BpjsException;
import id.go.malangkota.ejkn.bpjs.BpjsUnavailableException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Remembers every submission by its idempotency key (table {@code ejkn_bpjs_submission}).
 *
 * <p>Every write commits in its own transaction: the caller is usually a Camunda job whose transaction rolls back
 * when the job fails after the send; had the ledger joined it, the record of the send would vanish and the retry
 * would send again.
 */
@Component
public class SubmissionLedger {

  private static final Logger log = LoggerFactory.getLogger(SubmissionLedger.class);
  /** A claim older than this is taken to belong to a crashed sender and may be taken over. */
  static final Duration STALE_CLAIM = Duration.ofMinutes(5);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate newTransaction;
  private final Clock clock;

  @Autowired
  public SubmissionLedger(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this(jdbc, transactionManager, Clock.systemUTC());
  }

  SubmissionLedger(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
    this.jdbc = jdbc;
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** What a sender gets: the key and a reference reserved earlier for it (a letter number), if any. */
  public record Claim(String idempotencyKey, int attempt, String reservedReference) {}

  /**
   * Sends once: returns the stored receipt if the key was sent before; otherwise claims the key, runs the sender
   * (which returns the reference: registration or letter number) and records the send.
   */
  public SubmissionReceipt once(SubmissionRequest request, String channel, Function<Claim, String> sender) {
    String key = request.idempotencyKey();
    Claim claim = claim(request, channel);
    if (claim == null) {
      return stored(key).orElseThrow();
    }
    String reference;
    try {
      reference = sender.apply(claim);
    } catch (RuntimeException e) {
      String code = e instanceof BpjsException be ? be.code() : e.getClass().getSimpleName();
      inNewTransaction(() -> jdbc.update(
          "UPDATE ejkn_bpjs_submission SET state = 'FAILED', last_error = ? WHERE idempotency_key = ?",
          code.length() > 60 ? code.substring(0, 60) : code, key));
      throw e;
    }
    Instant now = now();
    inNewTransaction(() -> jdbc.update(
        "UPDATE ejkn_bpjs_submission SET state = 'SENT', reference = ?, sent_at = ?, last_error = NULL "
            + "WHERE idempotency_key = ?", reference, Timestamp.from(now), key));
    log.info("Pengajuan {} {} terkirim lewat {} (ref {}, {} orang)", request.type(), key, channel, reference,
        request.members().size());
    return new SubmissionReceipt(key, request.type(), channel, reference, now, false);
  }

  /** Keeps a reference (a letter number) with the claim, so a resend after a crash reuses it. */
  public void reserveReference(String idempotencyKey, String reference) {
    inNewTransaction(() -> jdbc.update(
        "UPDATE ejkn_bpjs_submission SET reference = ? WHERE idempotency_key = ? AND reference IS NULL",
        reference, idempotencyKey));
  }

  /** The next number in this year's letter sequence. */
  public int nextLetterSequence(int year) {
    Integer seq = newTransaction.execute(status -> {
      if (jdbc.update("UPDATE ejkn_bpjs_letter_counter SET last_seq = last_seq + 1 WHERE letter_year = ?", year) == 0) {
        try {
          jdbc.update("INSERT INTO ejkn_bpjs_letter_counter (letter_year, last_seq) VALUES (?, 1)", year);
          return 1;
        } catch (DuplicateKeyException e) {
          jdbc.update("UPDATE ejkn_bpjs_letter_counter SET last_seq = last_seq + 1 WHERE letter_year = ?", year);
        }
      }
      return jdbc.queryForObject("SELECT last_seq FROM ejkn_bpjs_letter_counter WHERE letter_year = ?", Integer.class,
          year);
    });
    return seq;
  }

  /** The receipt of a key already sent. */
  public java.util.Optional<SubmissionReceipt> stored(String idempotencyKey) {
    List<SubmissionReceipt> rows = jdbc.query(
        "SELECT request_type, channel, reference, sent_at FROM ejkn_bpjs_submission "
            + "WHERE idempotency_key = ? AND state = 'SENT'",
        (rs, i) -> new SubmissionReceipt(idempotencyKey, SubmissionType.valueOf(rs.getString(1)), rs.getString(2),
            rs.getString(3), rs.getTimestamp(4).toInstant(), true),
        idempotencyKey);
    return rows.stream().findFirst();
  }

  /** @return the claim, or null when the key was already sent */
  private Claim claim(SubmissionRequest request, String channel) {
    String key = request.idempotencyKey();
    for (int round = 0; round < 2; round++) {
      var sent = stored(key);
      if (sent.isPresent()) {
        if (sent.get().type() != request.type()) {
          throw new IllegalStateException("idempotency key " + key + " was used for " + sent.get().type());
        }
        log.info("Pengajuan {} sudah terkirim sebelumnya (ref {}); tidak dikirim ulang", key, sent.get().reference());
        return null;
      }
      Instant now = now();
      try {
        inNewTransaction(() -> jdbc.update(
            "INSERT INTO ejkn_bpjs_submission (idempotency_key, request_type, channel, state, member_count, attempts, "
                + "created_at, claimed_at) VALUES (?, ?, ?, 'CLAIMED', ?, 1, ?, ?)",
            key, request.type().name(), channel, request.members().size(), Timestamp.from(now), Timestamp.from(now)));
        return new Claim(key, 1, null);
      } catch (DuplicateKeyException e) {
        // known key: a failed or abandoned earlier attempt may be taken over, a live one may not
        int taken = inNewTransaction(() -> jdbc.update(
            "UPDATE ejkn_bpjs_submission SET state = 'CLAIMED', claimed_at = ?, attempts = attempts + 1 "
                + "WHERE idempotency_key = ? AND (state = 'FAILED' OR (state = 'CLAIMED' AND claimed_at < ?))",
            Timestamp.from(now), key, Timestamp.from(now.minus(STALE_CLAIM))));
        if (taken == 1) {
          return jdbc.queryForObject(
              "SELECT attempts, reference FROM ejkn_bpjs_submission WHERE idempotency_key = ?",
              (rs, i) -> new Claim(key, rs.getInt(1), rs.getString(2)), key);
        }
        if (stored(key).isEmpty()) {
          throw new BpjsUnavailableException(BpjsErrorCode.UNAVAILABLE,
              "pengajuan " + key + " sedang dikirim oleh proses lain", null, null);
        }
      }
    }
    return null;
  }

  /** Millisecond precision: what every database keeps, so a stored receipt equals the one first returned. */
  private Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }

  private int inNewTransaction(java.util.function.IntSupplier work) {
    Integer result = newTransaction.execute(status -> work.getAsInt());
    return result == null ? 0 : result;
  }
}
