package id.go.malangkota.ejkn.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL the driver sends each flush's batch of inserts into one table as multi-row INSERTs
 * ({@code reWriteBatchedInserts}): the engine flushes the rows of a transaction sorted by table, so the decision
 * inputs, the activity and variable history of one step go to the database as a few statements instead of one each
 * (issue 11, ADR 1105). The engine does not read the row counts of inserts (only of updates and deletes, which the
 * driver never rewrites), so optimistic locking is unchanged. An operator who names the parameter in the JDBC URL
 * ({@code ?reWriteBatchedInserts=false}) keeps what the URL says; other databases are left alone.
 */
@Component
public class PostgresBatchedInserts implements BeanPostProcessor {

  static final String PARAMETER = "reWriteBatchedInserts";

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource hikari) {
      apply(hikari);
    }
    return bean;
  }

  static void apply(HikariDataSource hikari) {
    String url = hikari.getJdbcUrl();
    if (url != null && url.startsWith("jdbc:postgresql:")
        && !url.toLowerCase(Locale.ROOT).contains(PARAMETER.toLowerCase(Locale.ROOT))
        && !hikari.getDataSourceProperties().containsKey(PARAMETER)) {
      hikari.addDataSourceProperty(PARAMETER, "true");
    }
  }
}
