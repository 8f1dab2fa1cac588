package id.go.malangkota.ejkn.application;

/**
 * A running task's name is the SOP's name followed by the application it is about (verification.TaskCards puts it
 * there for Tasklist's cards). Wherever the name is shown beside the application itself — the audit trail, the
 * public status page — or to readers who may not see the applicant's name, only the SOP's name is shown.
 */
public final class TaskNames {

  /** Between the SOP's task name and the application it is about. */
  public static final String SEPARATOR = " — ";

  private TaskNames() {}

  /** The SOP's name of a task: the running task's name without the application it is about. */
  public static String sopName(String taskName) {
    if (taskName == null) {
      return null;
    }
    int at = taskName.indexOf(SEPARATOR);
    return at < 0 ? taskName : taskName.substring(0, at);
  }
}
