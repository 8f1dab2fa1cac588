package id.go.malangkota.ejkn.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.EjknCekatApplication;
import id.go.malangkota.ejkn.identity.Kelurahan;
import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import id.go.malangkota.ejkn.identity.TasklistFilterSeeder;
import id.go.malangkota.ejkn.support.TestInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The project's volume benchmark (issue 11): figures only, nothing is asserted. On embedded PostgreSQL, history
 * level audit-trail (ADR 1104), authorizations on, the demo users; for each access mode in
 * {@code ejkn.benchmark.modes} (default: the old per-instance grants, then tenants) on a fresh database of its own,
 * in the same JVM:
 * <ol>
 *   <li>seeds N open applications through the real start path ({@code POST /api/applications} as an officer of each
 *   of the 57 kelurahan, C clients at once) and waits until each waits at the agencies' verification tasks;</li>
 *   <li>times the Tasklist filters (count, and the first page of 15) as {@code dinsos}, a kelurahan officer, the
 *   auditor and {@code admin}, through FilterService with the user's authentication (groups and tenants);</li>
 *   <li>drives M further applications through the whole lifecycle through the engine REST API as the agency users
 *   (each task's form opened once, as Tasklist loads it, then completed),
 *   counting statements and commits (a DataSource wrapper), by statement kind and by thread, and the rows and bytes
 *   added to each history table ({@code pg_column_size}), and what the finished instances wrote by variable,
 *   decision, activity type, job and operation.</li>
 * </ol>
 * {@code -Dejkn.benchmark.trace=true} writes the last finished application's statements and commits, in order, to
 * {@code target/benchmark-trace-<mode>.txt}.
 * <pre>
 * ./mvnw -o -q test -Dtest=VolumeBenchmarkTest -Dejkn.benchmark=true [-Dejkn.benchmark.open=2000]
 *     [-Dejkn.benchmark.finished=20] [-Dejkn.benchmark.clients=8] [-Dejkn.benchmark.modes=per-instance-grants,tenants]
 *     [-Dejkn.benchmark.baseline-args="--a.spring.property=value …"]
 * </pre>
 * {@code baseline-args} are given to the first run only: {@code -Dejkn.benchmark.modes=tenants,tenants} with a
 * setting's old value there measures before and after in one invocation.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "ejkn.benchmark", matches = "true")
class VolumeBenchmarkTest {

  static final String PANDANWANGI = "35.73.01.1006";
  static final int REPEATS = 25;
  final ObjectMapper json = new ObjectMapper();
  final HttpClient http = HttpClient.newBuilder().build();

  @Test
  void cityVolume() throws Exception {
    System.setProperty("ejkn.test.db", "postgres");
    int open = Integer.getInteger("ejkn.benchmark.open", 2000);
    int finished = Integer.getInteger("ejkn.benchmark.finished", 20);
    int clients = Integer.getInteger("ejkn.benchmark.clients", 8);
    List<String> modes = List.of(System.getProperty("ejkn.benchmark.modes", "per-instance-grants,tenants").split(","));
    // -Dejkn.benchmark.baseline-args: Spring arguments of the first run only (before and after in one invocation)
    List<String> baseline = List.of(System.getProperty("ejkn.benchmark.baseline-args", "").trim().split("\\s+"))
        .stream().filter(a -> !a.isEmpty()).toList();
    List<Map<String, Double>> results = new ArrayList<>();
    for (int i = 0; i < modes.size(); i++) {
      results.add(run(modes.get(i).trim(), open, finished, clients, i == 0 ? baseline : List.of()));
    }
    System.out.printf("%n=== Volume benchmark: %,d open applications, %d finished, %d clients, PostgreSQL (embedded), "
        + "%d cores ===%n", open, finished, clients, Runtime.getRuntime().availableProcessors());
    StringBuilder head = new StringBuilder(String.format("%-44s", "figure"));
    modes.forEach(m -> head.append(String.format("%22s", m)));
    if (modes.size() == 2) {
      head.append(String.format("%14s", "ratio b/a"));
    }
    System.out.println(head);
    for (String key : results.get(0).keySet()) {
      StringBuilder row = new StringBuilder(String.format("%-44s", key));
      for (Map<String, Double> r : results) {
        row.append(String.format("%22.2f", r.getOrDefault(key, Double.NaN)));
      }
      if (results.size() == 2) {
        double a = results.get(0).getOrDefault(key, Double.NaN);
        double b = results.get(1).getOrDefault(key, Double.NaN);
        row.append(a == 0 ? String.format("%14s", "-") : String.format("%14.3f", b / a));
      }
      System.out.println(row);
    }
  }

  Map<String, Double> run(String mode, int open, int finished, int clients, List<String> extra) throws Exception {
    List<String> args = new ArrayList<>(TestInfrastructure.isolatedDatabaseArguments("bench_" + mode));
    args.addAll(extra);
    args.add("--server.port=0");
    args.add("--ejkn.access.isolation=" + mode);
    args.add("--camunda.bpm.job-execution.max-pool-size=4");
    args.add("--logging.level.root=WARN");
    StatementCounter counter = new StatementCounter();
    ConfigurableApplicationContext ctx = new SpringApplicationBuilder(EjknCekatApplication.class)
        .initializers(c -> c.getBeanFactory().addBeanPostProcessor(counter)).run(args.toArray(String[]::new));
    StatementCounter.notCounted();
    Map<String, Double> out = new LinkedHashMap<>();
    try {
      String base = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
      JdbcTemplate jdbc = new JdbcTemplate(ctx.getBean(javax.sql.DataSource.class));
      IdentityService identity = ctx.getBean(IdentityService.class);
      List<Kelurahan> kelurahan = ctx.getBean(KelurahanDirectory.class).all();
      for (Kelurahan k : kelurahan) {
        String id = "bench-" + k.code().replace('.', '-');
        if (identity.createUserQuery().userId(id).count() == 0) {
          User u = identity.newUser(id);
          u.setPassword("demo");
          ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identity).saveUser(u, true); // a demo user: no policy
          identity.createMembership(id, k.code());
        }
      }
      // the fluent builder writes a history time-to-live, which the model gate refuses (the operator sets it)
      String bareXml = Bpmn.convertToString(Bpmn.createExecutableProcess("bench-bare").startEvent().userTask("work")
          .camundaCandidateGroups("dinsos").endEvent().done()).replaceAll(" camunda:historyTimeToLive=\"[^\"]*\"", "");
      ctx.getBean(RepositoryService.class).createDeployment().name("bench-bare").addString("bench-bare.bpmn", bareXml)
          .deploy();
      System.out.printf("%n--- %s: seeding %,d open applications with %d clients%n", mode, open, clients);

      // 1. a bare one-task start through the engine REST, then the intake through the real API, in the same run
      int bare = Math.max(100, open / 10);
      double[] bareStart = load(bare, clients, i -> post(base + "/engine-rest/process-definition/key/bench-bare/start",
          "pandanwangi", Map.of("variables", Map.of("kelurahanCode", Map.of("value", PANDANWANGI, "type", "String")))));
      AtomicInteger serial = new AtomicInteger();
      double[] intake = load(open, clients, i -> {
        Kelurahan k = kelurahan.get(i % kelurahan.size());
        return post(base + "/api/applications", "bench-" + k.code().replace('.', '-'), application(k.code(),
            serial.incrementAndGet()));
      });
      out.put("intake POST /api/applications per s", intake[0]);
      out.put("intake p50 ms", intake[1]);
      out.put("intake p95 ms", intake[2]);
      out.put("bare one-task start per s", bareStart[0]);
      out.put("bare one-task start p95 ms", bareStart[2]);
      out.put("intake throughput / bare", intake[0] / bareStart[0]);
      ManagementService management = ctx.getBean(ManagementService.class);
      long waitStart = System.nanoTime();
      while (management.createJobQuery().executable().messages().count() > 0) {
        Thread.sleep(500);
      }
      out.put("async BPJS-check jobs drained (s)", (System.nanoTime() - waitStart) / 1e9);
      jdbc.execute("ANALYZE");
      long openTasks = ctx.getBean(TaskService.class).createTaskQuery().count();
      long authRows = jdbc.queryForObject("SELECT count(*) FROM act_ru_authorization", Long.class);
      out.put("open tasks", (double) openTasks);
      out.put("ACT_RU_AUTHORIZATION rows", (double) authRows);
      out.put("ACT_RU_AUTHORIZATION rows per application", authRows / (double) (open + bare));

      // 2. Tasklist filters per role
      FilterService filters = ctx.getBean(FilterService.class);
      String dinsosFilter = filterId(filters, "Tugas Dinas Sosial P3AP2KB");
      String kelurahanFilter = filterId(filters, "Tugas Kelurahan Pandanwangi");
      String allFilter = filterId(filters, TasklistFilterSeeder.ALL_TASKS_READ_ONLY);
      time(out, ctx, "dinsos", "dinsos", dinsosFilter);
      time(out, ctx, "pandanwangi", "kelurahan", kelurahanFilter);
      time(out, ctx, "auditor", "auditor", allFilter);
      time(out, ctx, "admin", "admin", dinsosFilter);
      timeWebapp(out, base, "dinsos", dinsosFilter);
      var runtime = ctx.getBean(org.camunda.bpm.engine.RuntimeService.class);
      var history = ctx.getBean(org.camunda.bpm.engine.HistoryService.class);
      timeCount(out, ctx, "pandanwangi", "kelurahan: its running applications", () -> runtime
          .createProcessInstanceQuery().processDefinitionKey("jkn-registration").count());
      timeCount(out, ctx, "pandanwangi", "kelurahan: its applications in history", () -> history
          .createHistoricProcessInstanceQuery().processDefinitionKey("jkn-registration").count());

      // 3. M applications through their whole lifecycle, as the agency users through the engine REST
      long[] before = StatementCounter.snapshot();
      Map<String, Long> kindsBefore = StatementCounter.kinds();
      Map<String, Long> commitThreadsBefore = StatementCounter.commitsByThread();
      List<String> finishedPids = new ArrayList<>();
      long historyBefore = historyBytes(jdbc);
      Map<String, long[]> rowsBefore = historyRows(jdbc);
      boolean serverCounts = ServerStatements.reset(jdbc);
      long[] notCountedBefore = StatementCounter.notCountedSnapshot();
      long rollbacksBefore = StatementCounter.rollbacks();
      long lifecycleStart = System.nanoTime();
      for (int i = 0; i < finished; i++) {
        if (i == finished - 1 && Boolean.getBoolean("ejkn.benchmark.trace")) {
          // the last application's statements and commits, in order (-Dejkn.benchmark.trace=true)
          StatementCounter.trace = new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(
              java.nio.file.Path.of("target", "benchmark-trace-" + mode + (extra.isEmpty() ? "" : "-baseline") + ".txt")), true);
        }
        Map<?, ?> created = json.readValue(post(base + "/api/applications", "pandanwangi",
            application(PANDANWANGI, serial.incrementAndGet())), Map.class);
        finishedPids.add(created.get("processInstanceId").toString());
        drive(ctx, base, created.get("processInstanceId").toString(), created.get("id").toString());
      }
      double lifecycleSeconds = (System.nanoTime() - lifecycleStart) / 1e9;
      if (StatementCounter.trace != null) {
        StatementCounter.trace.close();
        StatementCounter.trace = null;
      }
      long[] after = StatementCounter.snapshot();
      long[] notCountedAfter = StatementCounter.notCountedSnapshot();
      out.put("statements per finished application", (after[0] - before[0]) / (double) finished);
      out.put("commits per finished application", (after[1] - before[1]) / (double) finished);
      if (serverCounts) {
        // the database's own count of the same window, less the benchmark's polling (counted apart)
        long[] server = ServerStatements.read(jdbc);
        out.put("statements per finished application (pg_stat_statements)",
            (server[0] - (notCountedAfter[0] - notCountedBefore[0])) / (double) finished);
        out.put("transactions per finished application (pg_stat_statements)",
            (server[1] - (notCountedAfter[1] - notCountedBefore[1])) / (double) finished);
        out.put("commits + rollbacks per finished application",
            (after[1] - before[1] + StatementCounter.rollbacks() - rollbacksBefore) / (double) finished);
      }
      out.put("history KB per finished application", (historyBytes(jdbc) - historyBefore) / 1024.0 / finished);
      Map<String, long[]> rowsAfter = historyRows(jdbc);
      long rowBytes = 0;
      for (Map.Entry<String, long[]> e : rowsAfter.entrySet()) {
        rowBytes += e.getValue()[1] - rowsBefore.getOrDefault(e.getKey(), new long[2])[1];
      }
      out.put("history row KB per finished application", rowBytes / 1024.0 / finished);
      printHistoryRows(mode, rowsBefore, rowsAfter, finished);
      printStatementKinds(mode, kindsBefore, StatementCounter.kinds(), finished, 20, "statements");
      printStatementKinds(mode, commitThreadsBefore, StatementCounter.commitsByThread(), finished, 10,
          "commits by thread");
      printWhatTheyWrote(mode, jdbc, finishedPids);
      out.put("lifecycle s per application (sequential)", lifecycleSeconds / finished);
      out.put("ACT_RU_AUTHORIZATION rows at the end", jdbc.queryForObject(
          "SELECT count(*) FROM act_ru_authorization", Long.class).doubleValue());
      out.forEach((k, v) -> System.out.printf("  %-44s %,12.2f%n", k, v));
      return out;
    } finally {
      ctx.close();
    }
  }

  interface Call {
    String call(int i) throws Exception;
  }

  /** Runs n calls over the given number of clients; returns {calls per second, p50 ms, p95 ms}. */
  static double[] load(int n, int clients, Call call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Double> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int index = i;
      futures.add(pool.submit(() -> {
        long t = System.nanoTime();
        call.call(index);
        latencies.add((System.nanoTime() - t) / 1e6);
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    List<Double> sorted = new ArrayList<>(latencies);
    sorted.sort(Double::compare);
    return new double[] {n / seconds, percentile(sorted, 50), percentile(sorted, 95)};
  }

  static double percentile(List<Double> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  static String filterId(FilterService filters, String name) {
    Filter f = filters.createFilterQuery().filterName(name).singleResult();
    if (f == null) {
      throw new IllegalStateException("no filter " + name);
    }
    return f.getId();
  }

  void time(Map<String, Double> out, ConfigurableApplicationContext ctx, String user, String label, String filterId) {
    IdentityService identity = ctx.getBean(IdentityService.class);
    FilterService filters = ctx.getBean(FilterService.class);
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
    List<Double> counts = new ArrayList<>();
    List<Double> lists = new ArrayList<>();
    long count = 0;
    identity.setAuthentication(user, groups, tenants);
    long budget = System.nanoTime() + 60_000_000_000L; // at most a minute per query pair (the old model is slow)
    try {
      for (int i = 0; i < REPEATS + 2 && (i < 7 || System.nanoTime() < budget); i++) {
        long t = System.nanoTime();
        count = filters.count(filterId);
        double c = (System.nanoTime() - t) / 1e6;
        t = System.nanoTime();
        filters.listPage(filterId, 0, 15);
        double l = (System.nanoTime() - t) / 1e6;
        if (i >= 2) { // two warm-up rounds
          counts.add(c);
          lists.add(l);
        }
      }
    } finally {
      identity.clearAuthentication();
    }
    counts.sort(Double::compare);
    lists.sort(Double::compare);
    out.put("filter count as " + label + ": tasks", (double) count);
    out.put("filter count as " + label + ": p50 ms", percentile(counts, 50));
    out.put("filter count as " + label + ": p95 ms", percentile(counts, 95));
    out.put("filter list(15) as " + label + ": p50 ms", percentile(lists, 50));
    out.put("filter list(15) as " + label + ": p95 ms", percentile(lists, 95));
  }

  /**
   * The filter count as Tasklist asks it: over HTTP with the officer's webapp session (login as the browser does),
   * p50/p95 ms and the statements each request costs (session look-up and its last-access update included).
   */
  void timeWebapp(Map<String, Double> out, String base, String user, String filterId) throws Exception {
    java.net.http.HttpResponse<String> start = http.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(base + "/camunda/app/tasklist/default/")).GET().build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    String xsrf = setCookie(start, "XSRF-TOKEN");
    String session = setCookie(start, "JSESSIONID");
    java.net.http.HttpResponse<String> login = http.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
        .header("Cookie", "XSRF-TOKEN=" + xsrf + "; JSESSIONID=" + session)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 200) {
      throw new IllegalStateException("Tasklist login as " + user + ": HTTP " + login.statusCode() + " " + login.body());
    }
    if (setCookie(login, "JSESSIONID") != null) {
      session = setCookie(login, "JSESSIONID");
    }
    java.net.http.HttpRequest count = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base
        + "/camunda/api/engine/engine/default/filter/" + filterId + "/count"))
        .header("Cookie", "XSRF-TOKEN=" + xsrf + "; JSESSIONID=" + session).GET().build();
    List<Double> times = new ArrayList<>();
    long statements = 0;
    for (int i = 0; i < REPEATS + 2; i++) {
      long[] before = StatementCounter.snapshot();
      long t = System.nanoTime();
      java.net.http.HttpResponse<String> r = http.send(count, java.net.http.HttpResponse.BodyHandlers.ofString());
      double ms = (System.nanoTime() - t) / 1e6;
      if (r.statusCode() != 200) {
        throw new IllegalStateException("filter count through the webapp session: HTTP " + r.statusCode());
      }
      if (i >= 2) {
        times.add(ms);
        statements += StatementCounter.snapshot()[0] - before[0];
      }
    }
    times.sort(Double::compare);
    out.put("Tasklist (webapp session) count as " + user + ": p50 ms", percentile(times, 50));
    out.put("Tasklist (webapp session) count as " + user + ": p95 ms", percentile(times, 95));
    out.put("Tasklist (webapp session) statements per request", statements / (double) REPEATS);
  }

  static String setCookie(java.net.http.HttpResponse<?> r, String name) {
    return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(name.length() + 1, c.contains(";") ? c.indexOf(';') : c.length())).findFirst().orElse(null);
  }

  /** Times a count query as the user (groups and tenants): the count, p50 and p95 ms. */
  void timeCount(Map<String, Double> out, ConfigurableApplicationContext ctx, String user, String label,
      java.util.function.LongSupplier query) {
    IdentityService identity = ctx.getBean(IdentityService.class);
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
    List<Double> times = new ArrayList<>();
    long count = 0;
    identity.setAuthentication(user, groups, tenants);
    try {
      for (int i = 0; i < REPEATS + 2; i++) {
        long t = System.nanoTime();
        count = query.getAsLong();
        if (i >= 2) {
          times.add((System.nanoTime() - t) / 1e6);
        }
      }
    } finally {
      identity.clearAuthentication();
    }
    times.sort(Double::compare);
    out.put(label + ": count", (double) count);
    out.put(label + ": p50 ms", percentile(times, 50));
    out.put(label + ": p95 ms", percentile(times, 95));
  }

  /** Completes every user task of the application as its candidate group's demo user until it is finished. */
  void drive(ConfigurableApplicationContext ctx, String base, String pid, String number) throws Exception {
    TaskService tasks = ctx.getBean(TaskService.class);
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      if (ctx.getBean(org.camunda.bpm.engine.HistoryService.class).createHistoricProcessInstanceQuery()
          .processInstanceId(pid).finished().count() == 1) {
        return;
      }
      List<Task> open = tasks.createTaskQuery().processInstanceId(pid).list();
      if (open.isEmpty()) {
        Thread.sleep(50);
        continue;
      }
      for (Task t : open) {
        String group = tasks.getIdentityLinksForTask(t.getId()).stream().filter(l -> l.getGroupId() != null)
            .map(IdentityLink::getGroupId).findFirst().orElseThrow();
        String user = group.equals(PANDANWANGI) ? "pandanwangi" : group;
        // the officer opens the task in Tasklist: its form's variables, as Tasklist loads them
        get(base + "/engine-rest/task/" + t.getId() + "/form-variables?deserializeValues=false", user);
        Map<String, Object> variables = switch (t.getTaskDefinitionKey()) {
          case "verifyCivilRegistry" -> Map.of("civilRegistryDecision", string("APPROVE"));
          case "verifyWelfare" -> Map.of("welfareDecision", string("APPROVE"));
          case "verifyEmployment" -> Map.of("employmentDecision", string("APPROVE"));
          case "signApproval" -> Map.of("signDecision", string("APPROVE"));
          case "assignFktp" -> {
            Map<?, ?> v = json.readValue(get(base + "/engine-rest/task/" + t.getId()
                + "/variables/fktpAssignments?deserializeValue=false", user), Map.class);
            List<Map<String, Object>> rows = json.readValue(v.get("value").toString(), List.class);
            rows.forEach(r -> r.put("fktpCode", "PKM-PANDANWANGI"));
            yield Map.of("fktpAssignments", Map.of("value", json.writeValueAsString(rows), "type", "Json"));
          }
          default -> throw new IllegalStateException(number + ": unexpected task " + t.getTaskDefinitionKey());
        };
        post(base + "/engine-rest/task/" + t.getId() + "/complete", user, Map.of("variables", variables));
      }
    }
    throw new IllegalStateException(number + " did not finish in 2 minutes");
  }

  static Map<String, Object> string(String value) {
    return Map.of("value", value, "type", "String");
  }

  /** A fresh two-member family: NIKs and KK unique over the whole run. */
  static Map<String, Object> application(String kelurahanCode, int n) {
    LocalDate head = LocalDate.of(1950, 1, 1).plusDays(n % 18_000);
    LocalDate wife = head.plusDays(700);
    String serial = String.format("%04d", 1 + (n / 18_000) * 2);
    String serial2 = String.format("%04d", 2 + (n / 18_000) * 2);
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("type", "NEW");
    a.put("kelurahanCode", kelurahanCode);
    a.put("familyCardNumber", String.format("357301%010d", n));
    a.put("address", "Jl. Simpang Borobudur No. 7, RT 03 RW 05");
    a.put("phone", "0812-3456-7890");
    String headNik = nik(head, false, serial);
    a.put("submittedBy", Map.of("relation", "SELF", "nik", headNik, "name", "Slamet Riyadi", "powerOfAttorney", false));
    a.put("members", List.of(member(headNik, "Slamet Riyadi", head, "KEPALA_KELUARGA"),
        member(nik(wife, true, serial2), "Sri Wahyuni", wife, "ISTRI")));
    a.put("documents", Map.of("rtRwLetter", true, "stampedStatement", false, "hospitalLetter", false));
    return a;
  }

  static Map<String, Object> member(String nik, String name, LocalDate birth, String relationship) {
    return Map.of("nik", nik, "name", name, "birthDate", birth.toString(), "relationship", relationship,
        "candidate", true);
  }

  static String nik(LocalDate birth, boolean woman, String serial) {
    return "357301" + String.format("%02d%02d%02d", birth.getDayOfMonth() + (woman ? 40 : 0), birth.getMonthValue(),
        birth.getYear() % 100) + serial;
  }

  static long historyBytes(JdbcTemplate jdbc) {
    return jdbc.queryForObject("SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
        + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r' "
        + "AND (c.relname LIKE 'act_hi_%' OR c.relname = 'act_ge_bytearray' OR c.relname LIKE 'ejkn_%')", Long.class);
  }

  /**
   * Rows and their bytes per history table (ACT_HI_*, ACT_GE_BYTEARRAY, ejkn_*): {@code count(*)} and the sum of
   * {@code pg_column_size} of each whole row (what the rows hold, not the page-granular relation size).
   */
  static Map<String, long[]> historyRows(JdbcTemplate jdbc) {
    Map<String, long[]> rows = new java.util.TreeMap<>();
    for (String table : jdbc.queryForList("SELECT c.relname FROM pg_class c JOIN pg_namespace n "
        + "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r' AND (c.relname LIKE "
        + "'act_hi_%' OR c.relname = 'act_ge_bytearray' OR c.relname LIKE 'ejkn_%') ORDER BY 1", String.class)) {
      rows.put(table, jdbc.queryForObject("SELECT count(*), coalesce(sum(pg_column_size(t.*)), 0) FROM " + table
          + " t", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}));
    }
    return rows;
  }

  static void printHistoryRows(String mode, Map<String, long[]> before, Map<String, long[]> after, int finished) {
    System.out.printf("%n--- %s: history rows and bytes added per finished application (pg_column_size of the rows)%n",
        mode);
    System.out.printf("  %-36s %10s %12s%n", "table", "rows", "bytes");
    after.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), new double[] {
            (e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0]) / (double) finished,
            (e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]) / (double) finished}))
        .filter(e -> e.getValue()[0] != 0 || e.getValue()[1] != 0)
        .sorted((a, b) -> Double.compare(b.getValue()[1], a.getValue()[1]))
        .forEach(e -> System.out.printf("  %-36s %10.1f %12.0f%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
  }

  static void printStatementKinds(String mode, Map<String, Long> before, Map<String, Long> after, int finished,
      int top, String what) {
    System.out.printf("%n--- %s: %s per finished application by kind (top %d)%n", mode, what, top);
    after.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / (double) finished))
        .filter(e -> e.getValue() > 0)
        .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
        .limit(top)
        .forEach(e -> System.out.printf("  %-52s %8.1f%n", e.getKey(), e.getValue()));
  }

  /**
   * What the finished applications' own instances (the root and the instances it called) wrote into the largest
   * history tables, by variable, decision, activity and operation: rows and bytes per application, top 12 each.
   */
  static void printWhatTheyWrote(String mode, JdbcTemplate jdbc, List<String> pids) {
    String in = String.join(",", pids.stream().map(p -> "'" + p + "'").toList());
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put("act_hi_detail by variable", "SELECT name_ || ' (' || type_ || ')', count(*), sum(pg_column_size(t.*)) "
        + "FROM act_hi_detail t WHERE root_proc_inst_id_ IN (" + in + ") GROUP BY 1");
    queries.put("act_hi_varinst by variable", "SELECT name_ || ' (' || var_type_ || ')', count(*), "
        + "sum(pg_column_size(t.*)) FROM act_hi_varinst t WHERE root_proc_inst_id_ IN (" + in + ") GROUP BY 1");
    queries.put("act_hi_decinst by decision", "SELECT dec_def_key_ || ' at ' || coalesce(act_id_, '-'), count(*), "
        + "sum(pg_column_size(t.*)) FROM act_hi_decinst t WHERE root_proc_inst_id_ IN (" + in + ") GROUP BY 1");
    queries.put("act_hi_dec_in by decision", "SELECT d.dec_def_key_, count(*), sum(pg_column_size(t.*)) "
        + "FROM act_hi_dec_in t JOIN act_hi_decinst d ON d.id_ = t.dec_inst_id_ WHERE d.root_proc_inst_id_ IN ("
        + in + ") GROUP BY 1");
    queries.put("act_hi_actinst by activity type", "SELECT act_type_, count(*), sum(pg_column_size(t.*)) "
        + "FROM act_hi_actinst t WHERE root_proc_inst_id_ IN (" + in + ") GROUP BY 1");
    queries.put("act_hi_job_log by activity and state", "SELECT coalesce(act_id_, '-') || ' ' || CASE WHEN "
        + "job_state_ = 0 THEN 'created' WHEN job_state_ = 1 THEN 'failed' WHEN job_state_ = 2 THEN 'successful' "
        + "ELSE 'deleted' END, count(*), sum(pg_column_size(t.*)) FROM act_hi_job_log t "
        + "WHERE root_proc_inst_id_ IN (" + in + ") GROUP BY 1");
    queries.put("act_hi_op_log by operation", "SELECT entity_type_ || ' ' || operation_type_ || coalesce(' ' "
        + "|| property_, ''), count(*), sum(pg_column_size(t.*)) FROM act_hi_op_log t "
        + "WHERE root_proc_inst_id_ IN (" + in + ") GROUP BY 1");
    queries.put("act_ge_bytearray by name", "SELECT coalesce(name_, '-') || ' type ' || coalesce(type_, 0), count(*), "
        + "sum(pg_column_size(t.*)) FROM act_ge_bytearray t WHERE root_proc_inst_id_ IN (" + in + ") GROUP BY 1");
    System.out.printf("%n--- %s: what the finished applications wrote, per application%n", mode);
    queries.forEach((title, sql) -> {
      System.out.printf("  %s%n", title);
      jdbc.query(sql + " ORDER BY 3 DESC LIMIT 12", rs -> {
        System.out.printf("    %-60s %8.1f %10.0f%n", rs.getString(1), rs.getLong(2) / (double) pids.size(),
            rs.getLong(3) / (double) pids.size());
      });
    });
  }

  String post(String url, String user, Object body) throws Exception {
    HttpResponse<String> r = http.send(request(url, user).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException("POST " + url + " as " + user + ": " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  String get(String url, String user) throws Exception {
    HttpResponse<String> r = http.send(request(url, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException("GET " + url + " as " + user + ": " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  static HttpRequest.Builder request(String url, String user) {
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + Base64.getEncoder()
        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
  }
}
