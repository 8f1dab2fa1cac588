package id.go.malangkota.ejkn.verification;

import id.go.malangkota.ejkn.notification.MailPort;
import id.go.malangkota.ejkn.notification.MailTemplates;
import id.go.malangkota.ejkn.notification.Recipients;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;
import id.go.malangkota.ejkn.application.RegistrationVariables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Mails about one task to each of its candidate groups (reminders, urgent escalations), with the task's name,
 * application, group name and due date (in the city's time zone) filled into the template.
 */
public class TaskGroupMail {

  private final TaskService tasks;
  private final IdentityService identity;
  private final Recipients recipients;
  private final MailTemplates templates;
  private final MailPort mail;
  private final TimeZone zone;

  public TaskGroupMail(TaskService tasks, IdentityService identity, Recipients recipients, MailTemplates templates,
      MailPort mail, TimeZone zone) {
    this.tasks = tasks;
    this.identity = identity;
    this.recipients = recipients;
    this.templates = templates;
    this.mail = mail;
    this.zone = zone;
  }

  public TimeZone zone() {
    return zone;
  }

  /** Sends {@code template} to every candidate group of the task; {@code extra} adds template values. */
  public void send(Task task, String template, Map<String, String> extra) {
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        Group group = identity.createGroupQuery().groupId(link.getGroupId()).singleResult();
        Map<String, String> v = new HashMap<>(extra);
        v.put("taskName", task.getName());
        v.put("applicationNumber", String.valueOf(tasks.getVariable(task.getId(), RegistrationVariables.APPLICATION_NUMBER)));
        v.put("kelurahanName", String.valueOf(tasks.getVariable(task.getId(), RegistrationVariables.KELURAHAN_NAME)));
        v.put("groupName", group == null || group.getName() == null ? link.getGroupId() : group.getName());
        v.put("dueText", TaskDeadlines.format(task.getDueDate(), zone));
        MailTemplates.Mail m = templates.render(template, v);
        mail.send(recipients.ofGroup(link.getGroupId()), m.subject(), m.body());
      }
    }
  }
}
