package id.go.malangkota.ejkn.membership;

import id.go.malangkota.ejkn.application.StartRegistration;
import id.go.malangkota.ejkn.bpjs.Masking;
import id.go.malangkota.ejkn.identity.Actor;
import id.go.malangkota.ejkn.identity.KelurahanInstanceAccess;
import id.go.malangkota.ejkn.intake.FieldError;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * At the start of "Cek kepesertaan JKN" (a built-in listener, so no start path skips it): checks the input and ties
 * the check to the officer's kelurahan; the start may carry only the start form's fields.
 */
@Component
public class RegisterMembershipCheck implements StartRegistration {

  static final Set<String> FIELDS = Set.of(MembershipCheckVariables.NIK, MembershipCheckVariables.BIRTH_DATE,
      MembershipCheckVariables.HOSPITALIZED, MembershipCheckVariables.KELURAHAN_CODE);

  private final MembershipCheckProcess service;
  private final KelurahanInstanceAccess access;

  public RegisterMembershipCheck(MembershipCheckProcess service, KelurahanInstanceAccess access) {
    this.service = service;
    this.access = access;
  }

  @Override
  public Set<String> processes() {
    return Set.of(MembershipCheckVariables.PROCESS);
  }

  @Override
  public void notify(DelegateExecution execution) {
    List<FieldError> refused = execution.getVariableNames().stream().filter(n -> !FIELDS.contains(n))
        .map(n -> new FieldError(n, "Data ini diisi oleh sistem dan tidak boleh dikirim saat memulai cek kepesertaan."))
        .toList();
    if (!refused.isEmpty()) {
      throw new InvalidMembershipCheckException(refused);
    }
    String nik = MembershipCheckVariables.string(execution, MembershipCheckVariables.NIK);
    String kelurahanCode = service.register(nik, MembershipCheckVariables.string(execution,
        MembershipCheckVariables.BIRTH_DATE), MembershipCheckVariables.string(execution,
        MembershipCheckVariables.KELURAHAN_CODE), Actor.of(Context.getCommandContext().getAuthentication()));
    MembershipCheckVariables.registered(execution, nik, kelurahanCode, service.kelurahanName(kelurahanCode),
        "NIK " + Masking.nik(nik));
    access.grantOnStart(execution);
  }
}
