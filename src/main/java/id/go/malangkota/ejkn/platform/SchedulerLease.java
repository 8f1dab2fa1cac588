package id.go.malangkota.ejkn.platform;

import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One node of a cluster runs each of the application's own scheduled jobs (overdue reminders, urgent escalation,
 * the personal-data purge, KPI catch-up and metrics): the one that holds the job's lease in the shared database
 * (ADR 1301). Taking the lease is one conditional UPDATE, which the database serialises: of several nodes that try
 * at the same moment exactly one gets it; it is kept for the job's interval, so the others skip that round, and a
 * node that died holds it no longer than that. The engine's own jobs (timers, BPJS calls) need none of this: the
 * job executor already locks each job in the database.
 */
@Component
public class SchedulerLease {

  private static final Logger LOG = LoggerFactory.getLogger(SchedulerLease.class);

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final String node;

  @org.springframework.beans.factory.annotation.Autowired
  public SchedulerLease(JdbcTemplate jdbc) {
    this(jdbc, Clock.systemUTC(), hostName() + "/" + UUID.randomUUID());
  }

  SchedulerLease(JdbcTemplate jdbc, Clock clock, String node) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.node = node;
  }

  /** This node's name in the lease table (host and a random id per start). */
  public String node() {
    return node;
  }

  /**
   * Whether this node runs the job now: true if it took (or still holds) the job's lease for {@code hold}; false if
   * another node holds it.
   */
  public boolean acquire(String job, Duration hold) {
    Instant now = clock.instant();
    Timestamp until = Timestamp.from(now.plus(hold));
    int taken = jdbc.update("UPDATE ejkn_scheduler_lease SET holder = ?, lease_until = ? WHERE job_name = ? "
        + "AND (lease_until < ? OR holder = ?)", node, until, job, Timestamp.from(now), node);
    if (taken == 1) {
      return true;
    }
    try {
      jdbc.update("INSERT INTO ejkn_scheduler_lease (job_name, holder, lease_until) VALUES (?, ?, ?)", job, node, until);
      return true;
    } catch (DuplicateKeyException held) {
      LOG.debug("Job {} runs on another node this round", job);
      return false;
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      return "node";
    }
  }
}
