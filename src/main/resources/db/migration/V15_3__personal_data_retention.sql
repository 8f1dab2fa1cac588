-- Personal data kept no longer than needed (UU 27/2022, issue 15): our own tables follow the engine's history
-- retention, and who read which person's data is kept for the auditor.

-- when the deactivation request ended (its process instance), written in the same transaction as the end
ALTER TABLE ejkn_deactivation ADD COLUMN ended_at TIMESTAMP;
CREATE INDEX ejkn_deactivation_ended ON ejkn_deactivation (ended_at);
CREATE INDEX ejkn_membership_check_time ON ejkn_membership_check (checked_at);

-- One row per read of a person's data through the app: the application file, a document scan, the unmasked audit
-- trail. Owner: id.go.malangkota.ejkn.application.PersonalDataAccessLog.
CREATE TABLE ejkn_personal_data_access (
  id           VARCHAR(36)  PRIMARY KEY,
  accessed_at  TIMESTAMP    NOT NULL,
  user_id      VARCHAR(64)  NOT NULL,
  kind         VARCHAR(24)  NOT NULL,
  subject      VARCHAR(32)  NOT NULL,
  detail       VARCHAR(200)
);
CREATE INDEX ejkn_personal_data_access_subject ON ejkn_personal_data_access (subject, accessed_at);
CREATE INDEX ejkn_personal_data_access_time ON ejkn_personal_data_access (accessed_at);
