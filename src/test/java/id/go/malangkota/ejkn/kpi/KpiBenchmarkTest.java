package id.go.malangkota.ejkn.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Not a timed test: a benchmark that prints how long the dashboard's queries take over a year of Kota Malang's
 * volume (~250,000 finished applications, ~1,000,000 task facts). Skipped unless asked for:
 * <pre>
 * ./mvnw -q -B test -Dtest=KpiBenchmarkTest -Dejkn.benchmark=true                       # H2 (in memory)
 * ./mvnw -q -B test -Dtest=KpiBenchmarkTest -Dejkn.benchmark=true -Dejkn.benchmark.db=postgres
 * </pre>
 * Optional: {@code -Dejkn.benchmark.applications=250000}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "ejkn.benchmark", matches = "true")
class KpiBenchmarkTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
  static final String[] TYPES = {"NEW", "NEW", "NEW", "NEW", "NEW", "NEW", "NEW", "SWITCH_FROM_MANDIRI",
      "SWITCH_FROM_MANDIRI", "URGENT_REACTIVATION"};
  static final String[] RELATIONS = {"SELF", "SELF", "SELF", "SELF", "SELF", "SELF", "FAMILY_MEMBER", "FAMILY_MEMBER",
      "FAMILY_MEMBER", "OTHER"};
  static final String[] OUTCOMES = {"ACTIVATED", "ACTIVATED", "ACTIVATED", "ACTIVATED", "ACTIVATED", "ACTIVATED",
      "PARTIALLY_ACTIVATED", "REJECTED", "MISSING_DOCUMENTS", "CANCELLED"};
  static final String[] REASONS = {"MISSING_DOCUMENT", "WELFARE_NOT_IN_DTKS", "ALREADY_COVERED", "NOT_RESIDENT",
      "FORMAL_WORKER", "WELFARE_ABLE_TO_PAY", "REJECTED_BY_KADINKES"};
  static final String[] AGENCIES = {"dispendukcapil", "dinsos", "disnaker", "dinkes", "kadinkes"};

  @Test
  void aYearOfApplications() throws Exception {
    int applications = Integer.getInteger("ejkn.benchmark.applications", 250_000);
    String db = System.getProperty("ejkn.benchmark.db", "h2");
    EmbeddedPostgres postgres = null;
    DataSource ds;
    if ("postgres".equals(db)) {
      postgres = EmbeddedPostgres.builder().start();
      ds = postgres.getPostgresDatabase();
    } else {
      ds = new DriverManagerDataSource("jdbc:h2:mem:kpi-benchmark;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE", "sa", "");
    }
    try {
      Flyway.configure().dataSource(ds).locations("classpath:db/migration").table("ejkn_schema_history")
          .baselineOnMigrate(true).baselineVersion("0").load().migrate();
      JdbcTemplate jdbc = new JdbcTemplate(ds);
      long start = System.nanoTime();
      long[] rows = generate(jdbc, applications);
      if ("postgres".equals(db)) {
        jdbc.execute("ANALYZE");
      }
      double generation = (System.nanoTime() - start) / 1e9;
      KpiQueries queries = new KpiQueries(jdbc, ZONE);
      YearMonth month = YearMonth.of(2026, 11);
      System.out.printf("%n=== KPI benchmark on %s: %,d applications, %,d candidate facts, %,d task facts "
          + "(generated in %.1f s) ===%n", db, rows[0], rows[1], rows[2], generation);
      for (String kelurahan : Arrays.asList(null, "35.73.01.1006")) {
        List<Double> times = new ArrayList<>();
        KpiReport report = null;
        for (int i = 0; i < 6; i++) {
          long t = System.nanoTime();
          report = queries.report(month, kelurahan);
          times.add((System.nanoTime() - t) / 1e6);
        }
        List<Double> warm = new ArrayList<>(times.subList(1, times.size()));
        warm.sort(Double::compare);
        System.out.printf("report(%s, %s): first %.0f ms, warm median %.0f ms (min %.0f, max %.0f)%n", month,
            kelurahan == null ? "seluruh kota" : kelurahan, times.get(0), warm.get(warm.size() / 2), warm.get(0),
            warm.get(warm.size() - 1));
        System.out.println("  applications=" + report.applications().toString().replaceAll("byTypeAndOutcome=.*", "…"));
        System.out.println("  cycleTime=" + report.cycleTime().medianHours() + " h median, "
            + report.cycleTime().p90Hours() + " h p90; representatives="
            + report.representatives().share() + "; urgent=" + report.urgent());
        assertThat(report.applications().finished()).isPositive();
      }
    } finally {
      if (postgres != null) {
        postgres.close();
      }
    }
  }

  /** One year (2026) of finished applications over the 57 kelurahan; returns the row counts. */
  static long[] generate(JdbcTemplate jdbc, int applications) {
    List<String> kelurahan = jdbc.getDataSource() == null ? List.of() : codes();
    Random random = new Random(7);
    List<Object[]> apps = new ArrayList<>();
    List<Object[]> register = new ArrayList<>();
    List<Object[]> candidates = new ArrayList<>();
    List<Object[]> tasks = new ArrayList<>();
    long candidateRows = 0;
    long taskRows = 0;
    LocalDateTime yearStart = LocalDateTime.of(2026, 1, 1, 0, 0);
    for (int n = 0; n < applications; n++) {
      String number = String.format("JKN-2026-%06d", n + 1);
      String kel = kelurahan.get(random.nextInt(kelurahan.size()));
      String type = TYPES[random.nextInt(TYPES.length)];
      String relation = RELATIONS[random.nextInt(RELATIONS.length)];
      String outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
      LocalDateTime started = yearStart.plusMinutes(random.nextInt(365 * 24 * 60 - 30 * 24 * 60));
      long cycleSeconds = (long) (3600 * Math.exp(random.nextGaussian() * 0.8 + 3.2)); // median ~25 h
      LocalDateTime ended = started.plusSeconds(cycleSeconds);
      String month = YearMonth.from(ended).toString();
      register.add(new Object[] {number, "pi-" + n, type, kel, "3573010101010001", relation, Timestamp.valueOf(started)});
      apps.add(new Object[] {number, "pi-" + n, type, kel, relation, !"SELF".equals(relation), Timestamp.valueOf(started),
          Timestamp.valueOf(ended), month, cycleSeconds, outcome, "x", 1, 1,
          "URGENT_REACTIVATION".equals(type) && random.nextInt(20) == 0, Timestamp.valueOf(ended)});
      int family = 1 + (random.nextInt(10) < 3 ? 1 : 0);
      for (int c = 0; c < family; c++) {
        boolean refused = "REJECTED".equals(outcome) || "MISSING_DOCUMENTS".equals(outcome)
            || "PARTIALLY_ACTIVATED".equals(outcome) && c == 0;
        candidates.add(new Object[] {number, c, month, kel, refused ? "REJECTED" : "ACTIVE",
            refused ? REASONS[random.nextInt(REASONS.length)] : null});
        candidateRows++;
      }
      int taskCount = "MISSING_DOCUMENTS".equals(outcome) ? 0 : 4;
      for (int t = 0; t < taskCount; t++) {
        long seconds = (long) (3600 * Math.exp(random.nextGaussian() + 1));
        LocalDateTime created = started.plusHours(t);
        tasks.add(new Object[] {number + "-" + t, number, month, kel, "task" + t, AGENCIES[(t + random.nextInt(2)) % 5],
            Timestamp.valueOf(created), Timestamp.valueOf(created.plusSeconds(seconds)), seconds,
            Timestamp.valueOf(created.plusHours(8)), seconds > 8 * 3600, true});
        taskRows++;
      }
      if (apps.size() == 5000 || n == applications - 1) {
        jdbc.batchUpdate("INSERT INTO ejkn_application (application_number, process_instance_id, request_type, "
            + "kelurahan_code, family_card_number, submitted_by_relation, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", register);
        jdbc.batchUpdate("INSERT INTO ejkn_application_fact (application_number, process_instance_id, request_type, "
            + "kelurahan_code, submitted_by_relation, representative, started_at, ended_at, end_month, cycle_seconds, "
            + "outcome, end_activity_id, candidate_count, active_count, sla_breached, recorded_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", apps);
        jdbc.batchUpdate("INSERT INTO ejkn_candidate_fact (application_number, seq, end_month, kelurahan_code, outcome, "
            + "outcome_reason) VALUES (?, ?, ?, ?, ?, ?)", candidates);
        jdbc.batchUpdate("INSERT INTO ejkn_task_fact (task_id, application_number, end_month, kelurahan_code, task_key, "
            + "agency, created_at, ended_at, duration_seconds, due_at, overdue, completed) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tasks);
        apps.clear();
        register.clear();
        candidates.clear();
        tasks.clear();
      }
    }
    return new long[] {applications, candidateRows, taskRows};
  }

  static List<String> codes() {
    List<String> codes = new ArrayList<>();
    int[] counts = {11, 11, 12, 11, 12};
    for (int k = 0; k < counts.length; k++) {
      for (int i = 1; i <= counts[k]; i++) {
        codes.add(String.format("35.73.%02d.%04d", k + 1, 1000 + i));
      }
    }
    return codes;
  }
}
