package id.go.malangkota.ejkn.notification;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** The mail port through Spring Mail: SMTP, or the outbox folder in the embedded default ({@link MailConfiguration}). */
@Component
public class SpringMailAdapter implements MailPort {

  private final JavaMailSender sender;
  private final String from;

  public SpringMailAdapter(JavaMailSender sender, @Value("${ejkn.mail.from}") String from) {
    this.sender = sender;
    this.from = from;
  }

  @Override
  public void send(Collection<String> to, String subject, String body) {
    if (to.isEmpty()) {
      return;
    }
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(to.toArray(String[]::new));
      helper.setSubject(subject.replaceAll("[\\r\\n]+", " "));
      helper.setText(body, false);
      sender.send(message);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException("mail could not be prepared", e);
    }
  }
}
