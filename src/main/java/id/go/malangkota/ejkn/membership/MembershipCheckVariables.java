package id.go.malangkota.ejkn.membership;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of the membership check process ({@code jkn-membership-check}) — the only place their names are written. */
public final class MembershipCheckVariables {

  public static final String PROCESS = "jkn-membership-check";
  public static final String NIK = "nik";
  public static final String BIRTH_DATE = "birthDate";
  public static final String HOSPITALIZED = "hospitalized";
  public static final String KELURAHAN_CODE = "kelurahanCode";
  public static final String KELURAHAN_NAME = "kelurahanName";
  public static final String APPLICANT_NAME = "applicantName";
  public static final String APPLICATION_NUMBER = "applicationNumber";
  public static final String STATUS = "membershipStatus";
  public static final String SUGGESTED = "suggestedApplication";
  public static final String SUMMARY = "membershipSummary";
  public static final String LINK = "registrationLink";

  private MembershipCheckVariables() {}

  static String string(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v == null ? null : v.toString().strip();
  }

  static void registered(VariableScope scope, String nik, String kelurahanCode, String kelurahanName,
      String applicantName) {
    scope.setVariable(NIK, nik);
    scope.setVariable(KELURAHAN_CODE, kelurahanCode);
    scope.setVariable(KELURAHAN_NAME, kelurahanName);
    scope.setVariable(APPLICANT_NAME, applicantName);
    // Tasklist lists and reminders name every task's case; a check has no application number
    scope.setVariable(APPLICATION_NUMBER, "Cek kepesertaan");
  }

  static void result(VariableScope scope, MembershipCheckProcess.Result r) {
    scope.setVariable(STATUS, r.status());
    if (r.suggestedApplication() != null) {
      scope.setVariable(SUGGESTED, r.suggestedApplication());
    }
    if (r.applicantName() != null) {
      scope.setVariable(APPLICANT_NAME, r.applicantName());
    }
    scope.setVariable(SUMMARY, r.summary());
    scope.setVariable(LINK, r.link());
  }
}
