package id.go.malangkota.ejkn.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.go.malangkota.ejkn.bpjs.ActivationCheck;
import id.go.malangkota.ejkn.deactivation.CheckDeactivationConfirmed;
import id.go.malangkota.ejkn.deactivation.CheckDeactivationDocuments;
import id.go.malangkota.ejkn.deactivation.DeactivationProcessService;
import id.go.malangkota.ejkn.deactivation.DeactivationRegistry;
import id.go.malangkota.ejkn.deactivation.DeactivationValidator;
import id.go.malangkota.ejkn.deactivation.LookUpParticipant;
import id.go.malangkota.ejkn.deactivation.PrepareDeactivationVerification;
import id.go.malangkota.ejkn.deactivation.RecordDeactivationOutcome;
import id.go.malangkota.ejkn.deactivation.RecordDeactivationVerification;
import id.go.malangkota.ejkn.deactivation.RegisterDeactivation;
import id.go.malangkota.ejkn.deactivation.RestartDeactivationWait;
import id.go.malangkota.ejkn.deactivation.SubmitDeactivationToBpjs;
import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import id.go.malangkota.ejkn.identity.KelurahanInstanceAccess;
import id.go.malangkota.ejkn.intake.ApplicationRegistry;
import id.go.malangkota.ejkn.intake.ApplicationVariables;
import id.go.malangkota.ejkn.membership.CheckMembership;
import id.go.malangkota.ejkn.membership.MembershipCheckLog;
import id.go.malangkota.ejkn.membership.MembershipCheckProcess;
import id.go.malangkota.ejkn.membership.MembershipCheckService;
import id.go.malangkota.ejkn.membership.RegisterMembershipCheck;
import id.go.malangkota.ejkn.notification.DeactivationNotifications;
import id.go.malangkota.ejkn.notification.MailTemplates;
import id.go.malangkota.ejkn.notification.NotifyDeactivation;
import id.go.malangkota.ejkn.notification.NotifyDeactivationMissingDocuments;
import id.go.malangkota.ejkn.notification.NotifyDeactivationRejection;
import id.go.malangkota.ejkn.notification.Recipients;
import id.go.malangkota.ejkn.verification.EligibilityService;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The beans of the deactivation and membership-check diagrams, wired by hand on top of {@link ProcessTestEngine}'s
 * (real services; BPJS, the submission port and mail are its mocks); its Flyway run creates the tables.
 */
final class DeactivationTestBeans {

  private DeactivationTestBeans() {}

  static void register(ProcessTestEngine test, ProcessEngine engine) {
    test.registerBeans(engine);
    DataSource ds = new DriverManagerDataSource(test.jdbcUrl, "sa", "");
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    ApplicationVariables variables = new ApplicationVariables(json);
    KelurahanDirectory kelurahan = new KelurahanDirectory();
    KelurahanInstanceAccess access = new KelurahanInstanceAccess(kelurahan);
    ApplicationRegistry applications = new ApplicationRegistry(test.jdbc, "Asia/Jakarta");
    DeactivationProcessService service = new DeactivationProcessService(test.bpjs, new ActivationCheck(test.bpjs),
        test.submissions, variables);
    DeactivationNotifications notifications = new DeactivationNotifications(new MailTemplates(), test.mail,
        new Recipients(engine.getIdentityService()), variables);
    Mocks.register("registerDeactivation", new RegisterDeactivation(new DeactivationValidator(kelurahan), applications,
        new DeactivationRegistry(test.jdbc), kelurahan, access));
    Mocks.register("checkDeactivationDocuments", new CheckDeactivationDocuments(service));
    Mocks.register("lookUpParticipant", new LookUpParticipant(service));
    Mocks.register("prepareDeactivationVerification", new PrepareDeactivationVerification(service));
    Mocks.register("recordDeactivationVerification", new RecordDeactivationVerification(service));
    Mocks.register("submitDeactivationToBpjs", new SubmitDeactivationToBpjs(service));
    Mocks.register("checkDeactivationConfirmed", new CheckDeactivationConfirmed(service));
    Mocks.register("restartDeactivationWait", new RestartDeactivationWait(service));
    Mocks.register("recordDeactivationOutcome", new RecordDeactivationOutcome(service));
    Mocks.register("notifyDeactivationMissingDocuments", new NotifyDeactivationMissingDocuments(notifications));
    Mocks.register("notifyDeactivation", new NotifyDeactivation(notifications));
    Mocks.register("notifyDeactivationRejection", new NotifyDeactivationRejection(notifications));

    MembershipCheckService checks = new MembershipCheckService(test.bpjs,
        new EligibilityService(engine.getDecisionService()),
        new MembershipCheckLog(test.jdbc, new DataSourceTransactionManager(ds)), kelurahan, "Asia/Jakarta");
    MembershipCheckProcess membership = new MembershipCheckProcess(checks, kelurahan, access,
        "/camunda/app/tasklist/default/#/?processStart=");
    Mocks.register("registerMembershipCheck", new RegisterMembershipCheck(membership));
    Mocks.register("checkMembership", new CheckMembership(membership));
  }
}
