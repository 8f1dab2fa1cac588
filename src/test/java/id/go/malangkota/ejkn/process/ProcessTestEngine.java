package id.go.malangkota.ejkn.process;

import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.go.malangkota.ejkn.bpjs.BpjsClient;
import id.go.malangkota.ejkn.bpjs.BpjsEnrolmentService;
import id.go.malangkota.ejkn.bpjs.CheckActivation;
import id.go.malangkota.ejkn.bpjs.CheckBpjsStatus;
import id.go.malangkota.ejkn.bpjs.NonRetryableBpjsFailures;
import id.go.malangkota.ejkn.bpjs.RecordActivationFailure;
import id.go.malangkota.ejkn.bpjs.RestartActivationWait;
import id.go.malangkota.ejkn.bpjs.SubmitToBpjs;
import id.go.malangkota.ejkn.bpjs.submission.BpjsSubmissionPort;
import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import id.go.malangkota.ejkn.identity.KelurahanInstanceAccess;
import id.go.malangkota.ejkn.intake.ApplicationRegistry;
import id.go.malangkota.ejkn.intake.ApplicationValidator;
import id.go.malangkota.ejkn.intake.ApplicationVariables;
import id.go.malangkota.ejkn.intake.ApplyCorrection;
import id.go.malangkota.ejkn.intake.Candidates;
import id.go.malangkota.ejkn.intake.CheckDocuments;
import id.go.malangkota.ejkn.intake.DocumentStore;
import id.go.malangkota.ejkn.intake.IntakeService;
import id.go.malangkota.ejkn.intake.RefuseRepresentation;
import id.go.malangkota.ejkn.intake.RegisterApplication;
import id.go.malangkota.ejkn.intake.ReleaseCandidates;
import id.go.malangkota.ejkn.notification.ApplicationNotifications;
import id.go.malangkota.ejkn.notification.MailPort;
import id.go.malangkota.ejkn.notification.MailTemplates;
import id.go.malangkota.ejkn.notification.NotifyActivation;
import id.go.malangkota.ejkn.notification.NotifyCorrection;
import id.go.malangkota.ejkn.notification.NotifyMissingDocuments;
import id.go.malangkota.ejkn.notification.NotifyRejection;
import id.go.malangkota.ejkn.notification.Recipients;
import id.go.malangkota.ejkn.verification.ConsolidateVerification;
import id.go.malangkota.ejkn.verification.EligibilityService;
import id.go.malangkota.ejkn.verification.EvaluatePreEligibility;
import id.go.malangkota.ejkn.verification.FktpDirectory;
import id.go.malangkota.ejkn.verification.PrepareVerification;
import id.go.malangkota.ejkn.verification.RecordFktpAssignment;
import id.go.malangkota.ejkn.verification.RecordSignatureRejection;
import id.go.malangkota.ejkn.verification.TaskDeadlines;
import id.go.malangkota.ejkn.verification.VerificationService;
import java.time.Duration;
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
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A plain in-memory engine for the fast process tests, with the real domain services wired by hand and only the
 * outside world (BPJS, mail) replaced by mocks. Coverage is measured by its configuration class.
 */
public final class ProcessTestEngine {

  public final ProcessCoverageInMemProcessEngineConfiguration configuration;
  public final String jdbcUrl;
  public BpjsClient bpjs;
  public BpjsSubmissionPort submissions;
  public MailPort mail;
  public JdbcTemplate jdbc;

  public ProcessTestEngine() {
    jdbcUrl = "jdbc:h2:mem:process-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    configuration = new ProcessCoverageInMemProcessEngineConfiguration();
    configuration.setJdbcUrl(jdbcUrl);
    configuration.setDatabaseSchemaUpdate("create-drop");
    configuration.setHistory("full");
    configuration.setJobExecutorActivate(false);
    configuration.setExpressionManager(new MockExpressionManager());
    configuration.setHistoryTimeToLive("P3650D");
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.setDefaultSerializationFormat("application/json");
    configuration.setEnableHistoricInstancePermissions(true);
    List<ProcessEnginePlugin> plugins = new ArrayList<>(configuration.getProcessEnginePlugins());
    plugins.add(new SpinProcessEnginePlugin());
    plugins.add(new KelurahanInstanceAccess(new KelurahanDirectory()));
    plugins.add(new TaskDeadlines("Asia/Jakarta"));
    plugins.add(new NonRetryableBpjsFailures());
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
    KelurahanDirectory kelurahan = new KelurahanDirectory();
    ApplicationVariables variables = new ApplicationVariables(json);
    ApplicationValidator validator = new ApplicationValidator(kelurahan, "Asia/Jakarta", Duration.ofHours(72));
    ApplicationRegistry registry = new ApplicationRegistry(jdbc, "Asia/Jakarta");
    Candidates candidates = new Candidates(variables);
    DocumentStore documents = new DocumentStore(jdbc);
    IntakeService intake = new IntakeService(variables, validator, registry, candidates);
    VerificationService verification = new VerificationService(candidates, variables,
        new EligibilityService(engine.getDecisionService()), documents, new FktpDirectory());
    bpjs = mock(BpjsClient.class);
    submissions = mock(BpjsSubmissionPort.class);
    mail = mock(MailPort.class);
    BpjsEnrolmentService enrolment = new BpjsEnrolmentService(bpjs, submissions, candidates, variables);
    ApplicationNotifications notifications = new ApplicationNotifications(new MailTemplates(), mail,
        new Recipients(engine.getIdentityService()), variables, candidates);

    Mocks.reset();
    Mocks.register("registerApplication", new RegisterApplication(variables, validator, registry, kelurahan,
        new KelurahanInstanceAccess(kelurahan), candidates));
    Mocks.register("releaseCandidates", new ReleaseCandidates(registry));
    Mocks.register("candidateRecords", candidates);
    Mocks.register("checkDocuments", new CheckDocuments(intake));
    Mocks.register("refuseRepresentation", new RefuseRepresentation(intake));
    Mocks.register("applyCorrection", new ApplyCorrection(intake));
    Mocks.register("checkBpjsStatus", new CheckBpjsStatus(enrolment));
    Mocks.register("evaluatePreEligibility", new EvaluatePreEligibility(verification));
    Mocks.register("prepareVerification", new PrepareVerification(verification));
    Mocks.register("consolidateVerification", new ConsolidateVerification(verification));
    Mocks.register("recordFktpAssignment", new RecordFktpAssignment(verification));
    Mocks.register("recordSignatureRejection", new RecordSignatureRejection(verification));
    Mocks.register("submitToBpjs", new SubmitToBpjs(enrolment));
    Mocks.register("checkActivation", new CheckActivation(enrolment));
    Mocks.register("restartActivationWait", new RestartActivationWait(enrolment));
    Mocks.register("recordActivationFailure", new RecordActivationFailure(enrolment));
    Mocks.register("notifyMissingDocuments", new NotifyMissingDocuments(notifications));
    Mocks.register("notifyCorrection", new NotifyCorrection(notifications));
    Mocks.register("notifyActivation", new NotifyActivation(notifications));
    Mocks.register("notifyRejection", new NotifyRejection(notifications));
    var urgent = new id.go.malangkota.ejkn.verification.UrgentEscalationService(new MailTemplates(), mail,
        new Recipients(engine.getIdentityService()), jdbc, "Asia/Jakarta");
    Mocks.register("escalateToKadinkes", new id.go.malangkota.ejkn.verification.EscalateToKadinkes(urgent));
    Mocks.register("recordSlaBreach", new id.go.malangkota.ejkn.verification.RecordSlaBreach(urgent));
  }
}
