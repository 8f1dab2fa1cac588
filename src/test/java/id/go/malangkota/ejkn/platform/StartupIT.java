package id.go.malangkota.ejkn.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.malangkota.ejkn.EjknCekatApplication;
import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import id.go.malangkota.ejkn.support.TestInfrastructure;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Start-up behaviour: idempotent seeding across restarts, and the production profile's guard. */
class StartupIT {

  record Snapshot(List<String> groups, List<String> users, long memberships, long authorizations, List<String> filters) {}

  static ConfigurableApplicationContext start(List<String> args) {
    List<String> all = new ArrayList<>(args);
    all.add("--server.port=0");
    // an engine name of its own: closing this context must not unregister the shared test context's engine
    all.add("--camunda.bpm.process-engine-name=startup" + Math.abs(args.hashCode()));
    all.add("--camunda.bpm.generate-unique-process-engine-name=false");
    // nor may its webapps replace the shared context's (the webapps keep their engine look-up in static state)
    all.add("--camunda.bpm.webapp.enabled=false");
    return new SpringApplicationBuilder(EjknCekatApplication.class).run(all.toArray(String[]::new));
  }

  static Snapshot snapshot(ConfigurableApplicationContext context) {
    ProcessEngine engine = context.getBean(ProcessEngine.class);
    var identity = engine.getIdentityService();
    long memberships = 0;
    for (Group g : identity.createGroupQuery().list()) {
      memberships += identity.createUserQuery().memberOfGroup(g.getId()).count();
    }
    return new Snapshot(
        identity.createGroupQuery().orderByGroupId().asc().list().stream().map(Group::getId).toList(),
        identity.createUserQuery().orderByUserId().asc().list().stream().map(User::getId).toList(),
        memberships,
        engine.getAuthorizationService().createAuthorizationQuery().count(),
        engine.getFilterService().createFilterQuery().orderByFilterName().asc().list().stream()
            .map(f -> f.getName()).toList());
  }

  @Test
  void everySeededGroupUserAndFilterIsPresentOnceAfterTwoRestarts() {
    List<String> args = TestInfrastructure.isolatedDatabaseArguments("restart");
    List<Snapshot> snapshots = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      try (ConfigurableApplicationContext context = start(args)) {
        snapshots.add(snapshot(context));
      }
    }
    Snapshot first = snapshots.get(0);
    assertThat(snapshots).allSatisfy(s -> assertThat(s).isEqualTo(first));
    int kelurahan = new KelurahanDirectory().all().size();
    assertThat(kelurahan).isEqualTo(57);
    assertThat(first.groups()).hasSize(kelurahan + 8)
        .contains("35.73.01.1006", "35.73.05.1012", "dispendukcapil", "dinsos", "disnaker", "dinkes", "kadinkes",
            "auditor", "pemilik-proses", "camunda-admin");
    assertThat(first.users()).contains("admin", "pandanwangi", "arjosari", "dispendukcapil", "dinsos", "disnaker",
        "dinkes", "kadinkes", "auditor", "pemilik-proses");
    assertThat(first.filters()).hasSize(kelurahan + 5 + 3).contains("Tugas saya", "Mendesak",
        "Tugas Kelurahan Pandanwangi", "Tugas Dinas Kesehatan", "Tugas Kepala Dinas Kesehatan", "Semua tugas (hanya baca)");
    assertThat(first.filters()).doesNotHaveDuplicates();
  }

  @Test
  void productionWithoutAnAdministratorPasswordRefusesToStartWithAClearMessage() {
    List<String> args = production("prod-nopw", "");
    assertThatThrownBy(() -> start(args).close())
        .hasStackTraceContaining("EJKN_ADMIN_PASSWORD")
        .hasStackTraceContaining("kata sandi administrator belum diatur");
  }

  /** The production profile with everything it requires; H2 only where the test database is H2 (allowed explicitly). */
  static List<String> production(String name, String password) {
    List<String> args = new ArrayList<>(TestInfrastructure.isolatedDatabaseArguments(name));
    args.add("--spring.profiles.active=production");
    args.add("--ejkn.admin.password=" + password);
    args.add("--ejkn.public-base-url=https://ejkn.malangkota.go.id");
    args.add("--ejkn.database.allow-embedded=true");
    return args;
  }

  @Test
  void productionRefusesAWeakPasswordAnEmbeddedDatabaseAndAMissingPublicAddress() {
    assertThatThrownBy(() -> start(production("prod-weak", "rahasiasekali")).close())
        .hasStackTraceContaining("ADMIN_PASSWORD_WEAK").hasStackTraceContaining("terlalu lemah")
        .hasStackTraceContaining("UPPERCASE").hasStackTraceContaining("DIGIT");
    List<String> h2 = new ArrayList<>(production("prod-h2", "Rahasia-Sekali-123"));
    h2.remove("--ejkn.database.allow-embedded=true");
    h2.removeIf(a -> a.startsWith("--spring.datasource.url="));
    assertThatThrownBy(() -> start(h2).close()).hasStackTraceContaining("DATASOURCE_MISSING")
        .hasStackTraceContaining("basis data produksi belum diatur");
    List<String> noBase = new ArrayList<>(production("prod-base", "Rahasia-Sekali-123"));
    noBase.remove("--ejkn.public-base-url=https://ejkn.malangkota.go.id");
    noBase.add("--ejkn.public-base-url=");
    assertThatThrownBy(() -> start(noBase).close()).hasStackTraceContaining("PUBLIC_BASE_URL_MISSING");
  }

  @Test
  void productionStartsWithoutDemoUsersWhenThePasswordComesFromTheEnvironment() throws Exception {
    try (ConfigurableApplicationContext context = start(production("prod", "Rahasia-Sekali-123"))) {
      Snapshot s = snapshot(context);
      assertThat(s.users()).containsExactly("admin");
      assertThat(s.groups()).contains("35.73.01.1006", "kadinkes");
      var identity = context.getBean(ProcessEngine.class).getIdentityService();
      assertThat(identity.checkPassword("admin", "Rahasia-Sekali-123")).isTrue();
      // the engine's password policy holds for every other user
      var weak = identity.newUser("petugas-baru");
      weak.setPassword("a");
      assertThatThrownBy(() -> identity.saveUser(weak)).hasMessageContaining("policy");

      // metrics only for the operator; health stays open for the orchestrator
      int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
      var http = java.net.http.HttpClient.newHttpClient();
      java.util.function.Function<String, java.net.http.HttpRequest.Builder> get = path ->
          java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path));
      assertThat(http.send(get.apply("/actuator/prometheus").build(), java.net.http.HttpResponse.BodyHandlers.ofString())
          .statusCode()).isEqualTo(401);
      String admin = java.util.Base64.getEncoder().encodeToString("admin:Rahasia-Sekali-123".getBytes());
      var metrics = http.send(get.apply("/actuator/prometheus").header("Authorization", "Basic " + admin).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(metrics.statusCode()).as(metrics.body()).isEqualTo(200);
      assertThat(http.send(get.apply("/actuator/health").build(), java.net.http.HttpResponse.BodyHandlers.ofString())
          .statusCode()).isEqualTo(200);
      var sop = http.send(get.apply("/sop").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(sop.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age"));
      // last: a failed attempt locks the account for a few seconds (the engine's login throttling)
      assertThat(identity.checkPassword("admin", "demo")).isFalse();
    }
  }
}
