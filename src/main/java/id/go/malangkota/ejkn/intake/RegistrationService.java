package id.go.malangkota.ejkn.intake;

import id.go.malangkota.ejkn.application.Application;
import id.go.malangkota.ejkn.application.ApplicationRegister;
import id.go.malangkota.ejkn.application.CandidateAlreadyOpenException;
import id.go.malangkota.ejkn.application.RequestType;
import id.go.malangkota.ejkn.identity.Actor;
import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import id.go.malangkota.ejkn.policy.UrgentWindow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The one way in for an application (ADR 1401): every start path — {@code POST /api/applications}, the Tasklist start
 * form, the engine's REST API — ends here, called by the start listener of the application processes. It validates,
 * checks that the officer acts for that kelurahan (from the authentication, never from a variable), takes the next
 * number, reserves the candidates and records the application. Any refusal throws, so the start is rolled back and
 * nothing is stored.
 */
@Service
public class RegistrationService {

  private final ApplicationValidator validator;
  private final ApplicationRegister register;
  private final KelurahanDirectory kelurahan;
  private final UrgentWindow urgentWindow;
  private final Clock clock;
  private final ZoneId zone;

  @org.springframework.beans.factory.annotation.Autowired
  public RegistrationService(ApplicationValidator validator, ApplicationRegister register, KelurahanDirectory kelurahan,
      UrgentWindow urgentWindow, @Value("${ejkn.timezone:Asia/Jakarta}") String zone) {
    this(validator, register, kelurahan, urgentWindow, Clock.systemUTC(), ZoneId.of(zone));
  }

  public RegistrationService(ApplicationValidator validator, ApplicationRegister register, KelurahanDirectory kelurahan,
      UrgentWindow urgentWindow, Clock clock, ZoneId zone) {
    this.validator = validator;
    this.register = register;
    this.kelurahan = kelurahan;
    this.urgentWindow = urgentWindow;
    this.clock = clock;
    this.zone = zone;
  }

  /** Registers the application of a process instance that is starting; returns it with its number. */
  public Application register(ApplicationRequest input, Actor actor, String processInstanceId) {
    ApplicationRequest request = input.normalised().withKelurahanCodeIfAbsent(officersKelurahan(actor));
    require(validator.validate(request));
    if (!actor.actsFor(request.kelurahanCode())) {
      throw new KelurahanNotYoursException();
    }
    for (ApplicationRequest.Member m : request.candidates()) {
      register.openRequestOf(m.nik()).ifPresent(open -> {
        throw new CandidateAlreadyOpenException(List.of(m.nik()), open.number());
      });
    }
    String number = register.nextApplicationNumber();
    Application application = toApplication(request, number, processInstanceId, actor);
    register.reserve(application.candidates().stream().map(Application.Member::nik).toList(), number, processInstanceId,
        application.type().name());
    register.insert(application);
    return application;
  }

  /**
   * The officer corrected the application (form correct-application): validated like a new one; the candidates are
   * reserved again. Invalid data throws, so the task stays open and nothing changes.
   */
  public Application correct(String number, ApplicationRequest corrected, Actor actor) {
    Application before = register.get(number);
    Map<String, Boolean> documents = new java.util.LinkedHashMap<>();
    before.documents().forEach(flag -> documents.put(flag, true));
    if (corrected.documents() != null) {
      documents.putAll(corrected.documents());
    }
    ApplicationRequest request = corrected.normalised().withKelurahanCode(before.kelurahanCode())
        .withType(before.type().name()).withDocuments(documents)
        .withHospitalAdmission(before.hospitalAdmission() == null ? null : before.hospitalAdmission().toString());
    require(validator.validateCorrection(request));
    Application application = toApplication(request, number, before.processInstanceId(), actor);
    Application kept = new Application(number, before.processInstanceId(), before.type(), before.kelurahanCode(),
        application.familyCardNumber(), application.address(), application.phone(), application.email(),
        application.submittedBy(), application.members(), application.documents(), before.hospitalAdmission(),
        before.overallDeadline(), before.createdBy(), before.createdAt());
    register.release(number);
    register.reserve(kept.candidates().stream().map(Application.Member::nik).toList(), number,
        before.processInstanceId(), kept.type().name());
    register.correct(kept);
    return kept;
  }

  private static void require(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidApplicationException(errors);
    }
  }

  private Application toApplication(ApplicationRequest r, String number, String processInstanceId, Actor actor) {
    RequestType type = RequestType.valueOf(r.type());
    List<Application.Member> members = r.members().stream().map(m -> new Application.Member(m.nik(), m.name(),
        LocalDate.parse(m.birthDate()), m.relationship(), m.isCandidate())).toList();
    Set<String> documents = new LinkedHashSet<>();
    if (r.documents() != null) {
      r.documents().forEach((flag, given) -> {
        if (Boolean.TRUE.equals(given)) {
          documents.add(flag);
        }
      });
    }
    Instant admission = r.hospitalAdmission() == null ? null
        : ApplicationValidator.parseAdmission(r.hospitalAdmission(), zone).orElseThrow().toInstant();
    Instant deadline = admission == null ? null : admission.plus(urgentWindow.window(type));
    var by = r.submittedBy();
    return new Application(number, processInstanceId, type, r.kelurahanCode(), r.familyCardNumber(), r.address(),
        IdentityNumbers.normalisePhone(r.phone()).orElseThrow(), r.email(),
        new Application.Submitter(by.relation(), by.name(), by.nik(), Boolean.TRUE.equals(by.powerOfAttorney())),
        members, documents, admission, deadline, actor.userId(), clock.instant());
  }

  /** The kelurahan of an officer who belongs to exactly one (the start form does not ask for it). */
  private String officersKelurahan(Actor actor) {
    List<String> own = actor.groups().stream().filter(kelurahan::isKelurahan).toList();
    return own.size() == 1 ? own.get(0) : null;
  }

  public String kelurahanName(String code) {
    return kelurahan.byCode(code).map(k -> k.groupName()).orElse(code);
  }

  public Optional<Application> find(String number) {
    return register.find(number);
  }
}
