package id.go.malangkota.ejkn.notification;

import java.util.Collection;

/** Sends a plain-text mail (port; the adapter is {@link SpringMailAdapter}). */
public interface MailPort {

  /** Sends one message to these recipients; nothing when there is no recipient. */
  void send(Collection<String> to, String subject, String body);
}
