package id.go.malangkota.ejkn.verification;

import id.go.malangkota.ejkn.application.RegistrationVariables;
import id.go.malangkota.ejkn.application.TaskNames;
import java.util.StringJoiner;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * A task card in Tasklist says which application it is about: the task's name is the SOP's name followed by the
 * application number, the applicant and the kelurahan ("Verifikasi NIK, KK dan domisili — JKN-2026-000123 · Slamet
 * Riyadi · Kelurahan Pandanwangi"). Tasklist shows the name on every card and searches it, and the agency that works
 * the task reads it without any right on the application's variables (issue 12: Dinsos saw identical cards). The
 * diagram keeps the SOP's name; only the running task carries the suffix. Added by a parse listener, so no diagram
 * can forget it.
 */
@Component
public class TaskCards extends AbstractProcessEnginePlugin {

  /** Between the SOP's task name and the application it is about. */
  public static final String SEPARATOR = TaskNames.SEPARATOR;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.onCreate(configuration, TaskCards::onCreate);
  }

  static void onCreate(DelegateTask task) {
    String about = about(text(task, RegistrationVariables.APPLICATION_NUMBER),
        text(task, RegistrationVariables.APPLICANT_NAME), text(task, RegistrationVariables.KELURAHAN_NAME));
    if (!about.isEmpty() && task.getName() != null && !task.getName().contains(SEPARATOR)) {
      task.setName(task.getName() + SEPARATOR + about);
    }
  }

  /** "JKN-2026-000123 · Slamet Riyadi · Kelurahan Pandanwangi", leaving out what is not known. */
  public static String about(String number, String applicant, String kelurahan) {
    StringJoiner about = new StringJoiner(" · ");
    for (String part : new String[] {number, applicant, kelurahan}) {
      if (part != null && !part.isBlank()) {
        about.add(part.strip());
      }
    }
    return about.toString();
  }

  private static String text(DelegateTask task, String variable) {
    Object value = task.getVariable(variable);
    return value instanceof String s ? s : null;
  }
}
