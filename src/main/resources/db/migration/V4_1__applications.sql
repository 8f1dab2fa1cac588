-- Applications (one per family card submission), their readable numbers, the candidates with an open
-- application (the unique key is the duplicate guard: 409), and uploaded documents.
CREATE TABLE ejkn_application (
  application_number VARCHAR(32) PRIMARY KEY,
  process_instance_id VARCHAR(64) NOT NULL,
  request_type VARCHAR(32) NOT NULL,
  kelurahan_code VARCHAR(16) NOT NULL,
  family_card_number VARCHAR(16) NOT NULL,
  applicant_birth_date DATE,
  submitted_by_relation VARCHAR(16) NOT NULL,
  created_by VARCHAR(64),
  created_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX ejkn_application_process ON ejkn_application (process_instance_id);
CREATE INDEX ejkn_application_kelurahan ON ejkn_application (kelurahan_code, created_at);

CREATE TABLE ejkn_application_sequence (
  seq_year INTEGER PRIMARY KEY,
  last_value BIGINT NOT NULL
);

CREATE TABLE ejkn_open_candidate (
  nik VARCHAR(16) PRIMARY KEY,
  application_number VARCHAR(32) NOT NULL,
  process_instance_id VARCHAR(64) NOT NULL,
  request_type VARCHAR(32) NOT NULL
);
CREATE INDEX ejkn_open_candidate_process ON ejkn_open_candidate (process_instance_id);

CREATE TABLE ejkn_document (
  id VARCHAR(36) PRIMARY KEY,
  application_number VARCHAR(32) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  file_name VARCHAR(255) NOT NULL,
  content_type VARCHAR(64) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 VARCHAR(64) NOT NULL,
  content BYTEA NOT NULL,
  uploaded_by VARCHAR(64) NOT NULL,
  uploaded_at TIMESTAMP NOT NULL
);
CREATE INDEX ejkn_document_application ON ejkn_document (application_number);
