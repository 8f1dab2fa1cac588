package id.go.malangkota.ejkn.deactivation;

import id.go.malangkota.ejkn.application.ApplicationRegister;
import id.go.malangkota.ejkn.identity.Actor;
import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import id.go.malangkota.ejkn.intake.FieldError;
import id.go.malangkota.ejkn.intake.InvalidApplicationException;
import id.go.malangkota.ejkn.intake.KelurahanNotYoursException;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The one way in for a deactivation: validates, checks that the officer acts for that kelurahan (from the
 * authentication), gives it a number from the same series as applications, reserves the person (no registration and
 * no second deactivation runs for them at the same time) and records it.
 */
@Service
public class DeactivationRegistration {

  public record Registered(String number, DeactivationRequest request) {}

  private final DeactivationValidator validator;
  private final ApplicationRegister applications;
  private final DeactivationRegistry deactivations;
  private final KelurahanDirectory kelurahan;

  public DeactivationRegistration(DeactivationValidator validator, ApplicationRegister applications,
      DeactivationRegistry deactivations, KelurahanDirectory kelurahan) {
    this.validator = validator;
    this.applications = applications;
    this.deactivations = deactivations;
    this.kelurahan = kelurahan;
  }

  public Registered register(DeactivationRequest input, Actor actor, String processInstanceId) {
    DeactivationRequest d = input.normalised();
    if (d.kelurahanCode() == null) {
      List<String> own = actor.groups().stream().filter(kelurahan::isKelurahan).toList();
      d = d.withKelurahanCode(own.size() == 1 ? own.get(0) : null);
    }
    List<FieldError> errors = validator.validate(d);
    if (!errors.isEmpty()) {
      throw new InvalidApplicationException(errors);
    }
    // only a kelurahan files, and only for itself; agencies verify and never start one (administrators may)
    if (!actor.actsFor(d.kelurahanCode())) {
      throw new KelurahanNotYoursException();
    }
    DeactivationRequest request = d;
    applications.openRequestOf(request.nik()).ifPresent(open -> {
      throw new PersonHasOpenRequestException(request.nik(), open.number(), open.requestType());
    });
    String number = applications.nextApplicationNumber();
    applications.reserve(List.of(request.nik()), number, processInstanceId, DeactivationVariables.REQUEST_TYPE);
    deactivations.record(number, processInstanceId, request, actor.userId());
    return new Registered(number, request);
  }

  public String kelurahanName(String code) {
    return kelurahan.byCode(code).map(k -> k.groupName()).orElse(code);
  }
}
