package id.go.malangkota.ejkn.intake;

import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import id.go.malangkota.ejkn.identity.KelurahanInstanceAccess;
import id.go.malangkota.ejkn.verification.TaskDeadlines;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.TimeZone;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Start listener of every application process ("Permohonan diterima"): validates the application, gives it its
 * number, reserves the candidates and records it. A failure throws, so the start is rolled back and nothing is
 * stored — whether the officer used the Tasklist start form or the application API.
 */
@Component("registerApplication")
public class RegisterApplication implements ExecutionListener {

  private final ApplicationVariables variables;
  private final ApplicationValidator validator;
  private final ApplicationRegistry registry;
  private final KelurahanDirectory kelurahan;
  private final KelurahanInstanceAccess access;
  private final Candidates candidates;

  private ZoneId zone = ZoneId.of("Asia/Jakarta");
  private Duration urgentWindow = Duration.ofHours(72);

  public RegisterApplication(ApplicationVariables variables, ApplicationValidator validator, ApplicationRegistry registry,
      KelurahanDirectory kelurahan, KelurahanInstanceAccess access, Candidates candidates) {
    this.variables = variables;
    this.validator = validator;
    this.registry = registry;
    this.kelurahan = kelurahan;
    this.access = access;
    this.candidates = candidates;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.hasVariable("applicationNumber")) {
      // called as the shared lifecycle by a service's own process (urgent reactivation): registered already
      return;
    }
    Authentication user = Context.getCommandContext().getAuthentication();
    // when the start carried kelurahanCode, the access grant was already made by KelurahanInstanceAccess
    boolean accessGranted = execution.hasVariable(KelurahanInstanceAccess.KELURAHAN_VARIABLE);
    ApplicationRequest request = variables.read(execution);
    if (request == null) {
      Object type = execution.getVariable("requestType");
      request = variables.fromFormVariables(execution, type == null ? "NEW" : type.toString(), officersKelurahan(user));
    }
    List<FieldError> errors = validator.validate(request);
    if (!errors.isEmpty()) {
      throw new InvalidApplicationException(errors);
    }
    request = request.withPhone(IdentityNumbers.normalisePhone(request.phone()).orElseThrow());
    String number = registry.nextApplicationNumber();
    String instance = execution.getProcessInstanceId();
    registry.reserveCandidates(request.candidates().stream().map(ApplicationRequest.Member::nik).toList(), number,
        instance, request.type());
    ApplicationRequest.Member applicant = applicant(request);
    registry.record(number, instance, request, LocalDate.parse(applicant.birthDate().substring(0, 10)),
        user == null ? null : user.getUserId());

    variables.write(execution, request);
    execution.setProcessBusinessKey(number);
    execution.setVariable("applicationNumber", number);
    execution.setVariable(KelurahanInstanceAccess.KELURAHAN_VARIABLE, request.kelurahanCode());
    execution.setVariable("kelurahanName", kelurahan.byCode(request.kelurahanCode()).map(k -> k.groupName()).orElse(""));
    execution.setVariable("applicantName", applicant.name());
    execution.setVariable("applicantNik", applicant.nik());
    execution.setVariable("submittedByOnFamilyCard", onFamilyCard(request));
    candidates.write(execution, request.candidates().stream().map(CandidateResult::of).toList());
    if (request.hospitalAdmission() != null) {
      ZonedDateTime admission = ApplicationValidator.parseAdmission(request.hospitalAdmission(), zone).orElseThrow();
      Date deadline = Date.from(admission.plus(urgentWindow).toInstant());
      execution.setVariable(TaskDeadlines.OVERALL_DEADLINE, deadline);
      execution.setVariable("urgentEscalationAt", Date.from(admission.plus(urgentWindow.multipliedBy(3).dividedBy(4))
          .toInstant()));
      execution.setVariable("overallDeadlineText", TaskDeadlines.format(deadline, TimeZone.getTimeZone(zone)));
    }
    if (!accessGranted) {
      access.grantOnStart(execution);
    }
  }

  @org.springframework.beans.factory.annotation.Autowired(required = false)
  void configure(@org.springframework.beans.factory.annotation.Value("${ejkn.timezone:Asia/Jakarta}") String zone,
      @org.springframework.beans.factory.annotation.Value("${ejkn.urgent.window:PT72H}") Duration window) {
    this.zone = ZoneId.of(zone);
    this.urgentWindow = window;
  }

  /** The person the application is about: the submitter if they are on the KK, otherwise the first candidate. */
  static ApplicationRequest.Member applicant(ApplicationRequest request) {
    String by = request.submittedBy().nik();
    return request.members().stream().filter(m -> m.nik().equals(by)).findFirst()
        .orElse(request.candidates().get(0));
  }

  /** Whether the person submitting is on the same family card (for the representation policy). */
  static boolean onFamilyCard(ApplicationRequest request) {
    String by = request.submittedBy().nik();
    return "SELF".equals(request.submittedBy().relation())
        || by != null && request.members().stream().anyMatch(m -> by.equals(m.nik()));
  }

  private String officersKelurahan(Authentication user) {
    if (user == null || user.getGroupIds() == null) {
      return null;
    }
    return user.getGroupIds().stream().filter(kelurahan::isKelurahan).findFirst().orElse(null);
  }
}
