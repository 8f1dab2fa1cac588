package id.go.malangkota.ejkn.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A few attempts per minute per client address and per application number, then a wait. */
class AttemptLimiterTest {

  final AtomicLong now = new AtomicLong(1_000_000);
  final Clock clock = new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(now.get());
    }
  };
  final AttemptLimiter limiter = new AttemptLimiter(3, Duration.ofMinutes(1), clock);

  @Test
  void theFourthAttemptFromOneAddressWaitsUntilTheOldestLeavesTheWindow() {
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.tryAcquire("ip:1", "number:JKN-" + i)).isZero();
      now.addAndGet(10_000);
    }
    assertThat(limiter.tryAcquire("ip:1", "number:JKN-9")).isEqualTo(30);
    now.addAndGet(30_000);
    assertThat(limiter.tryAcquire("ip:1", "number:JKN-9")).isZero();
  }

  @Test
  void oneNumberTriedFromManyAddressesIsLimitedToo() {
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.tryAcquire("ip:" + i, "number:JKN-2026-000001")).isZero();
    }
    assertThat(limiter.tryAcquire("ip:99", "number:JKN-2026-000001")).isPositive();
    assertThat(limiter.tryAcquire("ip:99", "number:JKN-2026-000002")).isZero();
  }

  @Test
  void aRefusedAttemptIsNotCountedAndResetForgetsEverything() {
    for (int i = 0; i < 3; i++) {
      limiter.tryAcquire("ip:1", "number:A");
    }
    for (int i = 0; i < 10; i++) {
      assertThat(limiter.tryAcquire("ip:1", "number:A")).isPositive();
    }
    now.addAndGet(60_000);
    assertThat(limiter.tryAcquire("ip:1", "number:A")).isZero();
    limiter.reset();
    assertThat(limiter.tryAcquire("ip:1", "number:A")).isZero();
  }
}
