-- The application register holds the application's data (ADR 1401): the process carries only the few typed values
-- its gateways, forms and DMN need. One owner: id.go.malangkota.ejkn.application.ApplicationRegister.
ALTER TABLE ejkn_application ADD COLUMN applicant_name VARCHAR(100);
ALTER TABLE ejkn_application ADD COLUMN address VARCHAR(500);
ALTER TABLE ejkn_application ADD COLUMN phone VARCHAR(20);
ALTER TABLE ejkn_application ADD COLUMN email VARCHAR(254);
ALTER TABLE ejkn_application ADD COLUMN submitted_by_name VARCHAR(100);
ALTER TABLE ejkn_application ADD COLUMN submitted_by_nik VARCHAR(16);
ALTER TABLE ejkn_application ADD COLUMN power_of_attorney BOOLEAN;
-- the document flags (keys of the required-documents table's documentFlag) the officer ticked, comma-separated
ALTER TABLE ejkn_application ADD COLUMN documents VARCHAR(1000);
ALTER TABLE ejkn_application ADD COLUMN hospital_admission TIMESTAMP;
ALTER TABLE ejkn_application ADD COLUMN overall_deadline TIMESTAMP;
-- who signed (kadinkes) and when: the basis of the submission to BPJS
ALTER TABLE ejkn_application ADD COLUMN signed_by VARCHAR(64);
ALTER TABLE ejkn_application ADD COLUMN signed_at TIMESTAMP;
ALTER TABLE ejkn_application ADD COLUMN correction_reasons VARCHAR(2000);

-- Every member of the family card, in the officer's order; candidates carry their way through the application.
CREATE TABLE ejkn_application_member (
  application_number VARCHAR(32)  NOT NULL,
  seq                INTEGER      NOT NULL,
  nik                VARCHAR(16)  NOT NULL,
  name               VARCHAR(100) NOT NULL,
  birth_date         DATE         NOT NULL,
  relationship       VARCHAR(20)  NOT NULL,
  candidate          BOOLEAN      NOT NULL,
  bpjs_status        VARCHAR(20),
  bpjs_segment       VARCHAR(20),
  card_number        VARCHAR(20),
  care_class         VARCHAR(20),
  arrears            BIGINT,
  eligible           BOOLEAN,
  reason             VARCHAR(64),
  reason_text        VARCHAR(500),
  fktp_code          VARCHAR(32),
  fktp_name          VARCHAR(200),
  outcome            VARCHAR(24),
  outcome_reason     VARCHAR(64),
  outcome_text       VARCHAR(1000),
  PRIMARY KEY (application_number, seq)
);
CREATE INDEX ejkn_application_member_nik ON ejkn_application_member (nik);

-- Application numbers come from one database sequence per year (ejkn_application_seq_<year>), created on demand in
-- a short transaction of its own: no lock is held across a process start. The old counter table stays for numbers
-- already given; the new sequence starts after its last value.
INSERT INTO ejkn_schema_info (component, description) VALUES ('application', 'application register with members');

-- when the application ended (its own process instance), written in the same transaction as the end
ALTER TABLE ejkn_application ADD COLUMN ended_at TIMESTAMP;
CREATE INDEX ejkn_application_ended ON ejkn_application (ended_at);
-- the NIK search index of finished applications is the member table itself now (ejkn_application_member.nik)
DROP TABLE ejkn_application_person;
