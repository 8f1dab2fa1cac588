-- Submissions to BPJS Kesehatan, by idempotency key, so that a retried job never registers a person twice.
-- No personal data: the members travel in the submission itself (letter / simulator call), not in this ledger.
CREATE TABLE ejkn_bpjs_submission (
  idempotency_key VARCHAR(100) NOT NULL PRIMARY KEY,
  request_type    VARCHAR(20)  NOT NULL,
  channel         VARCHAR(20)  NOT NULL,
  state           VARCHAR(20)  NOT NULL,
  reference       VARCHAR(100),
  member_count    INTEGER      NOT NULL,
  attempts        INTEGER      NOT NULL,
  last_error      VARCHAR(60),
  created_at      TIMESTAMP    NOT NULL,
  claimed_at      TIMESTAMP    NOT NULL,
  sent_at         TIMESTAMP
);

-- Letter numbers run per year ({seq} in ejkn.bpjs.submission.mail.letter-number-pattern).
CREATE TABLE ejkn_bpjs_letter_counter (
  letter_year INTEGER NOT NULL PRIMARY KEY,
  last_seq    INTEGER NOT NULL
);

INSERT INTO ejkn_schema_info (component, description) VALUES ('bpjs', 'BPJS submissions ledger and letter counter');
