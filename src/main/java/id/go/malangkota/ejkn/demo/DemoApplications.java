package id.go.malangkota.ejkn.demo;

import id.go.malangkota.ejkn.intake.ApplicationRequest;
import id.go.malangkota.ejkn.intake.ApplicationRequest.Member;
import id.go.malangkota.ejkn.intake.ApplicationRequest.SubmittedBy;
import id.go.malangkota.ejkn.intake.ApplicationService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The embedded default's demo data: on the first start with an empty register, a few applications go through the
 * real processes as the demo users (against the BPJS simulator), so Tasklist, the audit trail, the status page
 * and the KPI dashboard have something to show. Off in production and in the tests.
 */
@Component
@ConditionalOnProperty(prefix = "ejkn.demo", name = "applications", havingValue = "true")
public class DemoApplications {

  private static final Logger log = LoggerFactory.getLogger(DemoApplications.class);
  static final String PANDANWANGI = "35.73.01.1006";
  static final String ARJOSARI = "35.73.01.1002";

  private final ApplicationService applications;
  private final TaskService tasks;
  private final IdentityService identity;
  private final id.go.malangkota.ejkn.application.ApplicationRegister register;

  public DemoApplications(ApplicationService applications, TaskService tasks, IdentityService identity,
      id.go.malangkota.ejkn.application.ApplicationRegister register) {
    this.applications = applications;
    this.tasks = tasks;
    this.identity = identity;
    this.register = register;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void onReady() {
    if (!register.isEmpty()) {
      return;
    }
    Thread worker = new Thread(this::run, "ejkn-demo-applications");
    worker.setDaemon(true);
    worker.start();
  }

  void run() {
    try {
      // a family of two, verified by all three agencies, signed, active at the BPJS simulator
      String active = as("pandanwangi", () -> applications.create(family(PANDANWANGI, "3573010512860041",
          "Hendra Gunawan", "1986-12-05", "3573014707890042", "Rina Marlina", "1989-07-07", "SELF", true))).processInstanceId();
      approveAll(active);
      complete("dinkes", active, "assignFktp", Map.of("fktpAssignments", SpinValues.jsonValue(
          "[{\"nik\":\"3573010512860041\",\"name\":\"Hendra Gunawan\",\"fktpCode\":\"PKM-PANDANWANGI\"},"
              + "{\"nik\":\"3573014707890042\",\"name\":\"Rina Marlina\",\"fktpCode\":\"PKM-PANDANWANGI\"}]").create()));
      complete("kadinkes", active, "signApproval", Map.of("signDecision", "APPROVE"));

      // submitted by a neighbour with a power of attorney; Dinsos finds the family able to pay
      String refused = as("arjosari", () -> applications.create(family(ARJOSARI, "3573021803770043", "Agus Salim",
          "1977-03-18", "3573026110800044", "Wulan Sari", "1980-10-21", "OTHER", true))).processInstanceId();
      complete("dispendukcapil", refused, "verifyCivilRegistry", Map.of("civilRegistryDecision", "APPROVE"));
      complete("dinsos", refused, "verifyWelfare", Map.of("welfareDecision", "REJECT", "welfareReason", "ABLE_TO_PAY",
          "welfareNote", "Kepala keluarga berpenghasilan tetap di atas UMK."));
      complete("disnaker", refused, "verifyEmployment", Map.of("employmentDecision", "APPROVE"));

      // waiting at the verifiers, so Tasklist has work in it
      as("pandanwangi", () -> applications.create(family(PANDANWANGI, "3573012209910045", "Dedi Kurniawan",
          "1991-09-22", "3573015304930046", "Yuli Astuti", "1993-04-13", "FAMILY_MEMBER", false)));
      log.info("Data demo: tiga permohonan contoh dibuat (aktif, ditolak Dinsos, menunggu verifikasi).");
    } catch (RuntimeException e) {
      log.warn("Data demo tidak lengkap dibuat: {}", e.getMessage());
    }
  }

  static ApplicationRequest family(String kelurahan, String nik1, String name1, String birth1, String nik2, String name2,
      String birth2, String relation, boolean powerOfAttorney) {
    SubmittedBy by = switch (relation) {
      case "SELF" -> new SubmittedBy("SELF", name1, nik1, false);
      case "FAMILY_MEMBER" -> new SubmittedBy("FAMILY_MEMBER", name2, nik2, false);
      default -> new SubmittedBy("OTHER", "Slamet Tetangga", "3573021506700047", powerOfAttorney);
    };
    return new ApplicationRequest("NEW", kelurahan, nik1.substring(0, 6) + "2001190011", "Jl. Contoh No. 1, RT 02 RW 03",
        "081234500" + nik1.substring(13), null, by,
        List.of(new Member(nik1, name1, birth1, "KEPALA_KELUARGA", true), new Member(nik2, name2, birth2, "ISTRI", true)),
        Map.of("rtRwLetter", true), null);
  }

  private void approveAll(String pid) {
    complete("dispendukcapil", pid, "verifyCivilRegistry", Map.of("civilRegistryDecision", "APPROVE"));
    complete("dinsos", pid, "verifyWelfare", Map.of("welfareDecision", "APPROVE"));
    complete("disnaker", pid, "verifyEmployment", Map.of("employmentDecision", "APPROVE"));
  }

  /** Waits (the BPJS check runs asynchronously) for the task, then completes it as that demo user. */
  private void complete(String user, String pid, String taskKey, Map<String, Object> variables) {
    Instant until = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(until)) {
      Task task = tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(taskKey).singleResult();
      if (task != null) {
        as(user, () -> {
          tasks.claim(task.getId(), user);
          tasks.complete(task.getId(), variables);
          return null;
        });
        return;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new IllegalStateException("tugas " + taskKey + " tidak muncul");
  }

  private <T> T as(String user, Supplier<T> work) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
        .map(org.camunda.bpm.engine.identity.Tenant::getId).toList();
    identity.setAuthentication(user, groups, tenants);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
