package id.go.malangkota.ejkn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Several nodes on one database: each round of a scheduled job runs on exactly one of them (ADR 1301). */
@EjknIntegrationTest
@SuppressWarnings("unchecked")
class SchedulerLeaseIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired org.springframework.boot.test.web.client.TestRestTemplate rest;

  @Test
  void aNodeIsReadyOnlyWithItsDatabaseEngineAndJobExecutor() {
    var r = rest.getForEntity("/actuator/health/readiness", java.util.Map.class);
    assertThat(r.getStatusCode().value()).isEqualTo(200);
    assertThat((java.util.Map<String, Object>) r.getBody().get("components"))
        .containsKeys("db", "processEngine", "jobExecutor", "readinessState")
        .allSatisfy((name, part) -> assertThat(((java.util.Map<?, ?>) part).get("status")).as(name).isEqualTo("UP"));
  }

  SchedulerLease node(String name, Instant now) {
    return new SchedulerLease(jdbc, Clock.fixed(now, ZoneOffset.UTC), name);
  }

  @Test
  void ofManyNodesTryingAtOnceExactlyOneRunsTheRound() throws Exception {
    String job = "uji-" + UUID.randomUUID();
    Instant now = Instant.parse("2026-12-03T10:00:00Z");
    int nodes = 8;
    ExecutorService pool = Executors.newFixedThreadPool(nodes);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int i = 0; i < nodes; i++) {
        SchedulerLease lease = node("node-" + i, now);
        Callable<Boolean> attempt = () -> {
          start.await();
          return lease.acquire(job, Duration.ofMinutes(5));
        };
        runs.add(pool.submit(attempt));
      }
      start.countDown();
      long ran = 0;
      for (Future<Boolean> f : runs) {
        ran += f.get() ? 1 : 0;
      }
      assertThat(ran).isOne();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theHolderKeepsItsJobAndADeadNodesLeaseRunsOut() {
    String job = "uji-" + UUID.randomUUID();
    Instant t0 = Instant.parse("2026-12-03T10:00:00Z");
    assertThat(node("a", t0).acquire(job, Duration.ofMinutes(5))).isTrue();
    assertThat(node("b", t0.plusSeconds(60)).acquire(job, Duration.ofMinutes(5))).as("a holds it").isFalse();
    assertThat(node("a", t0.plusSeconds(300)).acquire(job, Duration.ofMinutes(5))).as("a's next round").isTrue();
    // a dies: its lease runs out after one interval and b takes the job over
    assertThat(node("b", t0.plusSeconds(601)).acquire(job, Duration.ofMinutes(5))).isTrue();
    assertThat(node("a", t0.plusSeconds(620)).acquire(job, Duration.ofMinutes(5))).isFalse();
  }
}
