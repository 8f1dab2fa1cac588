package id.go.malangkota.ejkn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.intake.TestFamilies;
import id.go.malangkota.ejkn.support.TestInfrastructure;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
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
  static final int APPLICATIONS_PER_CLIENT = 2;
  static final String KELURAHAN = "35.73.01.1006";
  static final Duration PATIENCE = Duration.ofSeconds(120);

  final ObjectMapper json = new ObjectMapper();
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
    command.addAll(database);
    command.add("--server.port=" + port);
    command.add("--ejkn.mail.outbox-dir=target/cluster-outbox-" + name);
    // one BPJS for the cluster: the simulator keeps its participants in memory, so both nodes use node A's
    command.add("--ejkn.bpjs.base-url=http://127.0.0.1:" + simulatorPort + "/bpjs-simulator/vclaim-rest");
    command.add("--ejkn.bpjs.submission.base-url=http://127.0.0.1:" + simulatorPort + "/bpjs-simulator/pemda-rest");
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(Path.of("target", "cluster-node-" + name + ".log").toFile()).start();
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
    RestTemplate t = new RestTemplateBuilder().rootUri("http://127.0.0.1:" + node.port()).basicAuthentication(user, "demo")
        .setConnectTimeout(Duration.ofSeconds(5)).setReadTimeout(Duration.ofSeconds(60)).build();
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

  /** One client: files its applications through one node and works each through both, alternating per task. */
  @SuppressWarnings("unchecked")
  List<String> client(int client, Node[] nodes) throws Exception {
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
      complete(other, "kadinkes", awaitTask(other, "kadinkes", pid, "signApproval"),
          Map.of("signDecision", string("APPROVE")));
    }
    return numbers;
  }

  @SuppressWarnings("unchecked")
  String status(Node node, String number) {
    ResponseEntity<Map> r = as(node, "pandanwangi").getForEntity("/api/applications/" + number, Map.class);
    expect(200, r, "read " + number);
    return r.getBody() == null ? null : String.valueOf(r.getBody().get("status"));
  }

  static long activationMails(String number) {
    return Arrays.stream(TestInfrastructure.greenMail().getReceivedMessages()).filter(m -> {
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
    int portA = freePort();
    int portB = freePort();
    // both nodes start at the same moment on the empty database: migrations, deployment and seeding meet
    Node[] nodes = {new Node("A", portA, launch("A", portA, portA, database)),
        new Node("B", portB, launch("B", portB, portA, database))};
    try {
      for (Node n : nodes) {
        awaitReady(n);
      }
      String url = database.stream().filter(a -> a.startsWith("--spring.datasource.url=")).findFirst().orElseThrow()
          .substring("--spring.datasource.url=".length());
      JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", "postgres"));
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

      Instant started = Instant.now();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<List<String>>> work = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        work.add(clients.submit(() -> client(client, nodes)));
      }
      List<String> numbers = new ArrayList<>();
      try {
        for (Future<List<String>> f : work) {
          numbers.addAll(f.get());
        }
      } finally {
        clients.shutdownNow();
      }

      Map<String, String> finalStatus = new ConcurrentHashMap<>();
      Instant until = Instant.now().plus(PATIENCE);
      while (Instant.now().isBefore(until) && finalStatus.size() < numbers.size()) {
        for (String n : numbers) {
          if (!finalStatus.containsKey(n) && "COMPLETED".equals(status(nodes[n.hashCode() & 1], n))) {
            finalStatus.put(n, "COMPLETED");
          }
        }
        Thread.sleep(500);
      }
      AtomicInteger active = new AtomicInteger();
      for (String n : numbers) {
        Map<String, Object> body = as(nodes[0], "pandanwangi").getForEntity("/api/applications/" + n, Map.class).getBody();
        if (((List<Map<String, Object>>) body.get("candidates")).stream().allMatch(c -> "ACTIVE".equals(c.get("outcome")))) {
          active.incrementAndGet();
        }
      }
      Instant mailUntil = Instant.now().plus(Duration.ofSeconds(30));
      while (Instant.now().isBefore(mailUntil) && numbers.stream().anyMatch(n -> activationMails(n) == 0)) {
        Thread.sleep(500);
      }
      long mailed = numbers.stream().filter(n -> activationMails(n) == 1).count();
      long mailedTwice = numbers.stream().filter(n -> activationMails(n) > 1).count();
      int submissions = jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_bpjs_submission", Integer.class);
      int incidents = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_INCIDENT", Integer.class);
      int accepted = numbers.size();
      System.out.printf("TwoNodeClusterIT: %d clients, 2 nodes, %.1f s: applications accepted %d, finished %d, "
          + "all cards active %d, lost %d, BPJS submissions %d (duplicated %d), activation mails %d (duplicated %d), "
          + "incidents %d, request errors %d%n", CLIENTS, Duration.between(started, Instant.now()).toMillis() / 1000.0,
          accepted, finalStatus.size(), active.get(), accepted - finalStatus.size(), submissions,
          Math.max(0, submissions - accepted), mailed, mailedTwice, incidents, errors.size());
      errors.stream().limit(10).forEach(e -> System.out.println("  " + e));

      assertThat(errors).as("requests answered with an error").isEmpty();
      assertThat(accepted).isEqualTo(CLIENTS * APPLICATIONS_PER_CLIENT);
      assertThat(finalStatus).as("finished applications").hasSize(accepted);
      assertThat(active.get()).as("applications with every card active").isEqualTo(accepted);
      assertThat(submissions).as("one BPJS submission per application").isEqualTo(accepted);
      assertThat(mailed).as("one activation mail per application").isEqualTo(accepted);
      assertThat(mailedTwice).isZero();
      assertThat(incidents).isZero();
    } finally {
      for (Node n : nodes) {
        n.process().destroy();
      }
      for (Node n : nodes) {
        if (!n.process().waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
          n.process().destroyForcibly();
        }
      }
    }
  }
}
