package id.go.malangkota.ejkn.notification;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends a plain-text mail through Spring Mail (SMTP, or the outbox folder in the embedded default). */
@Component
public class MailPort {

  private final JavaMailSender sender;
  private final String from;

  public MailPort(JavaMailSender sender, @Value("${ejkn.mail.from}") String from) {
    this.sender = sender;
    this.from = from;
  }

  public void send(Collection<String> to, String subject, String body) {
    if (to.isEmpty()) {
      return;
    }
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(to.toArray(String[]::new));
      helper.setSubject(subject);
      helper.setText(body, false);
      sender.send(message);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException("mail could not be prepared", e);
    }
  }
}
