package id.go.malangkota.ejkn.status;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Guards the public status look-up against guessing: at most {@code max-attempts} look-ups per window for each
 * client address and, separately, for each application number (so a known number cannot be tried against many
 * birth dates from many addresses). In memory: a restart forgets, which is acceptable for a per-minute limit;
 * several instances behind a balancer would each allow as many.
 */
@Component
public class AttemptLimiter {

  private final int maxAttempts;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Long>> attempts = new ConcurrentHashMap<>();

  @Autowired
  public AttemptLimiter(@Value("${ejkn.status.rate-limit.max-attempts:5}") int maxAttempts,
      @Value("${ejkn.status.rate-limit.window:PT1M}") Duration window) {
    this(maxAttempts, window, Clock.systemUTC());
  }

  AttemptLimiter(int maxAttempts, Duration window, Clock clock) {
    this.maxAttempts = maxAttempts;
    this.window = window;
    this.clock = clock;
  }

  /**
   * Counts one attempt for every key unless one of them is already at its limit.
   *
   * @return 0 when allowed, otherwise the seconds until the next attempt may be made
   */
  public synchronized long tryAcquire(String... keys) {
    long now = clock.millis();
    long wait = 0;
    for (String key : keys) {
      Deque<Long> times = attempts.get(key);
      if (times == null) {
        continue;
      }
      prune(times, now);
      if (times.size() >= maxAttempts) {
        wait = Math.max(wait, times.peekFirst() + window.toMillis() - now);
      }
    }
    if (wait > 0) {
      return Math.max(1, (wait + 999) / 1000);
    }
    for (String key : keys) {
      attempts.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
    }
    if (attempts.size() > 10_000) {
      attempts.values().forEach(d -> prune(d, now));
      attempts.values().removeIf(Deque::isEmpty);
    }
    return 0;
  }

  private void prune(Deque<Long> times, long now) {
    while (!times.isEmpty() && times.peekFirst() <= now - window.toMillis()) {
      times.removeFirst();
    }
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  /** Forgets every attempt (tests, or an operator after a false alarm). */
  public synchronized void reset() {
    attempts.clear();
  }
}
