package id.go.malangkota.ejkn.notification;

import com.fasterxml.jackson.core.type.TypeReference;
import id.go.malangkota.ejkn.intake.ApplicationRequest;
import id.go.malangkota.ejkn.intake.ApplicationVariables;
import id.go.malangkota.ejkn.intake.CandidateResult;
import id.go.malangkota.ejkn.intake.Candidates;
import id.go.malangkota.ejkn.verification.VerificationSummary;
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
 * Tells the resident (when an e-mail was given) and the officers of the kelurahan what happened to an
 * application: documents to bring, a correction, the cards, or a refusal with each candidate's reason.
 */
@Service
public class ApplicationNotifications {

  private final MailTemplates templates;
  private final MailPort mail;
  private final Recipients recipients;
  private final ApplicationVariables variables;
  private final Candidates candidates;

  public ApplicationNotifications(MailTemplates templates, MailPort mail, Recipients recipients,
      ApplicationVariables variables, Candidates candidates) {
    this.templates = templates;
    this.mail = mail;
    this.recipients = recipients;
    this.variables = variables;
    this.candidates = candidates;
  }

  public void missingDocuments(DelegateExecution execution) {
    Map<String, String> v = common(execution);
    List<String> missing = variables.fromJson(execution.getVariable("missingDocuments"), new TypeReference<List<String>>() {});
    v.put("missingDocuments", missing.stream().map(m -> "- " + m).collect(Collectors.joining("\n")));
    send(execution, "missing-documents", v);
  }

  public void correction(DelegateExecution execution) {
    Map<String, String> v = common(execution);
    v.put("correctionReasons", String.valueOf(execution.getVariable("correctionReasons")));
    send(execution, "correction", v);
  }

  public void activated(DelegateExecution execution) {
    send(execution, "activated", withResults(execution));
  }

  public void rejected(DelegateExecution execution) {
    send(execution, "rejected", withResults(execution));
  }

  private Map<String, String> withResults(DelegateExecution execution) {
    Map<String, String> v = common(execution);
    v.put("candidateResults", candidates.read(execution).stream().map(ApplicationNotifications::line)
        .collect(Collectors.joining("\n")));
    return v;
  }

  static String line(CandidateResult c) {
    String text = c.outcomeText() != null ? c.outcomeText() : c.reasonText() != null ? c.reasonText() : "";
    return "- " + c.name() + ": " + outcomeLabel(c.outcome()) + (text.isBlank() ? "" : " — " + text);
  }

  static String outcomeLabel(String outcome) {
    return switch (outcome == null ? "" : outcome) {
      case "ACTIVE" -> "AKTIF";
      case "NOT_ELIGIBLE" -> "tidak memenuhi syarat";
      case "REJECTED" -> "ditolak";
      case "ACTIVATION_FAILED" -> "gagal diaktifkan";
      case "SUBMITTED" -> "diajukan ke BPJS";
      default -> "diproses";
    };
  }

  private Map<String, String> common(DelegateExecution execution) {
    Map<String, String> v = new HashMap<>();
    v.put("applicationNumber", str(execution, "applicationNumber"));
    v.put("applicantName", str(execution, "applicantName"));
    v.put("kelurahanName", str(execution, "kelurahanName"));
    v.put("requestTypeLabel", VerificationSummary.typeLabel(str(execution, "requestType")));
    return v;
  }

  private void send(DelegateExecution execution, String template, Map<String, String> values) {
    ApplicationRequest a = variables.read(execution);
    Set<String> to = new LinkedHashSet<>();
    if (a != null && a.email() != null) {
      to.add(a.email());
    }
    // group look-ups are the system's, whoever's action triggered the mail
    to.addAll(Context.getCommandContext() == null ? recipients.ofGroup(str(execution, "kelurahanCode"))
        : Context.getCommandContext().runWithoutAuthorization(() -> recipients.ofGroup(str(execution, "kelurahanCode"))));
    MailTemplates.Mail m = templates.render(template, values);
    mail.send(to, m.subject(), m.body());
  }

  private static String str(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? "" : value.toString();
  }
}
