package id.go.malangkota.ejkn.audit;

import id.go.malangkota.ejkn.application.ApplicationRegister;
import id.go.malangkota.ejkn.application.DocumentStore;
import id.go.malangkota.ejkn.application.PersonalDataAccessLog;
import id.go.malangkota.ejkn.deactivation.DeactivationRegistry;
import id.go.malangkota.ejkn.membership.MembershipCheckLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal data kept no longer than needed (UU 27/2022): what our own tables hold about residents — applications and
 * their members, document scans, deactivation requests, membership checks, the access log — is deleted after the same
 * retention as the engine's history ({@code ejkn.history.retention-days}, counted from the end). Runs daily; deleting
 * what is already gone is harmless, so every node of a cluster may run it.
 */
@Component
public class PersonalDataRetention {


  private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

  public record Purged(int applications, int documents, int deactivations, int membershipChecks, int accessLog) {}

  private final ApplicationRegister register;
  private final DocumentStore documents;
  private final DeactivationRegistry deactivations;
  private final MembershipCheckLog membershipChecks;
  private final PersonalDataAccessLog accessLog;
  private final TransactionTemplate transaction;
  private final Duration retention;
  private final Clock clock;
  private final id.go.malangkota.ejkn.platform.SchedulerLease lease;

  @Autowired
  public PersonalDataRetention(ApplicationRegister register, DocumentStore documents, DeactivationRegistry deactivations,
      MembershipCheckLog membershipChecks, PersonalDataAccessLog accessLog,
      org.springframework.transaction.PlatformTransactionManager transactions,
      @Value("${ejkn.history.retention-days:3650}") int retentionDays, id.go.malangkota.ejkn.platform.SchedulerLease lease) {
    this(register, documents, deactivations, membershipChecks, accessLog, new TransactionTemplate(transactions),
        Duration.ofDays(retentionDays), Clock.systemUTC(), lease);
  }

  PersonalDataRetention(ApplicationRegister register, DocumentStore documents, DeactivationRegistry deactivations,
      MembershipCheckLog membershipChecks, PersonalDataAccessLog accessLog, TransactionTemplate transaction,
      Duration retention, Clock clock, id.go.malangkota.ejkn.platform.SchedulerLease lease) {
    this.lease = lease;
    this.register = register;
    this.documents = documents;
    this.deactivations = deactivations;
    this.membershipChecks = membershipChecks;
    this.accessLog = accessLog;
    this.transaction = transaction;
    this.retention = retention;
    this.clock = clock;
  }

  @Scheduled(cron = "${ejkn.retention.cron:0 30 23 * * *}", zone = "${ejkn.timezone:Asia/Jakarta}")
  public void daily() {
    // one node of a cluster purges per night
    if (!lease.acquire("personal-data-retention", Duration.ofHours(1))) {
      return;
    }
    Purged purged = purge();
    if (purged.applications() + purged.deactivations() + purged.membershipChecks() + purged.accessLog() > 0) {
      log.info("Retensi data pribadi: {} permohonan, {} dokumen, {} penonaktifan, {} cek kepesertaan, {} catatan akses dihapus",
          purged.applications(), purged.documents(), purged.deactivations(), purged.membershipChecks(), purged.accessLog());
    }
  }

  /** Deletes everything older than the retention, in one transaction (all or nothing). */
  public Purged purge() {
    Instant cutoff = clock.instant().minus(retention);
    return transaction.execute(status -> {
      List<String> numbers = register.purgeEndedBefore(cutoff);
      int docs = documents.deleteFor(numbers);
      return new Purged(numbers.size(), docs, deactivations.purgeEndedBefore(cutoff), membershipChecks.purgeBefore(cutoff),
          accessLog.purgeBefore(cutoff));
    });
  }
}
