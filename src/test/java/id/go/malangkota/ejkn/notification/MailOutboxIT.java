package id.go.malangkota.ejkn.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import id.go.malangkota.ejkn.intake.TestFamilies;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import id.go.malangkota.ejkn.support.TestInfrastructure;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail outbox against a real SMTP server (GreenMail): a rolled-back step sends nothing, SMTP down loses nothing
 * and sends each mail once when it is back, and several nodes sending the same outbox send every mail exactly once.
 */
@EjknIntegrationTest
class MailOutboxIT {

  @Autowired MailPort mail;
  @Autowired MailDispatcher dispatcher;
  @Autowired MailOutbox outbox;
  @Autowired MailTransport transport;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired TestRestTemplate rest;

  static List<MimeMessage> received(String subjectPart) {
    return Arrays.stream(TestInfrastructure.greenMail().getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject() != null && m.getSubject().contains(subjectPart);
      } catch (MessagingException e) {
        return false;
      }
    }).toList();
  }

  /** GreenMail keeps a copy per recipient: one sent message is one Message-ID. */
  static long sent(String subjectPart) {
    return received(subjectPart).stream().map(m -> {
      try {
        return m.getMessageID();
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).distinct().count();
  }

  int rows(String subjectPart, String condition) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_mail_outbox WHERE subject LIKE ? AND " + condition,
        Integer.class, "%" + subjectPart + "%");
  }

  @Test
  void aMailOfAStepThatRolledBackIsNeverSent() {
    String tag = "rollback-" + UUID.randomUUID();
    transactions.executeWithoutResult(tx -> {
      mail.send(List.of("warga@example.id"), "Uji " + tag, "isi");
      assertThat(rows(tag, "sent_at IS NULL")).isEqualTo(1);
      tx.setRollbackOnly();
    });
    String committed = "commit-" + UUID.randomUUID();
    transactions.executeWithoutResult(tx -> mail.send(List.of("warga@example.id"), "Uji " + committed, "isi"));

    await().atMost(Duration.ofSeconds(20)).until(() -> sent(committed) == 1);
    dispatcher.dispatchDue(Instant.now().plus(Duration.ofDays(1)));
    assertThat(rows(tag, "1 = 1")).isZero();
    assertThat(received(tag)).isEmpty();
    assertThat(rows(committed, "sent_at IS NOT NULL")).isEqualTo(1);
  }

  @Test
  @SuppressWarnings({"rawtypes", "unchecked"})
  void whileSmtpIsDownApplicationsGoOnAndTheirMailsAreSentOnceWhenItIsBack() throws Exception {
    GreenMail smtp = TestInfrastructure.greenMail();
    List<String> numbers = new ArrayList<>();
    smtp.stop();
    try {
      for (int i = 0; i < 3; i++) {
        Map<String, Object> family = TestFamilies.twoMemberFamily("35.73.01.1006");
        family.put("documents", Map.of("rtRwLetter", false, "stampedStatement", false, "hospitalLetter", false));
        ResponseEntity<Map> created = rest.withBasicAuth("pandanwangi", "demo").postForEntity("/api/applications",
            family, Map.class);
        assertThat(created.getStatusCode()).as("an officer's intake does not depend on SMTP").isEqualTo(HttpStatus.CREATED);
        numbers.add(created.getBody().get("id").toString());
      }
      // each application stops for its missing document; its mail waits in the outbox after a failed attempt
      for (String number : numbers) {
        await().atMost(Duration.ofSeconds(60)).until(() -> rows(number, "sent_at IS NULL AND attempts > 0") >= 1);
      }
      assertThat(dispatcher.dispatchDue(Instant.now().plus(Duration.ofDays(1))).failed()).isEqualTo(1);
      MailOutbox.Backlog backlog = dispatcher.refreshMetrics(Instant.now());
      assertThat(backlog.pending()).isGreaterThanOrEqualTo(3);
      assertThat(backlog.failing()).isGreaterThanOrEqualTo(3);
    } finally {
      smtp.start();
    }
    for (String number : numbers) {
      assertThat(received(number)).isEmpty();
    }
    Instant later = Instant.now().plus(Duration.ofDays(2));
    while (dispatcher.dispatchDue(later).sent() > 0) {
      // the batch is 50; other tests may have left mails too
    }
    for (String number : numbers) {
      assertThat(sent(number)).as("mail of %s", number).isEqualTo(1);
      assertThat(received(number).get(0).getSubject()).contains("dokumen");
      assertThat(rows(number, "sent_at IS NULL")).isZero();
    }
    dispatcher.dispatchDue(later.plus(Duration.ofDays(1)));
    long delivered = 0;
    long duplicated = 0;
    for (String number : numbers) {
      delivered += sent(number);
      duplicated += Math.max(0, sent(number) - 1);
      assertThat(sent(number)).isEqualTo(1);
    }
    System.out.printf("MailOutboxIT, SMTP down: applications accepted %d, mails queued %d, sent once SMTP was back %d, "
        + "lost %d, duplicated %d%n", numbers.size(), numbers.size(), delivered, numbers.size() - delivered, duplicated);
  }

  @Test
  void twoNodesSendingTheSameOutboxSendEveryMailExactlyOnce() throws Exception {
    String tag = "nodes-" + UUID.randomUUID();
    Instant future = Instant.now().plus(Duration.ofDays(2));
    for (int i = 0; i < 60; i++) {
      // queued for later, so that only the two nodes below see them
      jdbc.update("INSERT INTO ejkn_mail_outbox (id, recipients, subject, body, created_at, attempts, next_attempt_at) "
          + "VALUES (?, ?, ?, ?, ?, 0, ?)", UUID.randomUUID().toString(), "petugas@example.id", "Uji " + tag + " #" + i,
          "isi", Timestamp.from(Instant.now()), Timestamp.from(future.minusSeconds(60)));
    }
    MailDispatcher.Settings settings = new MailDispatcher.Settings(Duration.ofSeconds(30), Duration.ofHours(1),
        Duration.ofMinutes(5), Duration.ofDays(30), 50);
    List<MailDispatcher> nodes = List.of(
        new MailDispatcher(outbox, transport, settings, "node-a", Clock.systemUTC()),
        new MailDispatcher(outbox, transport, settings, "node-b", Clock.systemUTC()));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Integer>> work = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        MailDispatcher node = nodes.get(t % 2);
        work.add(() -> {
          int sent = 0;
          for (int round = 0; round < 5; round++) {
            sent += node.dispatchDue(future).sent();
          }
          return sent;
        });
      }
      int total = 0;
      for (Future<Integer> f : pool.invokeAll(work)) {
        total += f.get();
      }
      System.out.printf("MailOutboxIT, two nodes × two threads: queued 60, sent %d, messages received %d%n", total,
          sent(tag));
      assertThat(total).isEqualTo(60);
    } finally {
      pool.shutdownNow();
    }
    assertThat(received(tag)).hasSize(60);
    assertThat(received(tag).stream().map(m -> {
      try {
        return m.getSubject();
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).distinct()).hasSize(60);
    assertThat(rows(tag, "sent_at IS NULL")).isZero();
  }

  @Test
  void aMailClaimedByANodeThatDiedIsSentOnceItsClaimRunsOut() {
    String tag = "dead-node-" + UUID.randomUUID();
    String id = UUID.randomUUID().toString();
    Instant now = Instant.now();
    jdbc.update("INSERT INTO ejkn_mail_outbox (id, recipients, subject, body, created_at, attempts, next_attempt_at, "
        + "claimed_by, claimed_until) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)", id, "petugas@example.id", "Uji " + tag, "isi",
        Timestamp.from(now), Timestamp.from(now), "node-that-died", Timestamp.from(now.plus(Duration.ofMinutes(5))));
    assertThat(dispatcher.dispatchDue(now.plus(Duration.ofMinutes(1))).sent()).isZero();
    assertThat(received(tag)).isEmpty();
    dispatcher.dispatchDue(now.plus(Duration.ofMinutes(6)));
    assertThat(sent(tag)).isEqualTo(1);
    dispatcher.dispatchDue(now.plus(Duration.ofMinutes(20)));
    assertThat(sent(tag)).isEqualTo(1);
  }
}
