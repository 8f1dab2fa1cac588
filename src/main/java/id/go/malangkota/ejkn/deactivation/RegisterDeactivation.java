package id.go.malangkota.ejkn.deactivation;

import id.go.malangkota.ejkn.bpjs.Masking;
import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import id.go.malangkota.ejkn.identity.KelurahanInstanceAccess;
import id.go.malangkota.ejkn.intake.ApplicationRegistry;
import id.go.malangkota.ejkn.intake.FieldError;
import id.go.malangkota.ejkn.intake.InvalidApplicationException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Start listener of the deactivation process ("Permohonan penonaktifan diterima"): validates the request, gives
 * it a number from the same series as applications, reserves the person in the open-request table (so no
 * registration and no second deactivation runs for them at the same time) and records it. A failure throws, so
 * the start is rolled back and nothing is stored — from the Tasklist start form or the API alike.
 */
@Component("registerDeactivation")
public class RegisterDeactivation implements ExecutionListener {

  private final DeactivationValidator validator;
  private final ApplicationRegistry applications;
  private final DeactivationRegistry deactivations;
  private final KelurahanDirectory kelurahan;
  private final KelurahanInstanceAccess access;

  public RegisterDeactivation(DeactivationValidator validator, ApplicationRegistry applications,
      DeactivationRegistry deactivations, KelurahanDirectory kelurahan, KelurahanInstanceAccess access) {
    this.validator = validator;
    this.applications = applications;
    this.deactivations = deactivations;
    this.kelurahan = kelurahan;
    this.access = access;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Authentication user = Context.getCommandContext().getAuthentication();
    // when the start carried kelurahanCode, KelurahanInstanceAccess has already checked and granted access
    boolean accessGranted = execution.hasVariable(KelurahanInstanceAccess.KELURAHAN_VARIABLE);
    DeactivationRequest d = DeactivationVariables.read(execution, officersKelurahan(user));
    List<FieldError> errors = validator.validate(d);
    if (!errors.isEmpty()) {
      throw new InvalidApplicationException(errors);
    }
    String instance = execution.getProcessInstanceId();
    deactivations.openRequestOf(d.nik()).ifPresent(open -> {
      throw new PersonHasOpenRequestException(d.nik(), open.number(), open.requestType());
    });
    String number = applications.nextApplicationNumber();
    applications.reserveCandidates(List.of(d.nik()), number, instance, DeactivationVariables.REQUEST_TYPE);
    deactivations.record(number, instance, d, user == null ? null : user.getUserId());

    DeactivationVariables.write(execution, d);
    execution.setProcessBusinessKey(number);
    execution.setVariable("applicationNumber", number);
    execution.setVariable("kelurahanName", kelurahan.byCode(d.kelurahanCode()).map(k -> k.groupName()).orElse(""));
    // until BPJS tells the name: officers know the person by the NIK they entered (masked in lists)
    execution.setVariable("applicantName", "NIK " + Masking.nik(d.nik()));
    if (!accessGranted) {
      access.grantOnStart(execution);
    }
  }

  private String officersKelurahan(Authentication user) {
    if (user == null || user.getGroupIds() == null) {
      return null;
    }
    return user.getGroupIds().stream().filter(kelurahan::isKelurahan).findFirst().orElse(null);
  }
}
