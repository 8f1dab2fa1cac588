package id.go.malangkota.ejkn.notification;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** Without {@code spring.mail.host} mail goes to the outbox folder; with it, Spring Boot's SMTP sender is used. */
@Configuration
public class MailConfiguration {

  @Bean
  @ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
  JavaMailSender outboxMailSender(@Value("${ejkn.mail.outbox-dir:./outbox}") String outboxDir) {
    return new OutboxMailSender(Path.of(outboxDir));
  }
}
