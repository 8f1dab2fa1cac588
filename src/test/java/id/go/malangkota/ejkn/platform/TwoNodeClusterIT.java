package id.go.malangkota.ejkn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.intake.TestFamilies;
import id.go.malangkota.ejkn.support.TestInfrastructure;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.web.client.ResponseErrorHandler;
import org.springframework.web.client.RestTemplate;

/**
 * Two engine nodes on one PostgreSQL, started at the same moment, under 20 concurrent clients that file applications
 * and work every task through either node: every application finishes with active cards, no request fails, no
 * application is submitted to BPJS or mailed twice, and start-up seeded and deployed everything once.
 */
@EnabledIfSystemProperty(named = "ejkn.test.db", matches = "postgres",
    disabledReason = "two nodes need one database server both can reach: the PostgreSQL run")
class TwoNodeClusterIT {

  static final int CLIENTS = 20;
  /** 2 in the suite (40 applications); {@code -Dejkn.cluster.applications-per-client=50} for the 1,000 of issue 13. */
  static final int APPLICATIONS_PER_CLIENT = Integer.getInteger("ejkn.cluster.applications-per-client", 2);
  static final String KELURAHAN = "35.73.01.1006";
  static final Duration PATIENCE = Duration.ofSeconds(120);

  static final GreenMail SMTP = new GreenMail(new ServerSetup(unusedPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  static int unusedPort() {
    try {
      return freePort();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  final ObjectMapper json = new ObjectMapper();

  @org.junit.jupiter.api.BeforeAll
  static void smtp() {
    SMTP.start();
  }

  /** Every test's fresh database numbers its applications from 000001 again: its mails alone count. */
  @org.junit.jupiter.api.BeforeEach
  void emptyMailboxes() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
  }

  @org.junit.jupiter.api.AfterAll
  static void stopSmtp() {
    SMTP.stop();
  }
  final List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** A node: the built jar in a JVM of its own, as in production. */
  record Node(String name, int port, Process process) {}

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static Process launch(String name, int port, int simulatorPort, List<String> database) throws Exception {
    Path jar;
    try (var files = Files.list(Path.of("target"))) {
      jar = files.filter(f -> f.getFileName().toString().matches("ejkn-cekat-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("target/ejkn-cekat-*.jar is missing: run the package phase"));
    }
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-Xmx512m", "-Duser.timezone=Asia/Jakarta", "-jar", jar.toString()));
    // the cluster's mail goes to its own SMTP server: its numbers start at 000001 like every fresh database's
    database.stream().filter(a -> !a.startsWith("--spring.mail.port=")).forEach(command::add);
    command.add("--spring.mail.port=" + SMTP.getSmtp().getPort());
    command.add("--server.port=" + port);
    command.add("--ejkn.mail.outbox-dir=target/cluster-outbox-" + name);
    // a killed node's job locks and mail claims run out in seconds here (production: the defaults, minutes)
    command.add("--camunda.bpm.job-execution.lock-time-in-millis=15000");
    command.add("--ejkn.mail.outbox.claim-timeout=PT15S");
    command.add("--ejkn.mail.outbox.sweep-interval=PT5S");
    // one BPJS for the cluster: the simulator keeps its participants in memory, so both nodes use node A's
    command.add("--ejkn.bpjs.base-url=http://127.0.0.1:" + simulatorPort + "/bpjs-simulator/vclaim-rest");
    command.add("--ejkn.bpjs.submission.base-url=http://127.0.0.1:" + simulatorPort + "/bpjs-simulator/pemda-rest");
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(Path.of("target", "cluster-node-" + name + ".log").toFile()).start();
  }

  /** Both nodes, started at the same moment on one database; ready (or stopped again) when this returns. */
  Node[] startTogether(List<String> database) throws Exception {
    int portA = freePort();
    int portB = freePort();
    Node[] nodes = {new Node("A", portA, launch("A", portA, portA, database)),
        new Node("B", portB, launch("B", portB, portA, database))};
    try {
      for (Node n : nodes) {
        awaitReady(n);
      }
    } catch (Exception | AssertionError e) {
      stop(nodes);
      throw e;
    }
    return nodes;
  }

  static void stop(Node[] nodes) throws InterruptedException {
    for (Node n : nodes) {
      n.process().destroy();
    }
    for (Node n : nodes) {
      if (!n.process().waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        n.process().destroyForcibly();
      }
    }
  }

  /** The nodes' database, for the test's own counts. */
  static JdbcTemplate jdbc(List<String> database) {
    String url = database.stream().filter(a -> a.startsWith("--spring.datasource.url=")).findFirst().orElseThrow()
        .substring("--spring.datasource.url=".length());
    return new JdbcTemplate(new DriverManagerDataSource(url, "postgres", "postgres"));
  }

  void awaitReady(Node node) throws Exception {
    Instant until = Instant.now().plus(Duration.ofMinutes(4));
    RestTemplate anonymous = as(node, "nobody");
    while (Instant.now().isBefore(until)) {
      if (!node.process().isAlive()) {
        throw new AssertionError("node " + node.name() + " stopped: " + tail(node));
      }
      try {
        if (anonymous.getForEntity("/actuator/health/readiness", String.class).getStatusCode().value() == 200) {
          return;
        }
      } catch (org.springframework.web.client.ResourceAccessException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new AssertionError("node " + node.name() + " not ready: " + tail(node));
  }

  static String tail(Node node) throws Exception {
    List<String> lines = Files.readAllLines(Path.of("target", "cluster-node-" + node.name() + ".log"));
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  RestTemplate as(Node node, String user) {
    return answering(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + node.port()).basicAuthentication(user, "demo")
        .setConnectTimeout(Duration.ofSeconds(5)).setReadTimeout(Duration.ofSeconds(60)).build());
  }

  /** A browser's calls: no Basic header, only the cookies given. */
  RestTemplate browser(Node node) {
    return answering(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + node.port())
        .setConnectTimeout(Duration.ofSeconds(5)).setReadTimeout(Duration.ofSeconds(60)).build());
  }

  /** Every status is an answer to look at, not an exception. */
  static RestTemplate answering(RestTemplate t) {
    t.setErrorHandler(new ResponseErrorHandler() {
      @Override
      public boolean hasError(org.springframework.http.client.ClientHttpResponse response) {
        return false;
      }

      @Override
      public void handleError(org.springframework.http.client.ClientHttpResponse response) {}
    });
    return t;
  }

  <T> ResponseEntity<T> expect(int status, ResponseEntity<T> r, String what) {
    if (r.getStatusCode().value() != status) {
      errors.add(what + ": HTTP " + r.getStatusCode().value() + " " + r.getBody());
    }
    return r;
  }

  Optional<Map<String, Object>> task(Node node, String user, String pid, String key) throws Exception {
    ResponseEntity<String> r = as(node, user).exchange("/engine-rest/task?processInstanceId=" + pid
        + "&taskDefinitionKey=" + key, HttpMethod.GET, null, String.class);
    if (expect(200, r, "task list " + key + " as " + user + " on " + node.name()).getStatusCode().value() != 200) {
      return Optional.empty();
    }
    List<Map<String, Object>> list = json.readValue(r.getBody(),
        new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>>() {});
    return list.stream().findFirst();
  }

  Map<String, Object> awaitTask(Node node, String user, String pid, String key) throws Exception {
    Instant until = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(until)) {
      Optional<Map<String, Object>> t = task(node, user, pid, key);
      if (t.isPresent()) {
        return t.get();
      }
      Thread.sleep(250);
    }
    String all = as(node, "admin").getForEntity("/engine-rest/task?processInstanceId=" + pid, String.class).getBody();
    throw new AssertionError("no task " + key + " for " + pid + " on node " + node.name() + " as " + user + " after "
        + PATIENCE + "; the instance's tasks as admin: " + all);
  }

  void complete(Node node, String user, Map<String, Object> task, Map<String, Object> variables) {
    expect(204, as(node, user).postForEntity("/engine-rest/task/" + task.get("id") + "/complete",
        Map.of("variables", variables), String.class), "complete " + task.get("taskDefinitionKey") + " as " + user);
  }

  static Map<String, Object> string(String value) {
    return Map.of("value", value, "type", "String");
  }

  /** Logs in to Tasklist on {@code node} as the browser does; returns the Cookie header of the session. */
  String tasklistLogin(Node node, String user) {
    RestTemplate anonymous = browser(node);
    ResponseEntity<String> start = anonymous.getForEntity("/camunda/app/tasklist/default/", String.class);
    String xsrf = WebappSessionAccessIT.cookie(start.getHeaders(), "XSRF-TOKEN");
    org.springframework.http.HttpHeaders h = new org.springframework.http.HttpHeaders();
    h.setContentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);
    h.add("X-XSRF-TOKEN", xsrf);
    h.add(org.springframework.http.HttpHeaders.COOKIE, "XSRF-TOKEN=" + xsrf + "; "
        + WebappSessionAccessIT.cookiePair(start.getHeaders(), "JSESSIONID"));
    org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", "demo");
    ResponseEntity<String> login = anonymous.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
        HttpMethod.POST, new org.springframework.http.HttpEntity<>(form, h), String.class);
    assertThat(login.getStatusCode().value()).as("Tasklist login on %s: %s", node.name(), login.getBody()).isEqualTo(200);
    String session = WebappSessionAccessIT.cookiePair(login.getHeaders(), "JSESSIONID");
    return "XSRF-TOKEN=" + xsrf + "; " + (session != null ? session
        : WebappSessionAccessIT.cookiePair(start.getHeaders(), "JSESSIONID"));
  }

  /** Who the webapp session of {@code cookies} is logged in as, asked of {@code node} (null: not logged in). */
  @SuppressWarnings("unchecked")
  String webappUser(Node node, String cookies) {
    RestTemplate anonymous = browser(node);
    org.springframework.http.HttpHeaders h = new org.springframework.http.HttpHeaders();
    h.add(org.springframework.http.HttpHeaders.COOKIE, cookies);
    ResponseEntity<Map> me = anonymous.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(h), Map.class);
    return me.getStatusCode().value() == 200 && me.getBody() != null ? (String) me.getBody().get("userId") : null;
  }

  /** One client: files its applications through one node and works each through both, alternating per task. */
  @SuppressWarnings("unchecked")
  List<String> client(int client, Node[] nodes) throws Exception {
    return client(client, nodes, application -> { });
  }

  /** What a client waits for before the Kepala Dinas signs one of its applications (the step that calls BPJS). */
  interface BeforeSigning {
    void await(int application) throws InterruptedException;
  }

  @SuppressWarnings("unchecked")
  List<String> client(int client, Node[] nodes, BeforeSigning beforeSigning) throws Exception {
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < APPLICATIONS_PER_CLIENT; i++) {
      int turn = client + i;
      Node intake = nodes[turn % 2];
      Map<String, Object> family = TestFamilies.twoMemberFamily(KELURAHAN);
      ResponseEntity<Map> created = expect(201, as(intake, "pandanwangi").postForEntity("/api/applications", family,
          Map.class), "file on " + intake.name());
      if (created.getStatusCode().value() != 201) {
        continue;
      }
      String number = created.getBody().get("id").toString();
      String pid = created.getBody().get("processInstanceId").toString();
      numbers.add(number);
      Node other = nodes[(turn + 1) % 2];
      complete(other, "dispendukcapil", awaitTask(other, "dispendukcapil", pid, "verifyCivilRegistry"),
          Map.of("civilRegistryDecision", string("APPROVE")));
      complete(intake, "dinsos", awaitTask(intake, "dinsos", pid, "verifyWelfare"),
          Map.of("welfareDecision", string("APPROVE")));
      complete(other, "disnaker", awaitTask(other, "disnaker", pid, "verifyEmployment"),
          Map.of("employmentDecision", string("APPROVE")));
      Map<String, Object> fktp = awaitTask(intake, "dinkes", pid, "assignFktp");
      Map<String, Object> variable = expect(200, as(intake, "dinkes").getForEntity("/engine-rest/task/" + fktp.get("id")
          + "/variables/fktpAssignments?deserializeValue=false", Map.class), "read fktpAssignments").getBody();
      List<Map<String, Object>> rows = json.readValue(variable.get("value").toString(), List.class);
      rows.forEach(r -> r.put("fktpCode", "PKM-PANDANWANGI"));
      complete(intake, "dinkes", fktp, Map.of("fktpAssignments", Map.of("value", json.writeValueAsString(rows),
          "type", "Json")));
      Map<String, Object> sign = awaitTask(other, "kadinkes", pid, "signApproval");
      beforeSigning.await(client * APPLICATIONS_PER_CLIENT + i);
      complete(other, "kadinkes", sign, Map.of("signDecision", string("APPROVE")));
    }
    return numbers;
  }

  /** What one client of a run does: files and works its applications, returning their numbers. */
  interface Client {
    List<String> work(int client) throws Exception;
  }

  /**
   * Runs {@link #CLIENTS} clients on the pool, waits for all and returns every number they filed. The pool is shut
   * (what else it runs — the fault player, the killer — may finish); stopped at once when a client failed.
   */
  static List<String> runClients(ExecutorService pool, Client client) throws Exception {
    List<Future<List<String>>> work = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int n = c;
      work.add(pool.submit(() -> client.work(n)));
    }
    List<String> numbers = new ArrayList<>();
    try {
      for (Future<List<String>> f : work) {
        numbers.addAll(f.get());
      }
    } catch (Exception e) {
      pool.shutdownNow();
      throw e;
    }
    pool.shutdown();
    return numbers;
  }

  @SuppressWarnings("unchecked")
  String status(Node node, String number) {
    ResponseEntity<Map> r = as(node, "pandanwangi").getForEntity("/api/applications/" + number, Map.class);
    expect(200, r, "read " + number);
    return r.getBody() == null ? null : String.valueOf(r.getBody().get("status"));
  }

  /** The applications that reached COMPLETED within {@link #PATIENCE}, each asked of one of the nodes. */
  java.util.Set<String> awaitCompleted(Node[] nodes, List<String> numbers) throws InterruptedException {
    java.util.Set<String> completed = ConcurrentHashMap.newKeySet();
    Instant until = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(until) && completed.size() < numbers.size()) {
      for (String n : numbers) {
        if (!completed.contains(n) && "COMPLETED".equals(status(nodes[n.hashCode() & 1], n))) {
          completed.add(n);
        }
      }
      Thread.sleep(500);
    }
    return completed;
  }

  /** How many of the applications have every card active. */
  @SuppressWarnings("unchecked")
  int allCardsActive(Node node, List<String> numbers) {
    int active = 0;
    for (String n : numbers) {
      Map<String, Object> body = as(node, "pandanwangi").getForEntity("/api/applications/" + n, Map.class).getBody();
      if (((List<Map<String, Object>>) body.get("candidates")).stream().allMatch(c -> "ACTIVE".equals(c.get("outcome")))) {
        active++;
      }
    }
    return active;
  }

  /** Waits until every application has its activation mail, at most {@code patience}. */
  static void awaitActivationMails(List<String> numbers, Duration patience) throws InterruptedException {
    Instant until = Instant.now().plus(patience);
    while (Instant.now().isBefore(until) && numbers.stream().anyMatch(n -> activationMails(n) == 0)) {
      Thread.sleep(500);
    }
  }

  static long activationMails(String number) {
    return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().contains(number) && m.getSubject().contains("Kartu KIS aktif");
      } catch (MessagingException e) {
        return false;
      }
    }).map(TwoNodeClusterIT::messageId).distinct().count();
  }

  static String messageId(MimeMessage m) {
    try {
      return m.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void twoNodesStartedTogetherFinishEveryApplicationOfTwentyClientsOnceAndWithoutAnError() throws Exception {
    List<String> database = TestInfrastructure.isolatedDatabaseArguments("cluster");
    // both nodes start at the same moment on the empty database: migrations, deployment and seeding meet
    Node[] nodes = startTogether(database);
    try {
      JdbcTemplate jdbc = jdbc(database);
      // start-up: both nodes seeded and deployed; nothing is there twice
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RE_PROCDEF WHERE KEY_ = 'jkn-registration'",
          Integer.class)).as("one deployment of the registration process for two nodes").isEqualTo(1);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_ID_USER WHERE ID_ = 'pandanwangi'", Integer.class))
          .isEqualTo(1);
      assertThat(jdbc.queryForList("SELECT NAME_ FROM ACT_RU_FILTER GROUP BY NAME_, OWNER_ HAVING COUNT(*) > 1"))
          .as("no filter seeded twice").isEmpty();
      assertThat(jdbc.queryForList("SELECT GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION "
          + "GROUP BY GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_ HAVING COUNT(*) > 1"))
          .as("no authorization seeded twice").isEmpty();

      // a Tasklist login taken by node A is known to node B (sessions in the shared database)
      String dinsosBrowser = tasklistLogin(nodes[0], "dinsos");
      assertThat(webappUser(nodes[1], dinsosBrowser)).as("node B knows node A's webapp login").isEqualTo("dinsos");
      assertThat(webappUser(nodes[1], "JSESSIONID=bm90LWEtc2Vzc2lvbg")).as("an unknown session is nobody").isNull();

      Instant started = Instant.now();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<String> numbers = runClients(clients, client -> client(client, nodes));

      java.util.Set<String> finalStatus = awaitCompleted(nodes, numbers);
      int activeCards = allCardsActive(nodes[0], numbers);
      awaitActivationMails(numbers, Duration.ofSeconds(30));
      long mailed = numbers.stream().filter(n -> activationMails(n) == 1).count();
      long mailedTwice = numbers.stream().filter(n -> activationMails(n) > 1).count();
      int submissions = jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_bpjs_submission", Integer.class);
      int incidents = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_INCIDENT", Integer.class);
      int accepted = numbers.size();
      System.out.printf("TwoNodeClusterIT: %d clients, 2 nodes, %.1f s: applications accepted %d, finished %d, "
          + "all cards active %d, lost %d, BPJS submissions %d (duplicated %d), activation mails %d (duplicated %d), "
          + "incidents %d, request errors %d%n", CLIENTS, Duration.between(started, Instant.now()).toMillis() / 1000.0,
          accepted, finalStatus.size(), activeCards, accepted - finalStatus.size(), submissions,
          Math.max(0, submissions - accepted), mailed, mailedTwice, incidents, errors.size());
      errors.stream().limit(10).forEach(e -> System.out.println("  " + e));

      assertThat(errors).as("requests answered with an error").isEmpty();
      assertThat(accepted).isEqualTo(CLIENTS * APPLICATIONS_PER_CLIENT);
      assertThat(finalStatus).as("finished applications").hasSize(accepted);
      assertThat(activeCards).as("applications with every card active").isEqualTo(accepted);
      assertThat(submissions).as("one BPJS submission per application").isEqualTo(accepted);
      assertThat(mailed).as("one activation mail per application").isEqualTo(accepted);
      assertThat(mailedTwice).isZero();
      assertThat(incidents).isZero();
    } finally {
      stop(nodes);
    }
  }
  // ------------------------------------------------------------------------------------------- BPJS faults

  /** A fault the simulated BPJS plays, and the stable code the failed calls carry. */
  record BpjsFault(String mode, String code) {}

  static final List<BpjsFault> BPJS_FAULTS = List.of(new BpjsFault("DOWN", "BPJS_UNAVAILABLE"),
      new BpjsFault("SLOW", "BPJS_TIMEOUT"), new BpjsFault("GARBAGE", "BPJS_INVALID_RESPONSE"),
      new BpjsFault("WRONG_SIGNATURE", "BPJS_REFUSED"));

  static int failedCalls(JdbcTemplate jdbc, String code) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_EXCEPTION_MSG_ LIKE ?", Integer.class,
        code + ":%");
  }

  /**
   * The applications are dealt out to the faults in turn: an application of fault k is signed (the step whose
   * submission calls BPJS) only once fault k is on, so every fault meets BPJS calls however fast the load runs.
   */
  static final class FaultTurns implements BeforeSigning {
    final java.util.concurrent.CountDownLatch[] on = new java.util.concurrent.CountDownLatch[BPJS_FAULTS.size()];
    final AtomicInteger[] waiting = new AtomicInteger[BPJS_FAULTS.size()];

    FaultTurns() {
      for (int k = 0; k < on.length; k++) {
        on[k] = new java.util.concurrent.CountDownLatch(1);
        waiting[k] = new AtomicInteger();
      }
    }

    @Override
    public void await(int application) throws InterruptedException {
      int k = application % on.length;
      waiting[k].incrementAndGet();
      if (!on[k].await(5, java.util.concurrent.TimeUnit.MINUTES)) {
        throw new IllegalStateException("fault " + BPJS_FAULTS.get(k).mode() + " never came");
      }
    }
  }

  /**
   * Plays each fault in turn: once applications of its turn wait for the signature, the fault starts and they are
   * signed; it lasts until BPJS calls have failed with its code (at most 45 s); then BPJS behaves until the recovery
   * has released what waits. Returns the seconds each fault lasted.
   */
  Map<String, Double> playFaults(Node simulator, JdbcTemplate jdbc, FaultTurns turns) throws Exception {
    Map<String, Double> lasted = new java.util.LinkedHashMap<>();
    for (int k = 0; k < BPJS_FAULTS.size(); k++) {
      BpjsFault fault = BPJS_FAULTS.get(k);
      Instant ready = Instant.now();
      while (turns.waiting[k].get() == 0 && Duration.between(ready, Instant.now()).toSeconds() < 120) {
        Thread.sleep(200);
      }
      int before = failedCalls(jdbc, fault.code());
      Instant start = Instant.now();
      expect(200, as(simulator, "admin").exchange("/bpjs-simulator/faults", HttpMethod.PUT,
          new org.springframework.http.HttpEntity<>(Map.of("mode", fault.mode())), String.class), "fault " + fault.mode());
      turns.on[k].countDown();
      while (failedCalls(jdbc, fault.code()) == before && Duration.between(start, Instant.now()).toSeconds() < 45) {
        Thread.sleep(200);
      }
      lasted.put(fault.mode(), Duration.between(start, Instant.now()).toMillis() / 1000.0);
      expect(200, as(simulator, "admin").exchange("/bpjs-simulator/faults", HttpMethod.DELETE, null, String.class),
          "fault cleared");
      Instant calm = Instant.now();
      while (jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE EXCEPTION_MSG_ LIKE 'BPJS%'", Integer.class) > 0
          && Duration.between(calm, Instant.now()).toSeconds() < 30) {
        Thread.sleep(200);
      }
    }
    return lasted;
  }

  @Test
  @SuppressWarnings("unchecked")
  void bpjsDownSlowGarbledOrRefusingUnderLoadDelaysApplicationsButEveryOneFinishesOnceWithNoOperatorEdit()
      throws Exception {
    List<String> database = new ArrayList<>(TestInfrastructure.isolatedDatabaseArguments("cluster_bpjs"));
    // minutes in production; seconds here: the read time-out, the recovery round and the job executor's idle wait
    database.addAll(List.of("--ejkn.bpjs.read-timeout=3s", "--ejkn.bpjs.recovery.interval=PT3S",
        "--ejkn.bpjs.recovery.initial-delay=PT3S", "--camunda.bpm.job-execution.max-wait=3000"));
    Node[] nodes = startTogether(database);
    try {
      JdbcTemplate jdbc = jdbc(database);
      int total = CLIENTS * APPLICATIONS_PER_CLIENT;
      Instant started = Instant.now();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
      FaultTurns turns = new FaultTurns();
      Future<Map<String, Double>> faults = clients.submit(() -> playFaults(nodes[0], jdbc, turns));
      List<String> numbers = runClients(clients, client -> client(client, nodes, turns));
      Map<String, Double> lasted = faults.get();
      java.util.Set<String> finished = awaitCompleted(nodes, numbers);
      int activeCards = allCardsActive(nodes[0], numbers);
      awaitActivationMails(numbers, Duration.ofSeconds(30));
      long mailed = numbers.stream().filter(n -> activationMails(n) == 1).count();
      long mailedTwice = numbers.stream().filter(n -> activationMails(n) > 1).count();
      Map<String, Integer> failed = new java.util.LinkedHashMap<>();
      BPJS_FAULTS.forEach(f -> failed.put(f.code(), failedCalls(jdbc, f.code())));
      int submissions = jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_bpjs_submission", Integer.class);
      int resent = jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_bpjs_submission WHERE attempts > 1", Integer.class);
      int incidentsOpened = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_INCIDENT", Integer.class);
      int incidentsOpen = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_INCIDENT", Integer.class);
      int operatorEdits = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_OP_LOG WHERE ENTITY_TYPE_ IN ('Job', "
          + "'Incident') AND USER_ID_ IS NOT NULL", Integer.class);
      System.out.printf("TwoNodeClusterIT BPJS faults: %d clients, %.1f s, faults played %s: applications accepted %d, "
          + "finished %d, all cards active %d, lost %d, failed BPJS calls %s, incidents opened %d (open at the end %d), "
          + "BPJS submissions %d (sent again under the same key %d, duplicated %d), activation mails %d (duplicated %d), "
          + "operator edits %d, request errors %d%n", CLIENTS, Duration.between(started, Instant.now()).toMillis() / 1000.0,
          lasted, numbers.size(), finished.size(), activeCards, numbers.size() - finished.size(), failed,
          incidentsOpened,
          incidentsOpen, submissions, resent, Math.max(0, submissions - numbers.size()), mailed, mailedTwice,
          operatorEdits, errors.size());
      errors.stream().limit(10).forEach(e -> System.out.println("  " + e));

      assertThat(failed).as("every fault made BPJS calls fail with its code").allSatisfy((code, n) ->
          assertThat(n).as(code).isPositive());
      assertThat(incidentsOpened).as("the refused signature stood as an incident").isPositive();
      assertThat(errors).as("requests answered with an error").isEmpty();
      assertThat(numbers).hasSize(total).doesNotHaveDuplicates();
      assertThat(finished).as("finished applications").hasSize(total);
      assertThat(activeCards).as("applications with every card active").isEqualTo(total);
      assertThat(submissions).as("one BPJS submission per application").isEqualTo(total);
      assertThat(mailed).as("one activation mail per application").isEqualTo(total);
      assertThat(mailedTwice).isZero();
      assertThat(incidentsOpen).as("no incident left: all released once BPJS answered").isZero();
      assertThat(operatorEdits).as("no operator touched a job or incident").isZero();
    } finally {
      stop(nodes);
    }
  }

  // ------------------------------------------------------------------------------------------- kill -9

  /** A call to the preferred node, or to the other one when the preferred node does not answer (it was killed). */
  <T> ResponseEntity<T> failover(Node[] nodes, int preferred, java.util.function.Function<Node, ResponseEntity<T>> call) {
    Node first = nodes[preferred % 2];
    if (first.process().isAlive()) {
      try {
        return call.apply(first);
      } catch (org.springframework.web.client.ResourceAccessException gone) {
        connectionFailures.incrementAndGet();
      }
    }
    return call.apply(nodes[(preferred + 1) % 2]);
  }

  final AtomicInteger connectionFailures = new AtomicInteger();

  /** The preferred node, or the other one when the preferred node was killed. */
  static Node alive(Node[] nodes, int preferred) {
    return nodes[preferred % 2].process().isAlive() ? nodes[preferred % 2] : nodes[(preferred + 1) % 2];
  }

  /** Waits for a task through the preferred node, and through the other one if the preferred node dies meanwhile. */
  Map<String, Object> awaitTaskSurviving(Node[] nodes, int preferred, String user, String pid, String key)
      throws Exception {
    for (int attempt = 0; ; attempt++) {
      try {
        return awaitTask(alive(nodes, preferred + attempt), user, pid, key);
      } catch (org.springframework.web.client.ResourceAccessException gone) {
        connectionFailures.incrementAndGet();
        if (attempt == 2) {
          throw gone;
        }
      }
    }
  }

  /** Completes a task, through the other node if its node died; a completion that had committed before is done. */
  void completeSurviving(Node[] nodes, int preferred, String user, String pid, String key, Map<String, Object> vars)
      throws Exception {
    for (int attempt = 0; attempt < 3; attempt++) {
      Node node = alive(nodes, preferred + attempt);
      Map<String, Object> task;
      try {
        task = awaitTask(node, user, pid, key);
      } catch (org.springframework.web.client.ResourceAccessException gone) {
        connectionFailures.incrementAndGet();
        continue;
      }
      try {
        int status = as(node, user).postForEntity("/engine-rest/task/" + task.get("id") + "/complete",
            Map.of("variables", vars), String.class).getStatusCode().value();
        if (status == 204 || status == 404) {
          return;
        }
        errors.add("complete " + key + " as " + user + " on " + node.name() + ": HTTP " + status);
        return;
      } catch (org.springframework.web.client.ResourceAccessException gone) {
        connectionFailures.incrementAndGet();
        // the node died during the call: did the completion commit? the next round finds the task or not
        if (task(alive(nodes, 0), user, pid, key).isEmpty()) {
          return;
        }
      }
    }
    errors.add("could not complete " + key + " of " + pid);
  }

  /** One client of the kill run: files (through either node) and works its applications, surviving a node's death. */
  @SuppressWarnings("unchecked")
  List<String> survivingClient(int client, Node[] nodes, AtomicInteger filed) throws Exception {
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < APPLICATIONS_PER_CLIENT; i++) {
      int turn = client + i;
      Map<String, Object> family = TestFamilies.twoMemberFamily(KELURAHAN);
      ResponseEntity<Map> created = failover(nodes, turn, n -> as(n, "pandanwangi").postForEntity("/api/applications",
          family, Map.class));
      String number;
      String pid;
      if (created.getStatusCode().value() == 201) {
        number = created.getBody().get("id").toString();
        pid = created.getBody().get("processInstanceId").toString();
      } else if (created.getStatusCode().value() == 409 && created.getBody().get("openApplication") != null) {
        // the first attempt was accepted by the node that then died: the register refuses the same family twice
        number = created.getBody().get("openApplication").toString();
        String n = number;
        pid = failover(nodes, turn, node -> as(node, "pandanwangi").getForEntity("/api/applications/" + n, Map.class))
            .getBody().get("processInstanceId").toString();
        refiledAfterKill.incrementAndGet();
      } else {
        errors.add("file: HTTP " + created.getStatusCode().value() + " " + created.getBody());
        continue;
      }
      numbers.add(number);
      filed.incrementAndGet();
      completeSurviving(nodes, turn + 1, "dispendukcapil", pid, "verifyCivilRegistry",
          Map.of("civilRegistryDecision", string("APPROVE")));
      completeSurviving(nodes, turn, "dinsos", pid, "verifyWelfare", Map.of("welfareDecision", string("APPROVE")));
      completeSurviving(nodes, turn + 1, "disnaker", pid, "verifyEmployment",
          Map.of("employmentDecision", string("APPROVE")));
      Map<String, Object> fktp = awaitTaskSurviving(nodes, turn, "dinkes", pid, "assignFktp");
      Map<String, Object> variable = failover(nodes, turn, n -> as(n, "dinkes").getForEntity("/engine-rest/task/"
          + fktp.get("id") + "/variables/fktpAssignments?deserializeValue=false", Map.class)).getBody();
      List<Map<String, Object>> rows = json.readValue(variable.get("value").toString(), List.class);
      rows.forEach(r -> r.put("fktpCode", "PKM-PANDANWANGI"));
      completeSurviving(nodes, turn, "dinkes", pid, "assignFktp", Map.of("fktpAssignments",
          Map.of("value", json.writeValueAsString(rows), "type", "Json")));
      completeSurviving(nodes, turn + 1, "kadinkes", pid, "signApproval", Map.of("signDecision", string("APPROVE")));
    }
    return numbers;
  }

  final AtomicInteger refiledAfterKill = new AtomicInteger();

  @Test
  @SuppressWarnings("unchecked")
  void aNodeKilledWithSigkillInTheMiddleOfTheWorkLosesAndDuplicatesNothing() throws Exception {
    List<String> database = TestInfrastructure.isolatedDatabaseArguments("cluster_kill");
    // both nodes start at the same moment on the empty database: migrations, deployment and seeding meet
    Node[] nodes = startTogether(database);
    try {
      JdbcTemplate jdbc = jdbc(database);
      // an officer's browser logged in on node B, the node that will die
      String officerBrowser = tasklistLogin(nodes[1], "disnaker");
      Instant started = Instant.now();
      AtomicInteger filed = new AtomicInteger();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
      int total = CLIENTS * APPLICATIONS_PER_CLIENT;
      // node B dies (SIGKILL: no shutdown hook, no clean-up) once a third of the applications are filed
      Future<Integer> killer = clients.submit(() -> {
        while (filed.get() < total / 3) {
          Thread.sleep(100);
        }
        int locked = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_EXP_TIME_ IS NOT NULL", Integer.class);
        nodes[1].process().destroyForcibly().waitFor();
        return locked;
      });
      List<String> numbers = runClients(clients, client -> survivingClient(client, nodes, filed));
      int lockedAtKill = killer.get();
      assertThat(nodes[1].process().isAlive()).isFalse();
      // the load balancer sends that browser to node A: still logged in, no new login
      String survivedLogin = webappUser(nodes[0], officerBrowser);

      Node survivor = nodes[0];
      java.util.Set<String> finished = awaitCompleted(new Node[] {survivor, survivor}, numbers);
      awaitActivationMails(numbers, Duration.ofSeconds(60));
      long mailed = numbers.stream().filter(n -> activationMails(n) >= 1).count();
      long mailedTwice = numbers.stream().filter(n -> activationMails(n) > 1).count();
      int applications = jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_application", Integer.class);
      int families = jdbc.queryForObject("SELECT COUNT(DISTINCT submitted_by_nik) FROM ejkn_application", Integer.class);
      int submissions = jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_bpjs_submission", Integer.class);
      int incidents = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_INCIDENT", Integer.class);
      int stillLocked = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_EXP_TIME_ IS NOT NULL",
          Integer.class);
      System.out.printf("TwoNodeClusterIT kill -9: %d clients, %.1f s, node B killed after %d filings with %d jobs "
          + "locked: applications accepted %d (of them re-filed after the kill and refused as already open %d), "
          + "finished %d, lost %d, duplicated %d, BPJS submissions %d, activation mails %d (duplicated %d), "
          + "incidents %d, jobs still locked %d, calls that met the dead node %d, request errors %d, webapp login of the "
          + "dead node still valid on the other: %s%n", CLIENTS,
          Duration.between(started, Instant.now()).toMillis() / 1000.0, total / 3, lockedAtKill, numbers.size(),
          refiledAfterKill.get(), finished.size(), numbers.size() - finished.size(), applications - families,
          submissions, mailed, mailedTwice, incidents, stillLocked, connectionFailures.get(), errors.size(),
          "disnaker".equals(survivedLogin));
      errors.stream().limit(10).forEach(e -> System.out.println("  " + e));

      assertThat(errors).as("requests a live node answered with an error").isEmpty();
      assertThat(survivedLogin).as("the webapp session taken on the killed node").isEqualTo("disnaker");
      assertThat(numbers).as("every family's application accepted once").hasSize(total).doesNotHaveDuplicates();
      assertThat(applications).as("no family filed twice").isEqualTo(families).isEqualTo(total);
      assertThat(finished).as("finished applications").hasSize(total);
      assertThat(submissions).as("one BPJS submission per application").isEqualTo(total);
      assertThat(mailed).as("an activation mail per application").isEqualTo(total);
      assertThat(mailedTwice).as("activation mails sent twice").isZero();
      assertThat(incidents).isZero();
    } finally {
      stop(nodes);
    }
  }
  // ------------------------------------------------------------------------------------------- database restart

  final AtomicInteger unavailableAnswers = new AtomicInteger();
  final List<String> unclearAnswers = new java.util.concurrent.CopyOnWriteArrayList<>();

  /**
   * A call repeated while the database is away: every answer meanwhile must be the clear 503 (or no answer while a
   * node's connections are being replaced), never a 500.
   */
  <T> ResponseEntity<T> patient(java.util.concurrent.Callable<ResponseEntity<T>> call) throws Exception {
    Instant until = Instant.now().plus(PATIENCE);
    while (true) {
      try {
        ResponseEntity<T> r = call.call();
        int status = r.getStatusCode().value();
        if (status != 503 && status != 500) {
          return r;
        }
        if (status == 503 && String.valueOf(r.getBody()).contains("DATABASE_UNAVAILABLE")
            && r.getHeaders().getFirst("Retry-After") != null) {
          unavailableAnswers.incrementAndGet();
        } else {
          unclearAnswers.add("HTTP " + status + " " + r.getBody());
        }
      } catch (org.springframework.web.client.ResourceAccessException slow) {
        connectionFailures.incrementAndGet();
      }
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("the database did not come back for " + PATIENCE);
      }
      Thread.sleep(500);
    }
  }

  /** Completes a task through {@link #patient}; a completion that committed before the outage counts as done. */
  void completePatiently(Node node, String user, String pid, String key, Map<String, Object> vars) throws Exception {
    Map<String, Object> task = null;
    Instant until = Instant.now().plus(PATIENCE);
    while (task == null && Instant.now().isBefore(until)) {
      ResponseEntity<String> r = patient(() -> as(node, user).exchange("/engine-rest/task?processInstanceId=" + pid
          + "&taskDefinitionKey=" + key, HttpMethod.GET, null, String.class));
      List<Map<String, Object>> list = json.readValue(r.getBody(),
          new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>>() {});
      task = list.isEmpty() ? null : list.get(0);
      if (task == null) {
        Thread.sleep(250);
      }
    }
    if (task == null) {
      throw new AssertionError("no task " + key + " for " + pid);
    }
    String id = task.get("id").toString();
    int status = patient(() -> as(node, user).postForEntity("/engine-rest/task/" + id + "/complete",
        Map.of("variables", vars), String.class)).getStatusCode().value();
    if (status != 204 && status != 404) {
      errors.add("complete " + key + " as " + user + ": HTTP " + status);
    }
  }

  @SuppressWarnings("unchecked")
  String patientClient(int client, Node[] nodes, AtomicInteger filed) throws Exception {
    Node intake = nodes[client % 2];
    Node other = nodes[(client + 1) % 2];
    Map<String, Object> family = TestFamilies.twoMemberFamily(KELURAHAN);
    ResponseEntity<Map> created = patient(() -> as(intake, "pandanwangi").postForEntity("/api/applications", family,
        Map.class));
    String number;
    String pid;
    if (created.getStatusCode().value() == 201) {
      number = created.getBody().get("id").toString();
      pid = created.getBody().get("processInstanceId").toString();
    } else if (created.getStatusCode().value() == 409 && created.getBody().get("openApplication") != null) {
      number = created.getBody().get("openApplication").toString();
      pid = patient(() -> as(intake, "pandanwangi").getForEntity("/api/applications/" + number, Map.class)).getBody()
          .get("processInstanceId").toString();
    } else {
      errors.add("file: HTTP " + created.getStatusCode().value() + " " + created.getBody());
      return null;
    }
    filed.incrementAndGet();
    completePatiently(other, "dispendukcapil", pid, "verifyCivilRegistry", Map.of("civilRegistryDecision", string("APPROVE")));
    completePatiently(intake, "dinsos", pid, "verifyWelfare", Map.of("welfareDecision", string("APPROVE")));
    completePatiently(other, "disnaker", pid, "verifyEmployment", Map.of("employmentDecision", string("APPROVE")));
    Map<String, Object> fktp = null;
    while (fktp == null) {
      ResponseEntity<String> r = patient(() -> as(intake, "dinkes").exchange("/engine-rest/task?processInstanceId=" + pid
          + "&taskDefinitionKey=assignFktp", HttpMethod.GET, null, String.class));
      List<Map<String, Object>> list = json.readValue(r.getBody(),
          new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>>() {});
      fktp = list.isEmpty() ? null : list.get(0);
      Thread.sleep(fktp == null ? 250 : 0);
    }
    String fktpId = fktp.get("id").toString();
    Map<String, Object> variable = patient(() -> as(intake, "dinkes").getForEntity("/engine-rest/task/" + fktpId
        + "/variables/fktpAssignments?deserializeValue=false", Map.class)).getBody();
    List<Map<String, Object>> rows = json.readValue(variable.get("value").toString(), List.class);
    rows.forEach(r -> r.put("fktpCode", "PKM-PANDANWANGI"));
    completePatiently(intake, "dinkes", pid, "assignFktp", Map.of("fktpAssignments",
        Map.of("value", json.writeValueAsString(rows), "type", "Json")));
    completePatiently(other, "kadinkes", pid, "signApproval", Map.of("signDecision", string("APPROVE")));
    return number;
  }

  static EmbeddedPostgres startPostgres(int port, Path data) throws Exception {
    return EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false).start();
  }

  @Test
  void whilePostgresRestartsCallersGetAClear503AndEveryApplicationFinishesAfterwards() throws Exception {
    int pgPort = freePort();
    Path data = Path.of("target", "cluster-pg-" + java.util.UUID.randomUUID());
    EmbeddedPostgres[] postgres = {startPostgres(pgPort, data)};
    List<String> database = List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres",
        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
        "--spring.datasource.driver-class-name=org.postgresql.Driver", "--ejkn.demo.applications=false",
        // a node gives up on a connection after 3 s (not 30) while the database is away
        "--spring.datasource.hikari.connection-timeout=3000");
    Node[] nodes;
    try {
      nodes = startTogether(database);
    } catch (Exception | AssertionError e) {
      postgres[0].close();
      throw e;
    }
    int total = CLIENTS;
    try {
      AtomicInteger filed = new AtomicInteger();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
      Instant started = Instant.now();
      Future<Long> outage = clients.submit(() -> {
        while (filed.get() < total / 3) {
          Thread.sleep(100);
        }
        Instant down = Instant.now();
        postgres[0].close();
        Thread.sleep(8000);
        postgres[0] = startPostgres(pgPort, data);
        return Duration.between(down, Instant.now()).toMillis();
      });
      List<Future<String>> work = new ArrayList<>();
      for (int c = 0; c < total; c++) {
        int client = c;
        work.add(clients.submit(() -> patientClient(client, nodes, filed)));
      }
      List<String> numbers = new ArrayList<>();
      try {
        for (Future<String> f : work) {
          String n = f.get();
          if (n != null) {
            numbers.add(n);
          }
        }
      } finally {
        clients.shutdown();
      }
      long downMillis = outage.get();
      Map<String, String> finished = new ConcurrentHashMap<>();
      Instant until = Instant.now().plus(PATIENCE);
      while (Instant.now().isBefore(until) && finished.size() < numbers.size()) {
        for (String n : numbers) {
          if (!finished.containsKey(n) && "COMPLETED".equals(String.valueOf(patient(() -> as(nodes[0], "pandanwangi")
              .getForEntity("/api/applications/" + n, Map.class)).getBody().get("status")))) {
            finished.put(n, "COMPLETED");
          }
        }
        Thread.sleep(500);
      }
      JdbcTemplate jdbc = jdbc(database);
      int applications = jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_application", Integer.class);
      int withoutInstance = jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_application a WHERE NOT EXISTS (SELECT 1 "
          + "FROM ACT_HI_PROCINST p WHERE p.ID_ = a.process_instance_id)", Integer.class);
      int submissions = jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_bpjs_submission", Integer.class);
      int incidents = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_INCIDENT", Integer.class);
      System.out.printf("TwoNodeClusterIT database restart: %d clients, %.1f s, PostgreSQL away %.1f s: applications "
          + "accepted %d, finished %d, lost %d, duplicated %d, half-written %d, BPJS submissions %d, incidents %d, "
          + "503 answers meanwhile %d, unclear answers %d, request errors %d%n", total,
          Duration.between(started, Instant.now()).toMillis() / 1000.0, downMillis / 1000.0, numbers.size(),
          finished.size(), numbers.size() - finished.size(), applications - numbers.size(), withoutInstance,
          submissions, incidents, unavailableAnswers.get(), unclearAnswers.size(), errors.size());
      unclearAnswers.stream().limit(5).forEach(e -> System.out.println("  " + e));
      errors.stream().limit(5).forEach(e -> System.out.println("  " + e));

      assertThat(unavailableAnswers.get()).as("callers were told the database is away").isPositive();
      assertThat(unclearAnswers).as("answers other than the clear 503 while the database was away").isEmpty();
      assertThat(errors).isEmpty();
      assertThat(numbers).hasSize(total).doesNotHaveDuplicates();
      assertThat(applications).as("no application twice").isEqualTo(total);
      assertThat(withoutInstance).as("no register row without its process").isZero();
      assertThat(finished).hasSize(total);
      assertThat(submissions).isEqualTo(total);
      assertThat(incidents).isZero();
    } finally {
      stop(nodes);
      postgres[0].close();
    }
  }
}
