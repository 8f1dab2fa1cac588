-- Deactivation requests (penonaktifan), numbered in the application series. The person's open request is held in
-- ejkn_open_candidate (request_type DEACTIVATION), so a registration and a deactivation never run at the same time.
CREATE TABLE ejkn_deactivation (
  application_number VARCHAR(32) PRIMARY KEY,
  process_instance_id VARCHAR(64) NOT NULL,
  kelurahan_code VARCHAR(16) NOT NULL,
  nik VARCHAR(16) NOT NULL,
  reason VARCHAR(32) NOT NULL,
  evidence_declared BOOLEAN NOT NULL,
  created_by VARCHAR(64),
  created_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX ejkn_deactivation_process ON ejkn_deactivation (process_instance_id);
CREATE INDEX ejkn_deactivation_nik ON ejkn_deactivation (nik);
CREATE INDEX ejkn_deactivation_kelurahan ON ejkn_deactivation (kelurahan_code, created_at);

INSERT INTO ejkn_schema_info (component, description) VALUES ('deactivation', 'Deactivation requests');
