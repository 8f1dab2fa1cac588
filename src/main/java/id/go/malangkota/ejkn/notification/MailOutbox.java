package id.go.malangkota.ejkn.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The mail port's adapter and the owner of {@code ejkn_mail_outbox}: a mail is a row, written in the transaction of
 * the step that decides it (the engine's transaction for a service task, so a step that rolls back and is retried
 * leaves no mail of its own). Once that transaction has committed, whoever listens ({@link MailDispatcher}) is told
 * to send it; a row is claimed by one sender before it is sent (ADR 1302).
 */
@Component
public class MailOutbox implements MailPort {

  private static final String SEPARATOR = "\n";

  /** A mail waiting to be sent. */
  record Queued(String id, List<String> to, String subject, String body, int attempts) {}

  /** What is not sent yet: how many, how many of them failed at least once, the age of the oldest. */
  record Backlog(long pending, long failing, Duration oldest) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private volatile Runnable onQueued = () -> { };

  @org.springframework.beans.factory.annotation.Autowired
  public MailOutbox(JdbcTemplate jdbc) {
    this(jdbc, Clock.systemUTC());
  }

  MailOutbox(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Run after every commit that queued mail (and at once when there was no transaction). */
  void whenQueued(Runnable listener) {
    this.onQueued = listener;
  }

  @Override
  public void send(Collection<String> to, String subject, String body) {
    if (to.isEmpty()) {
      return;
    }
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.update("INSERT INTO ejkn_mail_outbox (id, recipients, subject, body, created_at, attempts, next_attempt_at) "
        + "VALUES (?, ?, ?, ?, ?, 0, ?)", UUID.randomUUID().toString(), String.join(SEPARATOR, to),
        abbreviate(subject.replaceAll("[\\r\\n]+", " ")), body, now, now);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          onQueued.run();
        }
      });
    } else {
      onQueued.run();
    }
  }

  /**
   * Unsent rows whose next attempt is due at {@code now} and that no live claim holds, oldest first, at most
   * {@code limit}: the database stops there, so a backlog of hours of SMTP outage is not read whole on every wake.
   */
  List<String> due(Instant now, int limit) {
    return jdbc.queryForList("SELECT id FROM ejkn_mail_outbox WHERE sent_at IS NULL AND next_attempt_at <= ? "
        + "AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY created_at, id FETCH FIRST " + limit + " ROWS ONLY",
        String.class, Timestamp.from(now), Timestamp.from(now));
  }

  /** One conditional UPDATE: true for exactly one of several senders claiming the same row at the same time. */
  boolean claim(String id, String node, Instant now, Instant until) {
    return jdbc.update("UPDATE ejkn_mail_outbox SET claimed_by = ?, claimed_until = ? WHERE id = ? AND sent_at IS NULL "
        + "AND (claimed_until IS NULL OR claimed_until < ?)", node, Timestamp.from(until), id, Timestamp.from(now)) == 1;
  }

  Optional<Queued> load(String id) {
    return jdbc.query("SELECT recipients, subject, body, attempts FROM ejkn_mail_outbox WHERE id = ?",
        (rs, i) -> new Queued(id, Arrays.asList(rs.getString(1).split(SEPARATOR)), rs.getString(2), rs.getString(3),
            rs.getInt(4)), id).stream().findFirst();
  }

  void sent(String id, String node, Instant at) {
    jdbc.update("UPDATE ejkn_mail_outbox SET sent_at = ?, attempts = attempts + 1, claimed_by = NULL, claimed_until = NULL "
        + "WHERE id = ? AND claimed_by = ?", Timestamp.from(at), id, node);
  }

  void failed(String id, String node, int attempts, Instant next, String error) {
    jdbc.update("UPDATE ejkn_mail_outbox SET attempts = ?, next_attempt_at = ?, last_error = ?, claimed_by = NULL, "
        + "claimed_until = NULL WHERE id = ? AND claimed_by = ?", attempts, Timestamp.from(next), abbreviate(error), id,
        node);
  }

  int deleteSentBefore(Instant before) {
    return jdbc.update("DELETE FROM ejkn_mail_outbox WHERE sent_at < ?", Timestamp.from(before));
  }

  Backlog backlog(Instant now) {
    return jdbc.queryForObject("SELECT COUNT(*), SUM(CASE WHEN attempts > 0 THEN 1 ELSE 0 END), MIN(created_at) "
        + "FROM ejkn_mail_outbox WHERE sent_at IS NULL", (rs, i) -> {
          Timestamp oldest = rs.getTimestamp(3);
          return new Backlog(rs.getLong(1), rs.getLong(2),
              oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), now));
        });
  }

  private static String abbreviate(String s) {
    return s == null || s.length() <= 1000 ? s : s.substring(0, 999) + "…";
  }
}
