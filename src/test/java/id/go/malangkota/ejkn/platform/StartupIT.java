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
    List<String> args = new ArrayList<>(TestInfrastructure.isolatedDatabaseArguments("prod-nopw"));
    args.add("--spring.profiles.active=production");
    args.add("--ejkn.admin.password=");
    assertThatThrownBy(() -> start(args).close())
        .hasStackTraceContaining("EJKN_ADMIN_PASSWORD")
        .hasStackTraceContaining("kata sandi administrator belum diatur");
  }

  @Test
  void productionStartsWithoutDemoUsersWhenThePasswordComesFromTheEnvironment() {
    List<String> args = new ArrayList<>(TestInfrastructure.isolatedDatabaseArguments("prod"));
    args.add("--spring.profiles.active=production");
    args.add("--ejkn.admin.password=rahasia-sekali-123");
    try (ConfigurableApplicationContext context = start(args)) {
      Snapshot s = snapshot(context);
      assertThat(s.users()).containsExactly("admin");
      assertThat(s.groups()).contains("35.73.01.1006", "kadinkes");
      var identity = context.getBean(ProcessEngine.class).getIdentityService();
      assertThat(identity.checkPassword("admin", "rahasia-sekali-123")).isTrue();
      assertThat(identity.checkPassword("admin", "demo")).isFalse();
    }
  }
}
