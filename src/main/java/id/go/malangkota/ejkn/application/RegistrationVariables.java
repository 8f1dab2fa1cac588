package id.go.malangkota.ejkn.application;

import id.go.malangkota.ejkn.identity.Agency;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The variables of the registration lifecycle ({@code jkn-registration}, also called by
 * {@code jkn-urgent-reactivation}) — the only place their names are written (ADR 1401). The application's data lives
 * in the {@link ApplicationRegister}; the process carries what its gateways, timers, forms and Tasklist need:
 * a few values written once at registration, the officers' decisions (form fields), and transient values a gateway
 * reads in the same transaction (never stored).
 */
public final class RegistrationVariables {

  public static final String PROCESS = "jkn-registration";
  public static final String URGENT_PROCESS = "jkn-urgent-reactivation";

  // written once at registration (forms, filters, task cards, timers)
  public static final String APPLICATION_NUMBER = "applicationNumber";
  public static final String KELURAHAN_CODE = "kelurahanCode";
  public static final String KELURAHAN_NAME = "kelurahanName";
  public static final String APPLICANT_NAME = "applicantName";
  public static final String REQUEST_TYPE = "requestType";
  // transient inputs of the representation-policy table (named apart from the forms' fields)
  public static final String SUBMITTER_RELATION = "submitterRelation";
  public static final String SUBMITTER_HAS_POWER_OF_ATTORNEY = "submitterHasPowerOfAttorney";
  public static final String SUBMITTER_ON_FAMILY_CARD = "submitterOnFamilyCard";
  public static final String OVERALL_DEADLINE = "overallDeadline";
  public static final String ESCALATION_AT = "urgentEscalationAt";
  // transient: read by the gateway right after the step that sets them
  public static final String DOCUMENTS_COMPLETE = "documentsComplete";
  public static final String REPRESENTATION_ALLOWED = "representationAllowed";
  public static final String ANY_ELIGIBLE = "anyEligible";
  public static final String VERIFICATION_OUTCOME = "verificationOutcome";
  public static final String ALL_ACTIVE = "allActive";
  public static final String ACTIVATION_OVERDUE = "activationOverdue";
  public static final String POLL_INTERVAL = "pollInterval";
  /** The engine's own transient result of the business rule task just executed (no result variable is stored). */
  public static final String DECISION_RESULT = "decisionResult";
  public static final String VERIFICATION_AGENCIES = "verificationAgencies";
  public static final String REPRESENTATION_REASON = "representationReason";
  public static final String REPRESENTATION_REASON_TEXT = "representationReasonText";
  // kept while BPJS is asked, across the polling loop
  public static final String ACTIVATION_WAIT_STARTED = "activationWaitStarted";
  // what the officers decide (form fields)
  public static final String FKTP_ASSIGNMENTS = "fktpAssignments";
  public static final String SIGN_DECISION = "signDecision";
  public static final String SIGN_NOTE = "signNote";
  public static final String FOLLOW_UP_DECISION = "followUpDecision";
  public static final String FOLLOW_UP_NOTE = "followUpNote";

  /** Outcomes of the consolidation ({@value #VERIFICATION_OUTCOME}). */
  public static final String CONTINUE = "CONTINUE";
  public static final String RETURNED = "RETURNED";
  public static final String REJECTED = "REJECTED";

  private RegistrationVariables() {}

  /** What the registration writes into the starting instance. */
  public static void registered(VariableScope scope, Application a, String kelurahanName, Instant escalationAt) {
    scope.setVariable(APPLICATION_NUMBER, a.number());
    scope.setVariable(KELURAHAN_CODE, a.kelurahanCode());
    scope.setVariable(KELURAHAN_NAME, kelurahanName);
    scope.setVariable(APPLICANT_NAME, a.applicant().name());
    scope.setVariable(REQUEST_TYPE, a.type().name());
    if (a.overallDeadline() != null) {
      scope.setVariable(OVERALL_DEADLINE, Date.from(a.overallDeadline()));
    }
    if (escalationAt != null) {
      scope.setVariable(ESCALATION_AT, Date.from(escalationAt));
    }
  }

  /** After a correction: the applicant may have changed. */
  public static void corrected(VariableScope scope, Application a) {
    scope.setVariable(APPLICANT_NAME, a.applicant().name());
  }

  /** The inputs of the {@code representation-policy} table, for the business rule task about to run (transient). */
  public static void representationFacts(VariableScope scope, Application a) {
    decide(scope, SUBMITTER_RELATION, a.submittedBy().relation());
    decide(scope, SUBMITTER_HAS_POWER_OF_ATTORNEY, a.submittedBy().powerOfAttorney());
    decide(scope, SUBMITTER_ON_FAMILY_CARD, a.submittedByOnFamilyCard());
  }

  /**
   * The single result of the business rule task that is ending (hit policy UNIQUE): read by its end listener, from the
   * engine's own transient result of that task (no result variable is stored).
   */
  public static java.util.Map<String, Object> decisionResult(VariableScope scope) {
    if (scope.getVariableLocal(DECISION_RESULT) instanceof org.camunda.bpm.dmn.engine.DmnDecisionResult result) {
      return result.isEmpty() ? java.util.Map.of() : result.getSingleResult().getEntryMap();
    }
    throw new IllegalStateException("no decision result: the listener must be the business rule task's end listener");
  }

  /** Every rule's result of the business rule task that is ending (hit policy COLLECT). */
  public static List<java.util.Map<String, Object>> decisionResults(VariableScope scope) {
    if (scope.getVariableLocal(DECISION_RESULT) instanceof org.camunda.bpm.dmn.engine.DmnDecisionResult result) {
      return result.getResultList();
    }
    throw new IllegalStateException("no decision result: the listener must be the business rule task's end listener");
  }

  /** The agencies the verification-route decision named, for "Siapkan berkas verifikasi" right after it. */
  public static void routedAgencies(VariableScope scope, List<String> groupIds) {
    decide(scope, VERIFICATION_AGENCIES, groupIds);
  }

  @SuppressWarnings("unchecked")
  public static List<String> routedAgencies(VariableScope scope) {
    Object value = scope.getVariable(VERIFICATION_AGENCIES);
    return value instanceof List<?> list ? (List<String>) list : List.of();
  }

  public static String applicationNumber(VariableScope scope) {
    return string(scope, APPLICATION_NUMBER);
  }

  public static String kelurahanCode(VariableScope scope) {
    return string(scope, KELURAHAN_CODE);
  }

  public static String kelurahanName(VariableScope scope) {
    return string(scope, KELURAHAN_NAME);
  }

  public static String applicantName(VariableScope scope) {
    return string(scope, APPLICANT_NAME);
  }

  public static String requestType(VariableScope scope) {
    return string(scope, REQUEST_TYPE);
  }

  public static Date overallDeadline(VariableScope scope) {
    return scope.getVariable(OVERALL_DEADLINE) instanceof Date d ? d : null;
  }

  /** A transient value: the gateway after the step reads it; it is never stored nor kept in history. */
  public static void decide(VariableScope scope, String name, Object value) {
    scope.setVariable(name, Variables.untypedValue(value, true));
  }

  public static Date activationWaitStarted(VariableScope scope) {
    return scope.getVariable(ACTIVATION_WAIT_STARTED) instanceof Date d ? d : null;
  }

  public static void activationWaitStarted(VariableScope scope, Date started) {
    scope.setVariable(ACTIVATION_WAIT_STARTED, started);
  }

  /** What one agency decided in its verification task (form verify-*). */
  public record AgencyVerdict(Agency agency, String decision, String reason, String note, List<String> flaggedNiks) {

    public static final String APPROVE = "APPROVE";
    public static final String REJECT = "REJECT";
    public static final String RETURN = "RETURN";

    public boolean answered() {
      return decision != null;
    }

    /** The agency rejected the whole application, or ticked this candidate as not meeting its check. */
    public boolean refuses(String nik) {
      if (REJECT.equals(decision)) {
        return flaggedNiks.isEmpty() || flaggedNiks.contains(nik);
      }
      return answered() && flaggedNiks.contains(nik);
    }

    public String noteText() {
      return note == null || note.isBlank() ? "" : " — " + note.strip();
    }
  }

  public static AgencyVerdict verdict(VariableScope scope, Agency agency) {
    String p = agency.formPrefix();
    return new AgencyVerdict(agency, string(scope, p + "Decision"), string(scope, p + "Reason"),
        string(scope, p + "Note"), strings(scope.getVariable(p + "FlaggedNiks")));
  }

  /** Before a new round of verification, the previous round's answers are cleared. */
  public static void clearVerdicts(VariableScope scope, List<Agency> agencies) {
    for (Agency agency : agencies) {
      for (String suffix : List.of("Decision", "Reason", "Note", "FlaggedNiks")) {
        if (scope.hasVariable(agency.formPrefix() + suffix)) {
          scope.removeVariable(agency.formPrefix() + suffix);
        }
      }
    }
  }

  /** The transient flag the inclusive split reads: {@code verifyByDinsos}, … */
  public static String routeVariable(Agency agency) {
    String id = agency.groupId();
    return "verifyBy" + Character.toUpperCase(id.charAt(0)) + id.substring(1);
  }

  public static void route(VariableScope scope, java.util.Set<Agency> routed) {
    for (Agency agency : Agency.verifiers()) {
      decide(scope, routeVariable(agency), routed.contains(agency));
    }
  }

  public static String signDecision(VariableScope scope) {
    return string(scope, SIGN_DECISION);
  }

  public static String signNote(VariableScope scope) {
    return string(scope, SIGN_NOTE);
  }

  public static String followUpNote(VariableScope scope) {
    return string(scope, FOLLOW_UP_NOTE);
  }

  /**
   * A form answer that was pre-filled as the task's own variable: on completion it is handed to the process for the
   * rest of this transaction (transient), where the next step reads it. A Tasklist form submission writes the answer
   * into the task's own variable; a REST completion with variables writes it into the process — both are read.
   */
  public static void handOver(org.camunda.bpm.engine.delegate.DelegateTask task, String name) {
    if (task.getExecution().hasVariable(name)) {
      return; // completed with variables (REST complete): the answer is already the process's
    }
    Object answer = task.getVariableLocal(name);
    if (answer != null) {
      task.getExecution().setVariable(ANSWER + name, Variables.untypedValue(answer, true));
    }
  }

  /** A form answer handed over by {@link #handOver}, or the process variable of that name, or null. */
  public static Object answer(VariableScope scope, String name) {
    Object handed = scope.getVariable(ANSWER + name);
    return handed != null ? handed : scope.getVariable(name);
  }

  /** The prefix of handed-over answers (not a valid expression name: no model can read them by accident). */
  static final String ANSWER = "answer:";

  public static Object fktpAssignments(VariableScope scope) {
    return answer(scope, FKTP_ASSIGNMENTS);
  }

  static String string(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v == null ? null : v.toString();
  }

  /** A list of strings as a form submits it: a JSON array (Spin), a Java list, or a comma-separated text. */
  static List<String> strings(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    String text = value.toString().strip();
    if (text.startsWith("[")) {
      return org.camunda.spin.Spin.JSON(text).elements().stream().map(e -> e.isString() ? e.stringValue()
          : e.toString()).toList();
    }
    return text.isEmpty() ? List.of() : List.of(text.split("\\s*,\\s*"));
  }
}
