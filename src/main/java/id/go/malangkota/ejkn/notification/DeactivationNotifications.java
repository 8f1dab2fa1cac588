package id.go.malangkota.ejkn.notification;

import id.go.malangkota.ejkn.bpjs.Masking;
import id.go.malangkota.ejkn.deactivation.DeactivationProcessService;
import id.go.malangkota.ejkn.deactivation.DeactivationReasons;
import id.go.malangkota.ejkn.deactivation.DeactivationRegistry;
import id.go.malangkota.ejkn.deactivation.DeactivationRegistry.Deactivation;
import id.go.malangkota.ejkn.identity.KelurahanDirectory;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
  private final DeactivationRegistry registry;
  private final DeactivationProcessService process;
  private final KelurahanDirectory kelurahan;

  public DeactivationNotifications(MailTemplates templates, MailPort mail, Recipients recipients,
      DeactivationRegistry registry, DeactivationProcessService process, KelurahanDirectory kelurahan) {
    this.templates = templates;
    this.mail = mail;
    this.recipients = recipients;
    this.registry = registry;
    this.process = process;
    this.kelurahan = kelurahan;
  }

  public void missingDocuments(String number) {
    Deactivation d = registry.get(number);
    Map<String, String> v = common(d);
    List<String> missing = process.missingEvidence(number);
    v.put("missingDocuments", missing.stream().map(m -> "- " + m).collect(Collectors.joining("\n")));
    send(d, "deactivation-missing-documents", v);
  }

  public void deactivated(String number) {
    Deactivation d = registry.get(number);
    send(d, "deactivation-completed", common(d));
  }

  public void rejected(String number) {
    Deactivation d = registry.get(number);
    send(d, "deactivation-rejected", common(d));
  }

  /** The template for this request: the condolence variant when the member died. */
  static String template(String base, String reason) {
    return DeactivationReasons.DECEASED.equals(reason) ? base + "-deceased" : base;
  }

  private Map<String, String> common(Deactivation d) {
    Map<String, String> v = new HashMap<>();
    v.put("applicationNumber", d.number());
    v.put("kelurahanName", kelurahan.byCode(d.kelurahanCode()).map(k -> k.groupName()).orElse(d.kelurahanCode()));
    v.put("reasonLabel", DeactivationReasons.label(d.reason()));
    String name = d.participantName();
    v.put("personName", name == null || name.isBlank() ? "pemilik NIK " + Masking.nik(d.nik()) : titleCase(name));
    // mail leaves the system: the NIK and the card number only masked
    v.put("maskedNik", Masking.nik(d.nik()));
    v.put("maskedCardNumber", d.cardNumber() == null || d.cardNumber().isBlank() ? "—" : Masking.cardNumber(d.cardNumber()));
    v.put("outcomeText", d.outcomeText() == null ? "" : d.outcomeText());
    return v;
  }

  private void send(Deactivation d, String base, Map<String, String> values) {
    Set<String> to = new LinkedHashSet<>();
    if (d.email() != null && !d.email().isBlank()) {
      to.add(d.email());
    }
    to.addAll(recipients.ofGroup(d.kelurahanCode()));
    MailTemplates.Mail m = templates.render(template(base, d.reason()), values);
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
}
