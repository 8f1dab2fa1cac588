package id.go.malangkota.ejkn.process;

import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.go.malangkota.ejkn.application.ApplicationLifecycle;
import id.go.malangkota.ejkn.application.ApplicationRegister;
import id.go.malangkota.ejkn.application.DocumentStore;
import id.go.malangkota.ejkn.application.RegistrationAtStart;
import id.go.malangkota.ejkn.application.StartRegistration;
import id.go.malangkota.ejkn.bpjs.ActivationCheck;
import id.go.malangkota.ejkn.bpjs.ApplicationSubmissions;
import id.go.malangkota.ejkn.bpjs.BpjsClient;
import id.go.malangkota.ejkn.bpjs.BpjsSubmissionService;
import id.go.malangkota.ejkn.bpjs.CheckBpjsStatus;
import id.go.malangkota.ejkn.bpjs.CheckSubmissionAtBpjs;
import id.go.malangkota.ejkn.bpjs.FailedJobPolicy;
import id.go.malangkota.ejkn.bpjs.RecordSubmissionFailure;
import id.go.malangkota.ejkn.bpjs.RestartSubmissionWait;
import id.go.malangkota.ejkn.bpjs.SubmitToBpjs;
import id.go.malangkota.ejkn.bpjs.submission.BpjsSubmissionPort;
import id.go.malangkota.ejkn.deactivation.CheckDeactivationDocuments;
import id.go.malangkota.ejkn.deactivation.DeactivationProcessService;
import id.go.malangkota.ejkn.deactivation.DeactivationRegistration;
import id.go.malangkota.ejkn.deactivation.DeactivationRegistry;
import id.go.malangkota.ejkn.deactivation.DeactivationStartInput;
import id.go.malangkota.ejkn.deactivation.DeactivationSubmissions;
import id.go.malangkota.ejkn.deactivation.DeactivationValidator;
import id.go.malangkota.ejkn.deactivation.LookUpParticipant;
import id.go.malangkota.ejkn.deactivation.PrepareDeactivationVerification;
import id.go.malangkota.ejkn.deactivation.RecordDeactivationAuthority;
import id.go.malangkota.ejkn.deactivation.RecordDeactivationSignature;
import id.go.malangkota.ejkn.deactivation.RecordDeactivationVerification;
import id.go.malangkota.ejkn.deactivation.RegisterDeactivation;
import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import id.go.malangkota.ejkn.identity.KelurahanInstanceAccess;
import id.go.malangkota.ejkn.identity.SystemAccess;
import id.go.malangkota.ejkn.intake.ApplicationValidator;
import id.go.malangkota.ejkn.intake.ApplyCorrection;
import id.go.malangkota.ejkn.intake.CheckDocuments;
import id.go.malangkota.ejkn.intake.IntakeService;
import id.go.malangkota.ejkn.intake.RefuseRepresentation;
import id.go.malangkota.ejkn.intake.RegisterApplication;
import id.go.malangkota.ejkn.intake.RegistrationService;
import id.go.malangkota.ejkn.intake.ReleaseCandidates;
import id.go.malangkota.ejkn.intake.StartInput;
import id.go.malangkota.ejkn.intake.StrictJson;
import id.go.malangkota.ejkn.membership.CheckMembership;
import id.go.malangkota.ejkn.membership.MembershipCheckLog;
import id.go.malangkota.ejkn.membership.MembershipCheckProcess;
import id.go.malangkota.ejkn.membership.MembershipCheckService;
import id.go.malangkota.ejkn.membership.RegisterMembershipCheck;
import id.go.malangkota.ejkn.notification.ApplicationNotifications;
import id.go.malangkota.ejkn.notification.DeactivationNotifications;
import id.go.malangkota.ejkn.notification.MailPort;
import id.go.malangkota.ejkn.notification.MailTemplates;
import id.go.malangkota.ejkn.notification.NotifyActivation;
import id.go.malangkota.ejkn.notification.NotifyCorrection;
import id.go.malangkota.ejkn.notification.NotifyDeactivation;
import id.go.malangkota.ejkn.notification.NotifyDeactivationMissingDocuments;
import id.go.malangkota.ejkn.notification.NotifyDeactivationRejection;
import id.go.malangkota.ejkn.notification.NotifyMissingDocuments;
import id.go.malangkota.ejkn.notification.NotifyRejection;
import id.go.malangkota.ejkn.notification.Recipients;
import id.go.malangkota.ejkn.policy.DocumentFlags;
import id.go.malangkota.ejkn.policy.PolicyLookup;
import id.go.malangkota.ejkn.policy.UrgentWindow;
import id.go.malangkota.ejkn.verification.ConsolidateVerification;
import id.go.malangkota.ejkn.verification.EligibilityService;
import id.go.malangkota.ejkn.verification.EscalateToKadinkes;
import id.go.malangkota.ejkn.verification.EvaluatePreEligibility;
import id.go.malangkota.ejkn.verification.FktpDirectory;
import id.go.malangkota.ejkn.verification.PrepareCorrection;
import id.go.malangkota.ejkn.verification.PrepareFktpAssignment;
import id.go.malangkota.ejkn.verification.PrepareVerification;
import id.go.malangkota.ejkn.verification.RecordFktpAssignment;
import id.go.malangkota.ejkn.verification.RecordSignature;
import id.go.malangkota.ejkn.verification.RecordSignatureRejection;
import id.go.malangkota.ejkn.verification.RecordSlaBreach;
import id.go.malangkota.ejkn.verification.TaskFormValues;
import id.go.malangkota.ejkn.verification.SlaBreaches;
import id.go.malangkota.ejkn.verification.TaskDeadlines;
import id.go.malangkota.ejkn.verification.UrgentEscalationService;
import id.go.malangkota.ejkn.verification.VerificationService;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A plain in-memory engine for the fast process tests, with the real domain services wired by hand and only the
 * outside world (BPJS, the submission port, mail) replaced by mocks. Coverage is measured by its configuration class.
 */
public final class ProcessTestEngine {

  public final ProcessCoverageInMemProcessEngineConfiguration configuration;
  public final String jdbcUrl;
  public BpjsClient bpjs;
  public BpjsSubmissionPort submissions;
  public MailPort mail;
  public JdbcTemplate jdbc;
  public ApplicationRegister register;
  public DeactivationRegistry deactivations;
  private final List<StartRegistration> registrations = new ArrayList<>();
  private List<id.go.malangkota.ejkn.application.TaskFile> taskFiles = List.of();
  private VerificationService verificationService;
  private ObjectMapper formJson;

  public ProcessTestEngine() {
    jdbcUrl = "jdbc:h2:mem:process-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    configuration = new ProcessCoverageInMemProcessEngineConfiguration();
    configuration.setJdbcUrl(jdbcUrl);
    configuration.setDatabaseSchemaUpdate("create-drop");
    configuration.setHistory(id.go.malangkota.ejkn.audit.AuditHistoryLevel.NAME);
    configuration.setJobExecutorActivate(false);
    configuration.setExpressionManager(new MockExpressionManager());
    configuration.setHistoryTimeToLive("P3650D");
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.setDefaultSerializationFormat("application/json");
    configuration.setEnableHistoricInstancePermissions(true);
    List<ProcessEnginePlugin> plugins = new ArrayList<>(configuration.getProcessEnginePlugins());
    plugins.add(new SpinProcessEnginePlugin());
    plugins.add(new id.go.malangkota.ejkn.audit.AuditHistoryLevel());
    plugins.add(new KelurahanInstanceAccess(new KelurahanDirectory()));
    plugins.add(new RegistrationAtStart(() -> registrations));
    TaskDeadlines deadlines = new TaskDeadlines("Asia/Jakarta");
    plugins.add(deadlines);
    // the values the forms read, from the register and services registerBeans makes once the engine exists
    plugins.add(new TaskFormValues(() -> taskFiles, () -> verificationService, () -> formJson, deadlines));
    plugins.add(new FailedJobPolicy());
    configuration.setProcessEnginePlugins(plugins);
  }

  /** Creates our tables and registers the beans the diagrams name; call once the engine exists. */
  public void registerBeans(ProcessEngine engine) {
    DataSource ds = new DriverManagerDataSource(jdbcUrl, "sa", "");
    jdbc = new JdbcTemplate(ds);
    org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:db/migration")
        .table("ejkn_schema_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(ds);
    KelurahanDirectory kelurahan = new KelurahanDirectory();
    KelurahanInstanceAccess access = new KelurahanInstanceAccess(kelurahan);
    SystemAccess system = new SystemAccess(engine.getIdentityService());
    PolicyLookup policy = new PolicyLookup(() -> configuration);
    DocumentFlags flags = new DocumentFlags(policy);
    UrgentWindow window = new UrgentWindow(policy);
    StrictJson strict = new StrictJson(json);
    register = new ApplicationRegister(jdbc, transactions, "Asia/Jakarta");
    ApplicationLifecycle lifecycle = new ApplicationLifecycle(engine.getHistoryService(), engine.getRuntimeService(),
        engine.getTaskService(), engine.getRepositoryService());
    ApplicationValidator validator = new ApplicationValidator(kelurahan, flags, window, "Asia/Jakarta");
    RegistrationService registration = new RegistrationService(validator, register, kelurahan, window, "Asia/Jakarta");
    StartInput input = new StartInput(json, strict);
    DocumentStore documents = new DocumentStore(jdbc);
    IntakeService intake = new IntakeService(register, flags, registration);
    EligibilityService eligibility = new EligibilityService(engine.getDecisionService());
    VerificationService verification = new VerificationService(register, eligibility, documents, new FktpDirectory());
    bpjs = mock(BpjsClient.class);
    submissions = mock(BpjsSubmissionPort.class);
    mail = mock(MailPort.class);
    Recipients recipients = new Recipients(engine.getIdentityService());
    MailTemplates templates = new MailTemplates();
    ApplicationNotifications notifications = new ApplicationNotifications(templates, mail, recipients, register,
        kelurahan);
    ApplicationSubmissions applicationSubmissions = new ApplicationSubmissions(bpjs, register);
    deactivations = new DeactivationRegistry(jdbc);
    DeactivationProcessService deactivation = new DeactivationProcessService(deactivations, flags, bpjs);
    BpjsSubmissionService bpjsSubmission = new BpjsSubmissionService(submissions, List.of(applicationSubmissions,
        new DeactivationSubmissions(deactivations, new ActivationCheck(bpjs))), policy);
    taskFiles = List.of(verification, deactivation);
    verificationService = verification;
    formJson = json;

    registrations.clear();
    registrations.add(new RegisterApplication(registration, input, flags, window, access));
    registrations.add(new RegisterDeactivation(new DeactivationRegistration(new DeactivationValidator(kelurahan, flags),
        register, deactivations, kelurahan), new DeactivationStartInput(strict, flags), access));
    MembershipCheckService checks = new MembershipCheckService(bpjs, eligibility,
        new MembershipCheckLog(jdbc, transactions), kelurahan, policy, "Asia/Jakarta");
    MembershipCheckProcess membership = new MembershipCheckProcess(checks, kelurahan,
        "/camunda/app/tasklist/default/#/?processStart=");
    registrations.add(new RegisterMembershipCheck(membership, access));

    Mocks.reset();
    Mocks.register("releaseCandidates", new ReleaseCandidates(register));
    Mocks.register("checkDocuments", new CheckDocuments(intake));
    Mocks.register("refuseRepresentation", new RefuseRepresentation(intake));
    Mocks.register("recordRepresentation", new id.go.malangkota.ejkn.intake.RecordRepresentation());
    Mocks.register("recordVerificationRoute", new id.go.malangkota.ejkn.verification.RecordVerificationRoute());
    Mocks.register("representationFacts", new id.go.malangkota.ejkn.intake.RepresentationFacts(register));
    Mocks.register("applyCorrection", new ApplyCorrection(intake, input, flags));
    Mocks.register("checkBpjsStatus", new CheckBpjsStatus(applicationSubmissions));
    Mocks.register("evaluatePreEligibility", new EvaluatePreEligibility(verification));
    Mocks.register("prepareVerification", new PrepareVerification(verification));
    Mocks.register("consolidateVerification", new ConsolidateVerification(verification));
    Mocks.register("recordFktpAssignment", new RecordFktpAssignment(verification, json));
    Mocks.register("recordSignatureRejection", new RecordSignatureRejection(verification));
    Mocks.register("recordSignature", new RecordSignature(verification));
    Mocks.register("prepareFktpAssignment", new PrepareFktpAssignment(verification, json));
    Mocks.register("prepareCorrection", new PrepareCorrection(register, flags, json));
    Mocks.register("submitToBpjs", new SubmitToBpjs(bpjsSubmission));
    Mocks.register("checkSubmissionAtBpjs", new CheckSubmissionAtBpjs(bpjsSubmission));
    Mocks.register("restartSubmissionWait", new RestartSubmissionWait());
    Mocks.register("recordSubmissionFailure", new RecordSubmissionFailure(bpjsSubmission));
    Mocks.register("notifyMissingDocuments", new NotifyMissingDocuments(notifications, intake));
    Mocks.register("notifyCorrection", new NotifyCorrection(notifications));
    Mocks.register("notifyActivation", new NotifyActivation(notifications));
    Mocks.register("notifyRejection", new NotifyRejection(notifications));
    var urgent = new UrgentEscalationService(templates, mail, recipients, register, lifecycle,
        new SlaBreaches(jdbc), system, kelurahan, "Asia/Jakarta");
    Mocks.register("escalateToKadinkes", new EscalateToKadinkes(urgent));
    Mocks.register("recordSlaBreach", new RecordSlaBreach(urgent));

    DeactivationNotifications deactivationMail = new DeactivationNotifications(templates, mail, recipients,
        deactivations, deactivation, kelurahan);
    Mocks.register("checkDeactivationDocuments", new CheckDeactivationDocuments(deactivation));
    Mocks.register("lookUpParticipant", new LookUpParticipant(deactivation));
    Mocks.register("recordDeactivationAuthority", new RecordDeactivationAuthority(deactivation));
    Mocks.register("prepareDeactivationVerification", new PrepareDeactivationVerification(deactivation));
    Mocks.register("recordDeactivationVerification", new RecordDeactivationVerification(deactivation));
    Mocks.register("recordDeactivationSignature", new RecordDeactivationSignature(deactivation));
    Mocks.register("notifyDeactivationMissingDocuments", new NotifyDeactivationMissingDocuments(deactivationMail));
    Mocks.register("notifyDeactivation", new NotifyDeactivation(deactivationMail));
    Mocks.register("notifyDeactivationRejection", new NotifyDeactivationRejection(deactivationMail));
    Mocks.register("checkMembership", new CheckMembership(membership));
  }

  static ZoneId zone() {
    return ZoneId.of("Asia/Jakarta");
  }
}
