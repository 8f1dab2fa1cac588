package id.go.malangkota.ejkn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class PostgresBatchedInsertsTest {

  final PostgresBatchedInserts processor = new PostgresBatchedInserts();

  HikariDataSource pool(String url) {
    HikariDataSource hikari = new HikariDataSource();
    hikari.setJdbcUrl(url);
    return hikari;
  }

  @Test
  void aPostgresPoolSendsEachTablesInsertsAsMultiRowStatements() {
    HikariDataSource hikari = pool("jdbc:postgresql://db:5432/ejkn");
    processor.postProcessBeforeInitialization(hikari, "dataSource");
    assertThat(hikari.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
  }

  @Test
  void whatTheOperatorSaysInTheUrlOrThePropertiesStays() {
    HikariDataSource inUrl = pool("jdbc:postgresql://db:5432/ejkn?reWriteBatchedInserts=false");
    processor.postProcessBeforeInitialization(inUrl, "dataSource");
    assertThat(inUrl.getDataSourceProperties()).doesNotContainKey("reWriteBatchedInserts");

    HikariDataSource inProperties = pool("jdbc:postgresql://db:5432/ejkn");
    inProperties.addDataSourceProperty("reWriteBatchedInserts", "false");
    processor.postProcessBeforeInitialization(inProperties, "dataSource");
    assertThat(inProperties.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "false");
  }

  @Test
  void otherDatabasesAndOtherBeansAreLeftAlone() {
    HikariDataSource h2 = pool("jdbc:h2:mem:ejkn");
    processor.postProcessBeforeInitialization(h2, "dataSource");
    assertThat(h2.getDataSourceProperties()).isEmpty();
    Object other = new Object();
    assertThat(processor.postProcessBeforeInitialization(other, "other")).isSameAs(other);
  }
}
