package id.go.malangkota.ejkn.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Nodes that start at the same moment on an empty PostgreSQL build the engine one after the other. Camunda's own
 * start-up lock is a row of a table the first start creates, so on an empty database two engines both try to create
 * the schema and one of them fails to start. This plugin holds a PostgreSQL advisory lock from before the engine's
 * schema check until the engine is built (schema created or found up to date); a second node waits for it and then
 * finds the schema in place (ADR 1301). Deployments have Camunda's deployment lock and our seeding its own lock row.
 * H2 is one embedded node: nothing to do.
 */
@Component
public class SchemaCreationLock extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(SchemaCreationLock.class);
  /** Any number the application uses for nothing else: "EJKN" in ASCII. */
  static final long KEY = 0x454A4B4EL;

  private final DataSource dataSource;
  private Connection held;

  public SchemaCreationLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    try {
      Connection c = dataSource.getConnection();
      if (!c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
        c.close();
        return;
      }
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")")) {
        if (!(r.next() && r.getBoolean(1))) {
          LOG.info("Node lain sedang menyiapkan skema basis data; menunggu giliran");
          s.execute("SELECT pg_advisory_lock(" + KEY + ")");
        }
      }
      held = c;
    } catch (SQLException e) {
      // no lock, no worse than before: the engine's own schema check still runs
      LOG.warn("Kunci pembuatan skema tidak dapat diambil: {}", e.toString());
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    release();
  }

  synchronized void release() {
    if (held == null) {
      return;
    }
    try (Connection c = held; Statement s = c.createStatement()) {
      s.execute("SELECT pg_advisory_unlock(" + KEY + ")");
    } catch (SQLException e) {
      LOG.warn("Kunci pembuatan skema tidak dapat dilepas (lepas sendiri saat koneksi ditutup): {}", e.toString());
    } finally {
      held = null;
    }
  }
}
