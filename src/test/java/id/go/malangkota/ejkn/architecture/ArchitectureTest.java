package id.go.malangkota.ejkn.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shape of the code (ADR 1401), checked on every build. */
class ArchitectureTest {

  static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("id.go.malangkota.ejkn");
  }

  @Test
  void domainPackagesHaveNoCycles() {
    slices().matching("id.go.malangkota.ejkn.(*)..").should().beFreeOfCycles().check(classes);
  }

  /** Each table has one owner; everybody else asks the owner (no SQL scattered over the packages). */
  @Test
  void sqlOnlyInTheOwnersOfTheTables() {
    noClasses().that().resideOutsideOfPackages("id.go.malangkota.ejkn.kpi..")
        .and().doNotHaveFullyQualifiedName("id.go.malangkota.ejkn.application.ApplicationRegister")
        .and().doNotHaveFullyQualifiedName("id.go.malangkota.ejkn.application.DocumentStore")
        .and().doNotHaveFullyQualifiedName("id.go.malangkota.ejkn.application.PersonalDataAccessLog")
        .and().doNotHaveFullyQualifiedName("id.go.malangkota.ejkn.deactivation.DeactivationRegistry")
        .and().doNotHaveFullyQualifiedName("id.go.malangkota.ejkn.membership.MembershipCheckLog")
        .and().doNotHaveFullyQualifiedName("id.go.malangkota.ejkn.bpjs.submission.SubmissionLedger")
        .and().doNotHaveFullyQualifiedName("id.go.malangkota.ejkn.verification.SlaBreaches")
        .and().doNotHaveFullyQualifiedName("id.go.malangkota.ejkn.governance.SopProposalStore")
        .and().doNotHaveFullyQualifiedName("id.go.malangkota.ejkn.platform.SchedulerLease")
        .and().doNotHaveFullyQualifiedName("id.go.malangkota.ejkn.notification.MailOutbox")
        .and().doNotHaveFullyQualifiedName("id.go.malangkota.ejkn.identity.SeedingLock")
        // one-off data migration of old databases: the engine has no API to give existing instances a tenant
        .and().doNotHaveFullyQualifiedName("id.go.malangkota.ejkn.identity.KelurahanTenantMigration")
        // reads which forms are deployed: the engine's API has no query for Camunda Forms definitions
        .and().doNotHaveFullyQualifiedName("id.go.malangkota.ejkn.governance.SopProposals")
        .should().dependOnClassesThat().haveNameMatching("org\\.springframework\\.jdbc\\.core\\..*JdbcTemplate")
        .because("each table has one owner (ADR 1401)").check(classes);
  }

  /** Domain services know nothing of the engine's executions: delegates turn them into domain values first. */
  @Test
  void domainServicesDoNotTakeExecutions() {
    noClasses().that().haveSimpleNameEndingWith("Service")
        .should().dependOnClassesThat().haveNameMatching("org\\.camunda\\.bpm\\.engine\\.delegate\\.Delegate(Execution|Task)")
        .because("a delegate reads the execution; the service it calls works on domain values (ADR 1401)").check(classes);
  }

  /** Service-task glue is one small bean per task: a delegate calls its domain, not other delegates. */
  @Test
  void delegatesAreNotCalledByOtherCode() {
    noClasses().that().areTopLevelClasses().and().doNotImplement("org.camunda.bpm.engine.delegate.JavaDelegate")
        .should().dependOnClassesThat().implement("org.camunda.bpm.engine.delegate.JavaDelegate")
        .because("the BPMN names its delegate (camunda:delegateExpression); code calls the domain service instead")
        .check(classes);
  }
}
