package id.go.malangkota.ejkn.identity;

import id.go.malangkota.ejkn.identity.StaffGroups.GroupSpec;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings groups, users, authorizations and Tasklist filters to the state the system needs, at every start.
 * Idempotent: it creates what is missing and corrects what drifted, never duplicates.
 */
@Component
@Order(0)
public class IdentitySeeder implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(IdentitySeeder.class);
  private static final String DEMO_PASSWORD = "demo";

  private final IdentityService identity;
  private final KelurahanDirectory kelurahan;
  private final AuthorizationSeeder authorizations;
  private final TasklistFilterSeeder filters;
  private final IdentityProperties properties;
  private final KelurahanTenancy tenancy;
  private final KelurahanTenantMigration tenantMigration;
  private final SeedingLock lock;

  public IdentitySeeder(IdentityService identity, KelurahanDirectory kelurahan, AuthorizationSeeder authorizations,
      TasklistFilterSeeder filters, IdentityProperties properties, KelurahanTenancy tenancy,
      KelurahanTenantMigration tenantMigration, SeedingLock lock) {
    this.lock = lock;
    this.tenancy = tenancy;
    this.tenantMigration = tenantMigration;
    this.identity = identity;
    this.kelurahan = kelurahan;
    this.authorizations = authorizations;
    this.filters = filters;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    lock.whileHolding(this::seed);
  }

  public synchronized void seed() {
    for (GroupSpec g : allGroups()) {
      ensureGroup(g);
    }
    ensureAdmin();
    if (properties.demoEnabled()) {
      seedDemoUsers();
    }
    if (tenancy.tenants()) {
      tenancy.seedTenants(identity, allGroups());
      tenantMigration.migrate();
    }
    authorizations.seed(allGroups());
    filters.seed(allGroups());
    log.info("Identitas siap: {} grup ({} kelurahan), demo={}", allGroups().size(), kelurahan.all().size(),
        properties.demoEnabled());
  }

  public List<GroupSpec> allGroups() {
    List<GroupSpec> groups = new ArrayList<>();
    kelurahan.all().forEach(k -> groups.add(new GroupSpec(k.code(), k.groupName(), StaffGroups.TYPE_KELURAHAN)));
    groups.addAll(StaffGroups.AGENCIES);
    groups.addAll(StaffGroups.ROLES);
    return groups;
  }

  private void ensureGroup(GroupSpec spec) {
    Group group = identity.createGroupQuery().groupId(spec.id()).singleResult();
    if (group == null) {
      group = identity.newGroup(spec.id());
    } else if (spec.name().equals(group.getName()) && spec.type().equals(group.getType())) {
      return;
    }
    group.setName(spec.name());
    group.setType(spec.type());
    identity.saveGroup(group);
  }

  private void ensureAdmin() {
    String id = properties.admin().id();
    String password = properties.admin().password();
    if (password == null || password.isBlank()) {
      throw new IllegalStateException(id + ": kata sandi administrator kosong (EJKN_ADMIN_PASSWORD)");
    }
    User admin = identity.createUserQuery().userId(id).singleResult();
    if (admin == null) {
      admin = identity.newUser(id);
      admin.setFirstName("Administrator");
      admin.setLastName("e-JKN Cekat");
      admin.setPassword(password);
      save(admin, properties.demoEnabled());
    } else if (!identity.checkPassword(id, password)) {
      // the environment is the source of truth: rotating EJKN_ADMIN_PASSWORD rotates the password
      admin.setPassword(password);
      save(admin, properties.demoEnabled());
    }
    ensureMembership(id, StaffGroups.ADMIN);
  }

  /**
   * Saves a user; the engine's password policy applies to everyone except the demo users of the default profile
   * (password "demo", CONTRACT.md). Production's administrator password is checked against it before start-up.
   */
  private void save(User user, boolean demoPassword) {
    if (demoPassword && identity instanceof org.camunda.bpm.engine.impl.IdentityServiceImpl engine) {
      engine.saveUser(user, true);
    } else {
      identity.saveUser(user);
    }
  }

  private void seedDemoUsers() {
    demoUser("pandanwangi", "Petugas", "Kel. Pandanwangi", "35.73.01.1006");
    demoUser("arjosari", "Petugas", "Kel. Arjosari", "35.73.01.1002");
    demoUser("dispendukcapil", "Verifikator", "Dispendukcapil", StaffGroups.DISPENDUKCAPIL);
    demoUser("dinsos", "Verifikator", "Dinsos P3AP2KB", StaffGroups.DINSOS);
    demoUser("disnaker", "Verifikator", "Disnaker PMPTSP", StaffGroups.DISNAKER);
    demoUser("dinkes", "Petugas", "Dinas Kesehatan", StaffGroups.DINKES);
    demoUser("kadinkes", "Kepala", "Dinas Kesehatan", StaffGroups.KADINKES);
    demoUser("auditor", "Auditor", "Inspektorat", StaffGroups.AUDITOR);
    demoUser("pemilik-proses", "Pemilik", "Proses", StaffGroups.PROCESS_OWNER);
  }

  private void demoUser(String id, String firstName, String lastName, String group) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@demo.ejkn.malangkota.go.id");
      user.setPassword(DEMO_PASSWORD);
      save(user, true);
    }
    ensureMembership(id, group);
  }

  private void ensureMembership(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }
}
