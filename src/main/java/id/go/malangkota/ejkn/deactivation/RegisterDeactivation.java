package id.go.malangkota.ejkn.deactivation;

import id.go.malangkota.ejkn.application.StartRegistration;
import id.go.malangkota.ejkn.bpjs.Masking;
import id.go.malangkota.ejkn.identity.Actor;
import id.go.malangkota.ejkn.identity.KelurahanInstanceAccess;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Glue at the start of the deactivation process ("Permohonan penonaktifan diterima"), a built-in listener so that no
 * start path skips it: the request the start carried goes to {@link DeactivationRegistration} with the authenticated
 * officer; a refusal throws, so the start is rolled back and nothing is stored.
 */
@Component
public class RegisterDeactivation implements StartRegistration {

  private final DeactivationRegistration registration;
  private final DeactivationStartInput input;
  private final KelurahanInstanceAccess access;

  public RegisterDeactivation(DeactivationRegistration registration, DeactivationStartInput input,
      KelurahanInstanceAccess access) {
    this.registration = registration;
    this.input = input;
    this.access = access;
  }

  @Override
  public Set<String> processes() {
    return Set.of(DeactivationVariables.PROCESS);
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, Object> start = new LinkedHashMap<>(execution.getVariables());
    DeactivationRequest request = input.read(start);
    var registered = registration.register(request, Actor.of(Context.getCommandContext().getAuthentication()),
        execution.getProcessInstanceId());
    start.keySet().forEach(execution::removeVariable);
    // until BPJS tells the name, officers know the person by the NIK they entered (masked in lists)
    DeactivationVariables.registered(execution, registered.number(), registered.request(),
        registration.kelurahanName(registered.request().kelurahanCode()), "NIK " + Masking.nik(registered.request().nik()));
    execution.setProcessBusinessKey(registered.number());
    access.grantOnStart(execution);
  }
}
