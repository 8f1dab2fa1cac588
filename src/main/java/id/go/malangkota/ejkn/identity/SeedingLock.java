package id.go.malangkota.ejkn.identity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeding one node at a time: the work runs in one transaction that first locks the row {@code identity-seeding} of
 * {@code ejkn_startup_lock}. A second node starting at the same moment waits for the first one's commit and then finds
 * every group, user, grant and filter in place, so its own run changes nothing (ADR 1301). The engine's identity and
 * authorization calls join this transaction; a failure rolls back the whole seeding of that node.
 */
@Component
class SeedingLock {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  SeedingLock(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  void whileHolding(Runnable work) {
    transaction.executeWithoutResult(tx -> {
      jdbc.queryForList("SELECT name FROM ejkn_startup_lock WHERE name = 'identity-seeding' FOR UPDATE");
      work.run();
    });
  }
}
