package id.go.malangkota.ejkn.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Indonesian mail templates ({@code templates/mail/<name>.txt}): first line {@code Subject: …}, then the body,
 * {@code ${name}} placeholders. A placeholder without a value is an error, never an empty hole in a letter.
 */
@Component
public class MailTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z0-9]+)}");

  public record Mail(String subject, String body) {}

  public Mail render(String name, Map<String, String> values) {
    String text;
    try {
      text = new ClassPathResource("templates/mail/" + name + ".txt").getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("mail template " + name + " is missing", e);
    }
    String rendered = replace(text, values);
    int newline = rendered.indexOf('\n');
    String first = rendered.substring(0, newline);
    if (!first.startsWith("Subject: ")) {
      throw new IllegalStateException("mail template " + name + " must start with 'Subject: '");
    }
    return new Mail(first.substring(9).trim(), rendered.substring(newline + 1));
  }

  static String replace(String text, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no value for ${" + m.group(1) + "}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
