package id.go.malangkota.ejkn.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 11: the register answers the steps of one transaction from what that transaction already read. */
class ApplicationRegisterReadsTest {

  static final String NUMBER = "JKN-2026-000001";
  ApplicationRegister register;
  TransactionTemplate transaction;
  AtomicInteger queries = new AtomicInteger();

  @BeforeEach
  void register() {
    DataSource ds = new DriverManagerDataSource("jdbc:h2:mem:register-" + UUID.randomUUID()
        + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE", "sa", "");
    org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:db/migration")
        .table("ejkn_schema_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
    JdbcTemplate counting = new JdbcTemplate(ds) {
      @Override
      public <T> List<T> query(String sql, org.springframework.jdbc.core.RowMapper<T> mapper, Object... args) {
        queries.incrementAndGet();
        return super.query(sql, mapper, args);
      }
    };
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(ds);
    register = new ApplicationRegister(counting, transactions, java.time.Clock.systemUTC(), ZoneId.of("Asia/Jakarta"));
    transaction = new TransactionTemplate(transactions);
    register.insert(new Application(NUMBER, "pi-1", RequestType.NEW, "35.73.01.1006", "3573010000000001",
        "Jl. Simpang Borobudur No. 7", "081234567890", null,
        new Application.Submitter("SELF", "Slamet Riyadi", "3573010101500001", false),
        List.of(new Application.Member("3573010101500001", "Slamet Riyadi", LocalDate.of(1950, 1, 1),
            "KEPALA_KELUARGA", true)), Set.of("rtRwLetter"), null, null, "pandanwangi", Instant.now()));
  }

  @Test
  void oneTransactionReadsTheApplicationAndItsCandidatesOnce() {
    queries.set(0);
    transaction.executeWithoutResult(s -> {
      assertThat(register.get(NUMBER).members()).hasSize(1);
      assertThat(register.get(NUMBER).applicant().name()).isEqualTo("Slamet Riyadi");
      assertThat(register.candidates(NUMBER)).hasSize(1);
      assertThat(register.candidates(NUMBER)).hasSize(1);
    });
    assertThat(queries).hasValue(3); // the application, its members, its candidates
    transaction.executeWithoutResult(s -> register.get(NUMBER));
    assertThat(queries).hasValue(5); // the next transaction reads again
  }

  @Test
  void aWriteInTheTransactionIsReadBackNotTheEarlierCopy() {
    transaction.executeWithoutResult(s -> {
      assertThat(register.candidates(NUMBER).get(0).bpjsStatus()).isNull();
      register.updateCandidates(NUMBER, c -> c.withBpjs("TIDAK_TERDAFTAR", null, null, null, 0L));
      assertThat(register.candidates(NUMBER).get(0).bpjsStatus()).isEqualTo("TIDAK_TERDAFTAR");
      register.recordSignature(NUMBER, "kadinkes");
      assertThat(register.signedBy(NUMBER)).contains("kadinkes");
    });
  }

  @Test
  void aSeparateTransactionInsideDoesNotSeeTheOuterCopy() {
    TransactionTemplate separate = new TransactionTemplate(transaction.getTransactionManager());
    separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    queries.set(0);
    transaction.executeWithoutResult(s -> {
      register.candidates(NUMBER);
      separate.executeWithoutResult(inner -> register.candidates(NUMBER));
      register.candidates(NUMBER);
    });
    assertThat(queries).hasValue(2);
  }

  @Test
  void withoutATransactionEveryCallReads() {
    queries.set(0);
    register.candidates(NUMBER);
    register.candidates(NUMBER);
    assertThat(queries).hasValue(2);
  }
}
