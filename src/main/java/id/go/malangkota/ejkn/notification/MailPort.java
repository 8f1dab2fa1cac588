package id.go.malangkota.ejkn.notification;

import java.util.Collection;

/**
 * Sends a plain-text mail (port). The adapter, {@link MailOutbox}, queues it in the caller's transaction; it leaves
 * the server only once that transaction has committed.
 */
public interface MailPort {

  /** Sends one message to these recipients; nothing when there is no recipient. */
  void send(Collection<String> to, String subject, String body);
}
