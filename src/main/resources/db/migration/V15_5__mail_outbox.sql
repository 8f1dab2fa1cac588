-- Issue 13: every mail to residents and officers is written to this outbox in the transaction of the step that
-- decides it, and sent afterwards by any node (MailDispatcher). A step that rolls back leaves no mail; SMTP being
-- down leaves the mail here to be sent later; a row is claimed by one node before it is sent (ADR 1302).
CREATE TABLE ejkn_mail_outbox (
  id              VARCHAR(36)   NOT NULL PRIMARY KEY,
  recipients      VARCHAR(4000) NOT NULL,
  subject         VARCHAR(1000) NOT NULL,
  body            TEXT          NOT NULL,
  created_at      TIMESTAMP     NOT NULL,
  attempts        INTEGER       NOT NULL,
  next_attempt_at TIMESTAMP     NOT NULL,
  claimed_by      VARCHAR(200),
  claimed_until   TIMESTAMP,
  sent_at         TIMESTAMP,
  last_error      VARCHAR(1000)
);
CREATE INDEX ejkn_mail_outbox_due ON ejkn_mail_outbox (sent_at, next_attempt_at);
