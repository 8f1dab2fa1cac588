-- Audit trail of membership checks (cek kepesertaan): who looked up whom, when, and what BPJS answered.
-- The NIK is kept in clear so that an auditor can answer "who looked up this NIK"; it is never written to logs.
CREATE TABLE ejkn_membership_check (
  id VARCHAR(36) PRIMARY KEY,
  checked_at TIMESTAMP NOT NULL,
  checked_by VARCHAR(64) NOT NULL,
  kelurahan_code VARCHAR(16),
  channel VARCHAR(16) NOT NULL,
  nik VARCHAR(16) NOT NULL,
  birth_date DATE NOT NULL,
  result_status VARCHAR(20) NOT NULL,
  segment VARCHAR(16),
  error_code VARCHAR(40),
  process_instance_id VARCHAR(64)
);
CREATE INDEX ejkn_membership_check_nik ON ejkn_membership_check (nik, checked_at);
CREATE INDEX ejkn_membership_check_user ON ejkn_membership_check (checked_by, checked_at);

INSERT INTO ejkn_schema_info (component, description) VALUES ('membership', 'Membership check audit trail');
