package id.go.malangkota.ejkn.deactivation;

import id.go.malangkota.ejkn.application.RequestType;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The variables of the deactivation process ({@code jkn-deactivation}) — the only place their names are written. The
 * request's data lives in the {@link DeactivationRegistry}; the process carries what its gateways, the DMN tables
 * ({@code requestType}, {@code deactivationReason}), forms and Tasklist need.
 */
public final class DeactivationVariables {

  public static final String PROCESS = "jkn-deactivation";
  public static final String REQUEST_TYPE = RequestType.DEACTIVATION.name();
  public static final String APPLICATION_NUMBER = "applicationNumber";
  public static final String KELURAHAN_CODE = "kelurahanCode";
  public static final String KELURAHAN_NAME = "kelurahanName";
  public static final String APPLICANT_NAME = "applicantName";
  public static final String REQUEST_TYPE_VARIABLE = "requestType";
  public static final String REASON = "deactivationReason";
  // transient, for the step right after
  public static final String DOCUMENTS_COMPLETE = "documentsComplete";
  public static final String BPJS_STATUS = "bpjsStatus";
  public static final String BPJS_SEGMENT = "bpjsSegment";
  public static final String VERIFIERS = "deactivationVerifiers";
  public static final String ALLOWED = "deactivationAllowed";
  // the officers' answers (forms verify-deactivation, sign-deactivation)
  public static final String VERIFICATION_DECISION = "verificationDecision";
  public static final String VERIFICATION_REASON = "verificationReason";
  public static final String VERIFICATION_NOTE = "verificationNote";
  public static final String SIGN_DECISION = "signDecision";
  public static final String SIGN_NOTE = "signNote";

  private DeactivationVariables() {}

  public static void registered(VariableScope scope, String number, DeactivationRequest d, String kelurahanName,
      String applicantName) {
    scope.setVariable(APPLICATION_NUMBER, number);
    scope.setVariable(KELURAHAN_CODE, d.kelurahanCode());
    scope.setVariable(KELURAHAN_NAME, kelurahanName);
    scope.setVariable(APPLICANT_NAME, applicantName);
    scope.setVariable(REQUEST_TYPE_VARIABLE, REQUEST_TYPE);
    scope.setVariable(REASON, d.reason());
  }

  public static String applicationNumber(VariableScope scope) {
    return string(scope, APPLICATION_NUMBER);
  }

  /** A transient value for the gateway or table right after the step (never stored nor kept in history). */
  public static void decide(VariableScope scope, String name, Object value) {
    scope.setVariable(name, Variables.untypedValue(value, true));
  }

  public static String verificationDecision(VariableScope scope) {
    return string(scope, VERIFICATION_DECISION);
  }

  public static String verificationReason(VariableScope scope) {
    return string(scope, VERIFICATION_REASON);
  }

  public static String verificationNote(VariableScope scope) {
    return string(scope, VERIFICATION_NOTE);
  }

  public static String signDecision(VariableScope scope) {
    return string(scope, SIGN_DECISION);
  }

  public static String signNote(VariableScope scope) {
    return string(scope, SIGN_NOTE);
  }

  static String string(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v == null ? null : v.toString();
  }
}
