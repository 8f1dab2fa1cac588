package id.go.malangkota.ejkn.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands one queued mail to Spring Mail: SMTP, or the .eml folder of the embedded default ({@link MailConfiguration}).
 * Only {@link MailDispatcher} calls it; everyone else writes to the outbox through {@link MailPort}.
 */
@Component
class MailTransport {

  private final JavaMailSender sender;
  private final String from;

  MailTransport(JavaMailSender sender, @Value("${ejkn.mail.from}") String from) {
    this.sender = sender;
    this.from = from;
  }

  /**
   * Sends the message with a Message-ID made from the outbox row, so that the rare second delivery (a node that died
   * between the server's acceptance and the row being marked sent) is recognisable as the same message.
   */
  void send(String outboxId, Collection<String> to, String subject, String body) {
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(to.toArray(String[]::new));
      helper.setSubject(subject.replaceAll("[\\r\\n]+", " "));
      helper.setText(body, false);
      message.setHeader("Message-ID", messageId(outboxId));
      sender.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("mail could not be prepared", e);
    }
  }

  static String messageId(String outboxId) {
    return "<" + outboxId + "@outbox.ejkn-cekat>";
  }
}
