package id.go.malangkota.ejkn.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The embedded default's mail transport: every message is written as an RFC 822 {@code .eml} file to the outbox
 * folder ({@code ejkn.mail.outbox-dir}), which an operator opens with any mail client. Used when no SMTP host is
 * configured. (The queue of mails not yet sent is the table {@code ejkn_mail_outbox}, see {@link MailOutbox}.)
 */
public class OutboxMailSender extends JavaMailSenderImpl {

  private static final Logger log = LoggerFactory.getLogger(OutboxMailSender.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
  private final Path outbox;
  private final AtomicLong sequence = new AtomicLong();

  public OutboxMailSender(Path outbox) {
    this.outbox = outbox;
  }

  public Path outbox() {
    return outbox;
  }

  @Override
  protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
    try {
      Files.createDirectories(outbox);
      for (MimeMessage message : mimeMessages) {
        if (message.getSentDate() == null) {
          message.setSentDate(new java.util.Date());
        }
        String messageId = message.getMessageID();
        message.saveChanges();
        if (messageId != null) {
          message.setHeader("Message-ID", messageId);
        }
        Path file = outbox.resolve(STAMP.format(LocalDateTime.now()) + "-" + sequence.incrementAndGet() + ".eml");
        try (OutputStream out = Files.newOutputStream(file)) {
          message.writeTo(out);
        }
        log.info("Surel disimpan di outbox: {}", file.toAbsolutePath());
      }
    } catch (IOException | MessagingException e) {
      throw new MailPreparationException("Surel tidak dapat ditulis ke outbox " + outbox, e);
    }
  }
}
