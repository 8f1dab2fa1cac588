package id.go.malangkota.ejkn.verification;

import id.go.malangkota.ejkn.application.CityTime;
import id.go.malangkota.ejkn.application.RegistrationVariables;
import id.go.malangkota.ejkn.policy.PolicyLookup;
import id.go.malangkota.ejkn.policy.WorkingCalendar;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every user task of every process gets its due date and priority from the {@code time-standards} table (the SOP's
 * "Waktu", days counted as Kota Malang's working days by {@link WorkingCalendar}), capped by an application's overall
 * deadline when it has one (urgent reactivation); its form shows the deadline in words ({@link #text}, read with the
 * form: {@link TaskFormValues}). Added by a parse listener, so no diagram can forget it. The table is looked up
 * without decision history (ADR 1402): a deadline is not a decision about a person.
 */
@Component
public class TaskDeadlines extends AbstractProcessEnginePlugin {

  public static final String DECISION = "time-standards";
  private final TimeZone zone;
  private PolicyLookup policy;
  private WorkingCalendar calendar;

  public TaskDeadlines(@Value("${ejkn.timezone:Asia/Jakarta}") String zone) {
    this.zone = TimeZone.getTimeZone(zone);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    policy = new PolicyLookup(() -> configuration);
    calendar = new WorkingCalendar(policy);
    EveryUserTask.onCreate(configuration, this::onCreate);
  }

  void onCreate(DelegateTask task) {
    var standard = standard(task);
    if (standard.isEmpty()) {
      return;
    }
    Date now = ClockUtil.getCurrentTime();
    // "1 hari kerja" is the next working day of Kota Malang's calendar, not 24 hours (a Friday task is due on Monday)
    Date due = Date.from(calendar.due(now.toInstant(), String.valueOf(standard.get().get("duration")), zone.toZoneId()));
    Date overall = RegistrationVariables.overallDeadline(task);
    if (overall != null && overall.before(due)) {
      due = overall;
    }
    task.setDueDate(due);
    Object priority = standard.get().get("priority");
    if (priority instanceof Number n) {
      task.setPriority(n.intValue());
    }
  }

  /**
   * The task's deadline in words, from its due date (as an administrator may have moved it) and its step's standard:
   * "Batas waktu: Kamis, 26 November 2026 15.00 WIB (standar 1 hari kerja)"; none for a step without a standard.
   */
  public Optional<String> text(DelegateTask task) {
    var standard = standard(task);
    if (standard.isEmpty() || task.getDueDate() == null) {
      return Optional.empty();
    }
    String text = "Batas waktu: " + format(task.getDueDate(), zone) + " (standar " + standard.get().get("timeLabel") + ")";
    Date overall = RegistrationVariables.overallDeadline(task);
    if (overall != null) {
      text += " · batas akhir 3×24 jam: " + format(overall, zone);
    }
    return Optional.of(text);
  }

  private Optional<Map<String, Object>> standard(DelegateTask task) {
    String requestType = RegistrationVariables.requestType(task);
    return policy.single(DECISION, Map.of("step", task.getTaskDefinitionKey(),
        "requestType", requestType == null ? "" : requestType));
  }

  /** e.g. "Kamis, 26 November 2026 15.00 WIB". */
  public static String format(Date date, TimeZone zone) {
    return CityTime.format(date, zone);
  }
}
