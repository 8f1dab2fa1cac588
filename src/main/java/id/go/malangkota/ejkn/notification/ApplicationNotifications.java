package id.go.malangkota.ejkn.notification;

import id.go.malangkota.ejkn.application.Application;
import id.go.malangkota.ejkn.application.ApplicationRegister;
import id.go.malangkota.ejkn.application.CandidateResult;
import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Tells the resident (when an e-mail was given) and the officers of the kelurahan what happened to an application:
 * documents to bring, a correction, the cards, or a refusal with each candidate's reason. Every mail names the
 * application number.
 */
@Service
public class ApplicationNotifications {

  private final MailTemplates templates;
  private final MailPort mail;
  private final Recipients recipients;
  private final ApplicationRegister register;
  private final KelurahanDirectory kelurahan;

  public ApplicationNotifications(MailTemplates templates, MailPort mail, Recipients recipients,
      ApplicationRegister register, KelurahanDirectory kelurahan) {
    this.templates = templates;
    this.mail = mail;
    this.recipients = recipients;
    this.register = register;
    this.kelurahan = kelurahan;
  }

  public void missingDocuments(String number, List<String> missing) {
    Application a = register.get(number);
    Map<String, String> v = common(a);
    v.put("missingDocuments", missing.stream().map(m -> "- " + m).collect(Collectors.joining("\n")));
    send(a, "missing-documents", v);
  }

  public void correction(String number) {
    Application a = register.get(number);
    Map<String, String> v = common(a);
    v.put("correctionReasons", register.correctionReasons(number).orElse(""));
    send(a, "correction", v);
  }

  public void activated(String number) {
    Application a = register.get(number);
    send(a, "activated", withResults(a));
  }

  public void rejected(String number) {
    Application a = register.get(number);
    send(a, "rejected", withResults(a));
  }

  private Map<String, String> withResults(Application a) {
    Map<String, String> v = common(a);
    v.put("candidateResults", register.candidates(a.number()).stream().map(ApplicationNotifications::line)
        .collect(Collectors.joining("\n")));
    return v;
  }

  static String line(CandidateResult c) {
    String text = c.outcomeText() != null ? c.outcomeText() : c.reasonText() != null ? c.reasonText() : "";
    return "- " + c.name() + ": " + CandidateResult.outcomeLabel(c.outcome()) + (text.isBlank() ? "" : " — " + text);
  }

  private Map<String, String> common(Application a) {
    Map<String, String> v = new HashMap<>();
    v.put("applicationNumber", a.number());
    v.put("applicantName", a.applicant().name());
    v.put("kelurahanName", kelurahan.byCode(a.kelurahanCode()).map(k -> k.groupName()).orElse(a.kelurahanCode()));
    v.put("requestTypeLabel", a.type().label());
    return v;
  }

  private void send(Application a, String template, Map<String, String> values) {
    Set<String> to = new LinkedHashSet<>();
    if (a.email() != null) {
      to.add(a.email());
    }
    to.addAll(recipients.ofGroup(a.kelurahanCode()));
    MailTemplates.Mail m = templates.render(template, values);
    mail.send(to, m.subject(), m.body());
  }
}
