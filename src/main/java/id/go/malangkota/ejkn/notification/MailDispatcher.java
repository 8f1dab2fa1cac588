package id.go.malangkota.ejkn.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what {@link MailOutbox} queued. Every node runs it: woken after each commit that queued a mail, and every
 * {@code ejkn.mail.outbox.sweep-interval} for what is left (SMTP was down, a node died). Each row is claimed before it
 * is sent, so of several nodes (or threads) exactly one sends it; the claim runs out after {@code claim-timeout}, so a
 * node that died while holding it delays the mail, it does not lose it. A failed send is retried with a doubling wait
 * (from {@code retry-base} up to {@code retry-max}) and never given up; the backlog is a metric for the operator
 * ({@code ejkn.mail.outbox.*}). Sent rows hold personal data and are deleted after {@code keep-sent} (ADR 1302).
 */
@Component
public class MailDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);

  /** What one round did. */
  public record Round(int sent, int failed) {}

  record Settings(Duration retryBase, Duration retryMax, Duration claimTimeout, Duration keepSent, int batch) {}

  private final MailOutbox outbox;
  private final MailTransport transport;
  private final Settings settings;
  private final String node;
  private final Clock clock;
  private final ExecutorService waker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "ejkn-mail-dispatcher");
    t.setDaemon(true);
    return t;
  });
  private final AtomicBoolean wakeQueued = new AtomicBoolean();
  private final AtomicReference<MailOutbox.Backlog> backlog =
      new AtomicReference<>(new MailOutbox.Backlog(0, 0, Duration.ZERO));

  @Autowired
  MailDispatcher(MailOutbox outbox, MailTransport transport, id.go.malangkota.ejkn.platform.SchedulerLease lease,
      @Value("${ejkn.mail.outbox.retry-base:PT30S}") Duration retryBase,
      @Value("${ejkn.mail.outbox.retry-max:PT1H}") Duration retryMax,
      @Value("${ejkn.mail.outbox.claim-timeout:PT5M}") Duration claimTimeout,
      @Value("${ejkn.mail.outbox.keep-sent:P30D}") Duration keepSent, ObjectProvider<MeterRegistry> metrics) {
    this(outbox, transport, new Settings(retryBase, retryMax, claimTimeout, keepSent, 50), lease.node(),
        Clock.systemUTC());
    outbox.whenQueued(this::wake);
    metrics.ifAvailable(this::register);
  }

  MailDispatcher(MailOutbox outbox, MailTransport transport, Settings settings, String node, Clock clock) {
    this.outbox = outbox;
    this.transport = transport;
    this.settings = settings;
    this.node = node;
    this.clock = clock;
  }

  private void register(MeterRegistry registry) {
    Gauge.builder("ejkn.mail.outbox.pending", backlog, b -> b.get().pending())
        .description("Surel di outbox yang belum terkirim").register(registry);
    Gauge.builder("ejkn.mail.outbox.failing", backlog, b -> b.get().failing())
        .description("Surel belum terkirim yang sudah gagal dicoba setidaknya sekali").register(registry);
    Gauge.builder("ejkn.mail.outbox.oldest.pending.seconds", backlog, b -> b.get().oldest().toSeconds())
        .description("Umur surel tertua yang belum terkirim (detik)").register(registry);
  }

  /** Sends what is due, soon, on the dispatcher's own thread (several wakes before it runs make one round). */
  void wake() {
    if (wakeQueued.compareAndSet(false, true)) {
      waker.execute(() -> {
        wakeQueued.set(false);
        try {
          dispatchDue(clock.instant());
        } catch (RuntimeException e) {
          LOG.warn("Pengiriman surel dari outbox gagal; dicoba lagi pada putaran berikutnya: {}", e.toString());
        }
      });
    }
  }

  @Scheduled(fixedDelayString = "${ejkn.mail.outbox.sweep-interval:PT30S}",
      initialDelayString = "${ejkn.mail.outbox.sweep-interval:PT30S}")
  public void sweep() {
    Instant now = clock.instant();
    dispatchDue(now);
    outbox.deleteSentBefore(now.minus(settings.keepSent()));
    refreshMetrics(now);
  }

  /**
   * One round as of {@code now}: the due rows, oldest first, up to the batch size, each claimed before it is sent.
   * The round stops at the first failure (SMTP is then most likely down for all of them).
   */
  public Round dispatchDue(Instant now) {
    int sent = 0;
    for (String id : outbox.due(now, settings.batch())) {
      if (!outbox.claim(id, node, now, now.plus(settings.claimTimeout()))) {
        continue;
      }
      MailOutbox.Queued mail = outbox.load(id).orElse(null);
      if (mail == null) {
        continue;
      }
      try {
        transport.send(id, mail.to(), mail.subject(), mail.body());
      } catch (RuntimeException e) {
        int attempts = mail.attempts() + 1;
        Instant next = now.plus(backoff(attempts));
        outbox.failed(id, node, attempts, next, e.toString());
        LOG.warn("Surel {} belum terkirim (percobaan ke-{}), dicoba lagi setelah {}: {}", id, attempts, next, e.toString());
        return new Round(sent, 1);
      }
      outbox.sent(id, node, clock.instant());
      sent++;
    }
    return new Round(sent, 0);
  }

  /** The wait after the n-th failed attempt: retry-base × 2^(n−1), at most retry-max. */
  Duration backoff(int attempts) {
    Duration wait = settings.retryBase();
    for (int i = 1; i < attempts && wait.compareTo(settings.retryMax()) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(settings.retryMax()) > 0 ? settings.retryMax() : wait;
  }

  MailOutbox.Backlog refreshMetrics(Instant now) {
    MailOutbox.Backlog b = outbox.backlog(now);
    backlog.set(b);
    return b;
  }

  @PreDestroy
  void stop() {
    waker.shutdownNow();
  }
}
