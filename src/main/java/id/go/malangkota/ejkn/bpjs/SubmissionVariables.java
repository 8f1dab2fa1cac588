package id.go.malangkota.ejkn.bpjs;

import id.go.malangkota.ejkn.application.RequestType;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The variables of the shared BPJS submission ({@code jkn-bpjs-submission}): what the calling service passes in
 * (number, request type, kelurahan and applicant for Tasklist), what the loop keeps (when the wait started), what the
 * gateways read in the same transaction (transient), and the answer passed back ({@value #CONFIRMED}).
 */
public final class SubmissionVariables {

  public static final String PROCESS = "jkn-bpjs-submission";
  public static final String APPLICATION_NUMBER = "applicationNumber";
  public static final String REQUEST_TYPE = "requestType";
  public static final String WAIT_STARTED = "submissionWaitStarted";
  public static final String CONFIRMED = "submissionConfirmed";
  public static final String OVERDUE = "submissionOverdue";
  public static final String POLL_INTERVAL = "pollInterval";
  public static final String FOLLOW_UP_NOTE = "followUpNote";

  private SubmissionVariables() {}

  public static String applicationNumber(VariableScope scope) {
    return String.valueOf(scope.getVariable(APPLICATION_NUMBER));
  }

  public static RequestType requestType(VariableScope scope) {
    return RequestType.valueOf(String.valueOf(scope.getVariable(REQUEST_TYPE)));
  }

  public static Date waitStarted(VariableScope scope) {
    return scope.getVariable(WAIT_STARTED) instanceof Date d ? d : null;
  }

  public static void waitStarted(VariableScope scope, Date started) {
    scope.setVariable(WAIT_STARTED, started);
  }

  public static void checked(VariableScope scope, BpjsSubmissionService.Check check) {
    scope.setVariable(CONFIRMED, check.confirmed());
    scope.setVariable(OVERDUE, Variables.booleanValue(check.overdue(), true));
    scope.setVariable(POLL_INTERVAL, Variables.stringValue(check.pollInterval(), true));
  }

  public static String followUpNote(VariableScope scope) {
    Object note = scope.getVariable(FOLLOW_UP_NOTE);
    return note == null ? null : note.toString();
  }
}
