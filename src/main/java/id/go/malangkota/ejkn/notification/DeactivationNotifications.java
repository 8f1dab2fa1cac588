package id.go.malangkota.ejkn.notification;

import com.fasterxml.jackson.core.type.TypeReference;
import id.go.malangkota.ejkn.bpjs.Masking;
import id.go.malangkota.ejkn.deactivation.DeactivationReasons;
import id.go.malangkota.ejkn.deactivation.DeactivationVariables;
import id.go.malangkota.ejkn.intake.ApplicationVariables;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Service;

/**
 * Tells the kelurahan officers (and the family, when an e-mail was given) what happened to a deactivation. When the
 * member died, every letter uses the {@code -deceased} variant of its template: a condolence, never the plain
 * administrative wording.
 */
@Service
public class DeactivationNotifications {

  private final MailTemplates templates;
  private final MailPort mail;
  private final Recipients recipients;
  private final ApplicationVariables json;

  public DeactivationNotifications(MailTemplates templates, MailPort mail, Recipients recipients,
      ApplicationVariables json) {
    this.templates = templates;
    this.mail = mail;
    this.recipients = recipients;
    this.json = json;
  }

  public void missingDocuments(DelegateExecution execution) {
    Map<String, String> v = common(execution);
    List<String> missing = json.fromJson(execution.getVariable("missingDocuments"), new TypeReference<List<String>>() {});
    v.put("missingDocuments", missing.stream().map(m -> "- " + m).collect(Collectors.joining("\n")));
    send(execution, "deactivation-missing-documents", v);
  }

  public void deactivated(DelegateExecution execution) {
    send(execution, "deactivation-completed", common(execution));
  }

  public void rejected(DelegateExecution execution) {
    send(execution, "deactivation-rejected", common(execution));
  }

  /** The template for this request: the condolence variant when the member died. */
  static String template(String base, Object reason) {
    return DeactivationReasons.DECEASED.equals(reason) ? base + "-deceased" : base;
  }

  private Map<String, String> common(DelegateExecution execution) {
    Map<String, String> v = new HashMap<>();
    v.put("applicationNumber", str(execution, "applicationNumber"));
    v.put("kelurahanName", str(execution, "kelurahanName"));
    v.put("reasonLabel", DeactivationReasons.label(str(execution, DeactivationVariables.REASON)));
    String name = str(execution, "participantName");
    v.put("personName", name.isBlank() ? "pemilik NIK " + Masking.nik(str(execution, "nik")) : titleCase(name));
    // mail leaves the system: the NIK and the card number only masked
    v.put("maskedNik", Masking.nik(str(execution, "nik")));
    String card = str(execution, "cardNumber");
    v.put("maskedCardNumber", card.isBlank() ? "—" : Masking.cardNumber(card));
    v.put("outcomeText", str(execution, "deactivationOutcomeText"));
    return v;
  }

  private void send(DelegateExecution execution, String base, Map<String, String> values) {
    Set<String> to = new LinkedHashSet<>();
    String email = str(execution, DeactivationVariables.EMAIL);
    if (!email.isBlank()) {
      to.add(email);
    }
    String group = str(execution, "kelurahanCode");
    // group look-ups are the system's, whoever's action triggered the mail
    to.addAll(Context.getCommandContext() == null ? recipients.ofGroup(group)
        : Context.getCommandContext().runWithoutAuthorization(() -> recipients.ofGroup(group)));
    MailTemplates.Mail m = templates.render(template(base, execution.getVariable(DeactivationVariables.REASON)), values);
    mail.send(to, m.subject(), m.body());
  }

  /** BPJS writes names in capitals ("SITI AMINAH"); a letter addresses people as "Siti Aminah". */
  static String titleCase(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean start = true;
    for (char c : name.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = Character.isWhitespace(c) || c == '\'' || c == '-';
    }
    return out.toString();
  }

  private static String str(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? "" : value.toString();
  }
}
