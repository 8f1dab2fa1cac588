package id.go.malangkota.ejkn.kpi;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import id.go.malangkota.ejkn.application.ApplicationLifecycle;
import id.go.malangkota.ejkn.application.ApplicationRegister;
import id.go.malangkota.ejkn.identity.SystemAccess;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import jakarta.annotation.PreDestroy;

/**
 * Loads a finished application from the register and the lifecycle view and hands it to every {@link OnApplicationFinished}
 * (the KPI facts, the audit search index). Runs on its own thread after the engine committed the end, so a
 * slow or failing recording never delays or breaks an officer's action; whatever was missed (a crash between
 * commit and recording, applications finished before this existed) is caught up at start-up and every hour.
 */
@Service
public class FinishedApplications {

  private final id.go.malangkota.ejkn.platform.SchedulerLease lease;
  private final java.time.Duration catchUpInterval;

  private static final Logger log = LoggerFactory.getLogger(FinishedApplications.class);
  /** How far back the regular catch-up looks for ended applications without facts. */
  static final Duration CATCH_UP_WINDOW = Duration.ofDays(7);

  private final ApplicationRegister register;
  private final ApplicationLifecycle lifecycle;
  private final ApplicationFacts facts;
  private final SystemAccess system;
  private final TransactionTemplate transaction;
  private final List<OnApplicationFinished> handlers;
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "ejkn-finished-applications");
    t.setDaemon(true);
    return t;
  });

  public FinishedApplications(ApplicationRegister register, ApplicationLifecycle lifecycle, ApplicationFacts facts,
      SystemAccess system, TransactionTemplate transaction, List<OnApplicationFinished> handlers,
      id.go.malangkota.ejkn.platform.SchedulerLease lease,
      @org.springframework.beans.factory.annotation.Value("${ejkn.kpi.catch-up-interval:PT1H}") java.time.Duration interval) {
    this.register = register;
    this.lease = lease;
    this.catchUpInterval = interval;
    this.lifecycle = lifecycle;
    this.facts = facts;
    this.system = system;
    this.transaction = transaction;
    this.handlers = handlers;
  }

  void recordLater(String processInstanceId) {
    if (executor.isShutdown()) {
      return; // shutting down: caught up at the next start
    }
    executor.execute(() -> {
      try {
        record(processInstanceId);
      } catch (RuntimeException e) {
        log.warn("Recording finished application of instance {} failed (caught up later): {}", processInstanceId,
            e.toString());
      }
    });
  }

  /** Records the application of that (top-level) instance if it is one and it has finished; true if recorded. */
  public boolean record(String numberOrProcessInstanceId) {
    Optional<FinishedApplication> loaded = system.read(() -> load(numberOrProcessInstanceId));
    loaded.ifPresent(app -> transaction.executeWithoutResult(s -> handlers.forEach(h -> h.finished(app))));
    return loaded.isPresent();
  }

  Optional<FinishedApplication> load(String numberOrProcessInstanceId) {
    Optional<ApplicationRegister.Summary> row = register.summary(numberOrProcessInstanceId);
    if (row.isEmpty()) {
      return Optional.empty();
    }
    ApplicationRegister.Summary r = row.get();
    Optional<ApplicationLifecycle.View> view = lifecycle.of(r.applicationNumber(), r.processInstanceId());
    if (view.isEmpty() || view.get().running()) {
      return Optional.empty();
    }
    ApplicationLifecycle.View v = view.get();
    return Optional.of(new FinishedApplication(r.applicationNumber(), r.processInstanceId(), v.lifecycleInstanceId(),
        r.type().name(), r.kelurahanCode(), r.submittedByRelation(), v.startedAt(), v.endedAt(), v.endActivityId(),
        ApplicationLifecycle.CANCELLED.equals(v.outcome()), register.candidates(r.applicationNumber())));
  }

  /** Applications that ended in the window and have no facts yet. */
  public int catchUp(Duration window) {
    Instant now = Instant.now();
    List<String> ended = register.endedBetween(now.minus(window), now.plusSeconds(60));
    int recorded = 0;
    for (String number : facts.withoutFacts(ended)) {
      try {
        if (record(number)) {
          recorded++;
        }
      } catch (RuntimeException e) {
        log.warn("Catching up finished application {} failed: {}", number, e.toString());
      }
    }
    if (recorded > 0) {
      log.info("Recorded {} finished application(s) that had no KPI facts yet", recorded);
    }
    return recorded;
  }

  public int catchUp() {
    return catchUp(CATCH_UP_WINDOW);
  }

  @EventListener(ApplicationReadyEvent.class)
  void catchUpAtStart() {
    executor.execute(() -> catchUp(Duration.ofDays(3650)));
  }

  @Scheduled(fixedDelayString = "${ejkn.kpi.catch-up-interval:PT1H}", initialDelayString = "${ejkn.kpi.catch-up-interval:PT1H}")
  void catchUpRegularly() {
    // one node of a cluster catches up per round
    if (!lease.acquire("kpi-catch-up", catchUpInterval)) {
      return;
    }
    executor.execute(this::catchUp);
  }

  /** Waits until everything handed over so far is recorded (tests, shutdown). */
  public void drain() {
    try {
      executor.submit(() -> { }).get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("finished applications not recorded in time", e);
    }
  }

  @PreDestroy
  void stop() {
    executor.shutdown();
  }
}
