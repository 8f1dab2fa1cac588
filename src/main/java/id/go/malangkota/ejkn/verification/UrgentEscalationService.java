package id.go.malangkota.ejkn.verification;

import id.go.malangkota.ejkn.identity.StaffGroups;
import id.go.malangkota.ejkn.notification.MailPort;
import id.go.malangkota.ejkn.notification.MailTemplates;
import id.go.malangkota.ejkn.notification.Recipients;
import java.sql.Timestamp;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The 3×24-hour window of urgent reactivation (Permenkes 28/2014): the Dinkes supervisors are told at 75 %, and a
 * breach is recorded (and told) when the window passes. The deadline in every mail is in Asia/Jakarta time.
 */
@Service
public class UrgentEscalationService {

  private final MailTemplates templates;
  private final MailPort mail;
  private final Recipients recipients;
  private final JdbcTemplate jdbc;
  private final TimeZone zone;

  public UrgentEscalationService(MailTemplates templates, MailPort mail, Recipients recipients, JdbcTemplate jdbc,
      @Value("${ejkn.timezone:Asia/Jakarta}") String zone) {
    this.templates = templates;
    this.mail = mail;
    this.recipients = recipients;
    this.jdbc = jdbc;
    this.zone = TimeZone.getTimeZone(zone);
  }

  public void escalateToKadinkes(DelegateExecution execution) {
    send(execution, "urgent-escalation");
  }

  public void recordBreach(DelegateExecution execution) {
    Map<String, String> v = values(execution);
    if (jdbc.queryForObject("SELECT COUNT(*) FROM ejkn_sla_breach WHERE application_number = ?", Integer.class,
        v.get("applicationNumber")) == 0) {
      jdbc.update("INSERT INTO ejkn_sla_breach (application_number, process_instance_id, kelurahan_code, deadline, "
              + "recorded_at, open_steps) VALUES (?, ?, ?, ?, ?, ?)",
          v.get("applicationNumber"), execution.getProcessInstanceId(), execution.getVariable("kelurahanCode"),
          new Timestamp(((Date) execution.getVariable(TaskDeadlines.OVERALL_DEADLINE)).getTime()),
          new Timestamp(ClockUtil.getCurrentTime().getTime()), truncate(v.get("openSteps")));
    }
    send(execution, "sla-breach");
  }

  private void send(DelegateExecution execution, String template) {
    MailTemplates.Mail m = templates.render(template, values(execution));
    var to = Context.getCommandContext() == null ? recipients.ofGroup(StaffGroups.KADINKES)
        : Context.getCommandContext().runWithoutAuthorization(() -> recipients.ofGroup(StaffGroups.KADINKES));
    mail.send(to, m.subject(), m.body());
  }

  private Map<String, String> values(DelegateExecution execution) {
    Map<String, String> v = new HashMap<>();
    v.put("applicationNumber", String.valueOf(execution.getVariable("applicationNumber")));
    v.put("kelurahanName", String.valueOf(execution.getVariable("kelurahanName")));
    v.put("deadline", TaskDeadlines.format((Date) execution.getVariable(TaskDeadlines.OVERALL_DEADLINE), zone));
    v.put("openSteps", openSteps(execution.getProcessEngineServices(), execution.getProcessInstanceId()));
    return v;
  }

  /** The user tasks still open in the application (its own or the lifecycle it called). */
  static String openSteps(ProcessEngineServices engine, String processInstanceId) {
    List<String> ids = new java.util.ArrayList<>(List.of(processInstanceId));
    for (ProcessInstance child : engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(processInstanceId).list()) {
      ids.add(child.getId());
    }
    List<Task> open = ids.stream().flatMap(id -> engine.getTaskService().createTaskQuery().processInstanceId(id).list()
        .stream()).toList();
    return open.isEmpty() ? "(tahap otomatis: pengajuan/aktivasi BPJS)"
        : open.stream().map(Task::getName).collect(Collectors.joining(", "));
  }

  private static String truncate(String s) {
    return s.length() > 1000 ? s.substring(0, 1000) : s;
  }
}
