package id.go.malangkota.ejkn.status;

import java.util.Date;
import java.util.List;

/**
 * What a resident may see about an application: where it is and until when, in plain Bahasa Indonesia. Never a
 * name, a NIK or any other personal data.
 *
 * @param stageCode stable code for other systems: RECEIVED, VERIFICATION, RETURNED, FKTP, SIGNATURE, BPJS,
 *     IN_PROGRESS, ACTIVE, DEACTIVATED, REJECTED, STOPPED, CANCELLED, DONE
 * @param expected the due date of the current stage (for an urgent reactivation never later than its 3×24-hour
 *     deadline), or when it ended; null when the system is at work
 * @param progress the usual milestones of the service with the current one marked, empty for an unknown service
 */
public record ApplicationStatus(String applicationNumber, String service, Date submittedAt, String stageCode,
    String stage, String detail, Date expected, boolean finished, boolean overdue, List<Milestone> progress) {

  public record Milestone(String label, State state) {}

  public enum State { DONE, CURRENT, TODO }
}
