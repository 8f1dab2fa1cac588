package id.go.malangkota.ejkn.intake;

import id.go.malangkota.ejkn.application.Application;
import id.go.malangkota.ejkn.application.RegistrationVariables;
import id.go.malangkota.ejkn.application.RequestType;
import id.go.malangkota.ejkn.identity.Actor;
import id.go.malangkota.ejkn.identity.KelurahanInstanceAccess;
import id.go.malangkota.ejkn.policy.DocumentFlags;
import id.go.malangkota.ejkn.policy.UrgentWindow;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import id.go.malangkota.ejkn.application.StartRegistration;
import java.util.Set;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Glue at the start of every application process (a built-in listener, see {@link StartRegistration}, so no start path
 * skips it — not the Tasklist start form, not the engine's REST API, not a start with skipped listeners): reads what
 * the start carried, hands it to {@link RegistrationService} with the authenticated officer, and writes the few
 * process variables of the registered application.
 */
@Component
public class RegisterApplication implements StartRegistration {

  @Override
  public Set<String> processes() {
    return Set.of(RegistrationVariables.PROCESS, RegistrationVariables.URGENT_PROCESS);
  }


  private final RegistrationService registration;
  private final StartInput input;
  private final DocumentFlags documentFlags;
  private final UrgentWindow urgentWindow;
  private final KelurahanInstanceAccess access;

  public RegisterApplication(RegistrationService registration, StartInput input, DocumentFlags documentFlags,
      UrgentWindow urgentWindow, KelurahanInstanceAccess access) {
    this.registration = registration;
    this.input = input;
    this.documentFlags = documentFlags;
    this.urgentWindow = urgentWindow;
    this.access = access;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getSuperExecution() != null) {
      return; // the lifecycle called by the urgent reactivation: registered by the process that called it
    }
    Map<String, Object> start = new LinkedHashMap<>(execution.getVariables());
    // the registration start form asks for the type (new registration unless the officer chose the switch)
    String impliedType = RegistrationVariables.URGENT_PROCESS.equals(processKey(execution))
        ? RequestType.URGENT_REACTIVATION.name() : RequestType.NEW.name();
    ApplicationRequest request = input.read(start, impliedType, documentFlags.known());
    if (RequestType.URGENT_REACTIVATION.name().equals(impliedType) && !impliedType.equals(request.type())) {
      request = request.withType(impliedType);
    } else if (!RequestType.URGENT_REACTIVATION.name().equals(impliedType)
        && RequestType.URGENT_REACTIVATION.name().equals(request.type())) {
      // the 3×24-hour window and its escalations belong to the urgent process, which calls this lifecycle itself
      throw new InvalidApplicationException(java.util.List.of(new FieldError("type",
          "Reaktivasi mendesak diajukan melalui layanan Reaktivasi Mendesak JKN (rawat inap 3×24 jam).")));
    }
    Application application = registration.register(request, Actor.of(Context.getCommandContext().getAuthentication()),
        execution.getProcessInstanceId());
    start.keySet().forEach(execution::removeVariable);
    Instant escalationAt = application.hospitalAdmission() == null ? null : urgentWindow.plan(application.type())
        .map(p -> p.share(application.hospitalAdmission(), p.kadinkesEscalationShare())).orElse(null);
    RegistrationVariables.registered(execution, application, registration.kelurahanName(application.kelurahanCode()),
        escalationAt);
    execution.setProcessBusinessKey(application.number());
    access.grantOnStart(execution);
  }

  private static String processKey(DelegateExecution execution) {
    String definitionId = execution.getProcessDefinitionId();
    return definitionId == null ? "" : definitionId.split(":")[0];
  }
}
