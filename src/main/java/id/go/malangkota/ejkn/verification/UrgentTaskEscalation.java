package id.go.malangkota.ejkn.verification;

import id.go.malangkota.ejkn.platform.SchedulerLease;
import java.time.Duration;
import id.go.malangkota.ejkn.notification.MailPort;
import id.go.malangkota.ejkn.notification.MailTemplates;
import id.go.malangkota.ejkn.notification.Recipients;
import java.util.Date;
import java.util.Map;
import java.util.TimeZone;
import id.go.malangkota.ejkn.application.RegistrationVariables;
import id.go.malangkota.ejkn.policy.UrgentWindow;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * For urgent applications (those with an overall deadline): one mail to the responsible group when the share of a
 * task's time the {@code urgent-window} table names (half) has passed. Driven by the engine clock, checked every minute.
 */
@Component
public class UrgentTaskEscalation {

  private final SchedulerLease lease;
  private final Duration interval;

  private static final Logger log = LoggerFactory.getLogger(UrgentTaskEscalation.class);
  static final String SENT = "halfwayEscalationSent";

  private final TaskService tasks;
  private final TaskGroupMail groupMail;
  private final UrgentWindow window;

  public UrgentTaskEscalation(TaskService tasks, IdentityService identity, Recipients recipients,
      MailTemplates templates, MailPort mail, UrgentWindow window, @Value("${ejkn.timezone:Asia/Jakarta}") String zone,
      SchedulerLease lease, @Value("${ejkn.reminders.urgent-interval:PT1M}") Duration interval) {
    this.tasks = tasks;
    this.lease = lease;
    this.interval = interval;
    this.window = window;
    this.groupMail = new TaskGroupMail(tasks, identity, recipients, templates, mail, TimeZone.getTimeZone(zone));
  }

  @Scheduled(fixedDelayString = "${ejkn.reminders.urgent-interval:PT1M}", initialDelayString = "${ejkn.reminders.initial-delay:PT1M}")
  public void scheduled() {
    // one node of a cluster escalates per round: an escalation mail is sent once
    if (!lease.acquire("urgent-task-escalation", interval)) {
      return;
    }
    try {
      escalate();
    } catch (RuntimeException e) {
      log.warn("Eskalasi tugas mendesak gagal: {}", e.getMessage());
    }
  }

  /** Sends the reminder mails due now (the {@code urgent-window} table's share of each task's time); how many. */
  public int escalate() {
    Date now = ClockUtil.getCurrentTime();
    UrgentWindow.Plan plan = window.urgent();
    int count = 0;
    for (Task task : tasks.createTaskQuery().active().taskMinPriority(plan.urgentPriority()).list()) {
      if (task.getDueDate() == null || tasks.getVariableLocal(task.getId(), SENT) != null) {
        continue;
      }
      Object deadline = tasks.getVariable(task.getId(), RegistrationVariables.OVERALL_DEADLINE);
      if (!(deadline instanceof Date overall)) {
        continue;
      }
      long remindAt = task.getCreateTime().getTime()
          + (long) ((task.getDueDate().getTime() - task.getCreateTime().getTime()) * plan.taskReminderShare());
      if (now.getTime() < remindAt) {
        continue;
      }
      groupMail.send(task, "urgent-task-halfway", Map.of("deadline", TaskDeadlines.format(overall, groupMail.zone())));
      tasks.setVariableLocal(task.getId(), SENT, now);
      count++;
    }
    return count;
  }
}
