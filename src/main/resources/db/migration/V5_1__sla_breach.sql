-- Urgent reactivations that passed the 3×24-hour window (Permenkes 28/2014): one row per application.
CREATE TABLE ejkn_sla_breach (
  application_number VARCHAR(32) PRIMARY KEY,
  process_instance_id VARCHAR(64) NOT NULL,
  kelurahan_code VARCHAR(16) NOT NULL,
  deadline TIMESTAMP NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  open_steps VARCHAR(1000)
);
