package id.go.malangkota.ejkn.verification;

import id.go.malangkota.ejkn.platform.SchedulerLease;
import java.time.Duration;
import id.go.malangkota.ejkn.notification.MailPort;
import id.go.malangkota.ejkn.notification.MailTemplates;
import id.go.malangkota.ejkn.notification.Recipients;
import java.util.Map;
import java.util.TimeZone;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * One reminder mail to the candidate group(s) of every task that passed its due date (once per task). Runs on a
 * schedule; the engine clock decides what "passed" means, so tests move the clock instead of waiting.
 */
@Component
public class OverdueTaskReminder {

  private final SchedulerLease lease;
  private final Duration interval;

  private static final Logger log = LoggerFactory.getLogger(OverdueTaskReminder.class);
  static final String SENT = "overdueReminderSent";

  private final TaskService tasks;
  private final TaskGroupMail groupMail;

  public OverdueTaskReminder(TaskService tasks, IdentityService identity, Recipients recipients, MailTemplates templates,
      MailPort mail, @Value("${ejkn.timezone:Asia/Jakarta}") String zone, SchedulerLease lease,
      @Value("${ejkn.reminders.interval:PT5M}") Duration interval) {
    this.tasks = tasks;
    this.lease = lease;
    this.interval = interval;
    this.groupMail = new TaskGroupMail(tasks, identity, recipients, templates, mail, TimeZone.getTimeZone(zone));
  }

  @Scheduled(fixedDelayString = "${ejkn.reminders.interval:PT5M}", initialDelayString = "${ejkn.reminders.initial-delay:PT1M}")
  public void scheduled() {
    // one node of a cluster reminds per round: a reminder mail is sent once
    if (!lease.acquire("overdue-task-reminder", interval)) {
      return;
    }
    try {
      remind();
    } catch (RuntimeException e) {
      log.warn("Pengingat tugas lewat tenggat gagal dikirim: {}", e.getMessage());
    }
  }

  /** Sends the reminders that are due now; returns how many tasks were reminded. */
  public int remind() {
    int count = 0;
    for (Task task : tasks.createTaskQuery().dueBefore(ClockUtil.getCurrentTime()).active().list()) {
      if (tasks.getVariableLocal(task.getId(), SENT) != null) {
        continue;
      }
      groupMail.send(task, "task-overdue", Map.of());
      tasks.setVariableLocal(task.getId(), SENT, ClockUtil.getCurrentTime());
      count++;
    }
    return count;
  }
}
