package id.go.malangkota.ejkn.verification;

import id.go.malangkota.ejkn.application.ApplicationLifecycle;
import id.go.malangkota.ejkn.application.ApplicationRegister;
import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import id.go.malangkota.ejkn.identity.StaffGroups;
import id.go.malangkota.ejkn.identity.SystemAccess;
import id.go.malangkota.ejkn.notification.MailPort;
import id.go.malangkota.ejkn.notification.MailTemplates;
import id.go.malangkota.ejkn.notification.Recipients;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The window of urgent reactivation (Permenkes 28/2014; the {@code urgent-window} table): the Kepala Dinas is told
 * when the escalation point passes, and a breach is recorded (and told) when the window passes. The deadline in every
 * mail is in the city's time.
 */
@Service
public class UrgentEscalationService {

  private final MailTemplates templates;
  private final MailPort mail;
  private final Recipients recipients;
  private final ApplicationRegister register;
  private final ApplicationLifecycle lifecycle;
  private final SlaBreaches breaches;
  private final SystemAccess system;
  private final KelurahanDirectory kelurahan;
  private final TimeZone zone;

  public UrgentEscalationService(MailTemplates templates, MailPort mail, Recipients recipients,
      ApplicationRegister register, ApplicationLifecycle lifecycle, SlaBreaches breaches, SystemAccess system,
      KelurahanDirectory kelurahan, @Value("${ejkn.timezone:Asia/Jakarta}") String zone) {
    this.kelurahan = kelurahan;
    this.templates = templates;
    this.mail = mail;
    this.recipients = recipients;
    this.register = register;
    this.lifecycle = lifecycle;
    this.breaches = breaches;
    this.system = system;
    this.zone = TimeZone.getTimeZone(zone);
  }

  public void escalateToKadinkes(String number) {
    send(number, "urgent-escalation");
  }

  public void recordBreach(String number, Instant now) {
    var a = register.get(number);
    breaches.record(number, a.processInstanceId(), a.kelurahanCode(), a.overallDeadline(), now, openSteps(number));
    send(number, "sla-breach");
  }

  private void send(String number, String template) {
    MailTemplates.Mail m = templates.render(template, values(number));
    mail.send(recipients.ofGroup(StaffGroups.KADINKES), m.subject(), m.body());
  }

  private Map<String, String> values(String number) {
    var a = register.get(number);
    Map<String, String> v = new HashMap<>();
    v.put("applicationNumber", number);
    v.put("kelurahanName", kelurahan.byCode(a.kelurahanCode()).map(k -> k.groupName()).orElse(a.kelurahanCode()));
    v.put("deadline", TaskDeadlines.format(Date.from(a.overallDeadline()), zone));
    v.put("openSteps", openSteps(number));
    return v;
  }

  /** The user tasks still open in the application (its own or the lifecycle it called). */
  String openSteps(String number) {
    var a = register.get(number);
    var view = system.read(() -> lifecycle.of(number, a.processInstanceId())).orElseThrow();
    return view.tasks().isEmpty() ? "(tahap otomatis: pengajuan/aktivasi BPJS)"
        : view.tasks().stream().map(ApplicationLifecycle.OpenTask::name).collect(Collectors.joining(", "));
  }
}
