-- The deactivation register holds the request's data (ADR 1401), like the application register.
-- One owner: id.go.malangkota.ejkn.deactivation.DeactivationRegistry.
ALTER TABLE ejkn_deactivation ADD COLUMN note VARCHAR(1000);
ALTER TABLE ejkn_deactivation ADD COLUMN email VARCHAR(254);
-- the evidence flags handed in, comma-separated; NULL when the request declared none (API without documents)
ALTER TABLE ejkn_deactivation ADD COLUMN documents VARCHAR(1000);
ALTER TABLE ejkn_deactivation ADD COLUMN participant_name VARCHAR(100);
ALTER TABLE ejkn_deactivation ADD COLUMN participant_birth_date DATE;
ALTER TABLE ejkn_deactivation ADD COLUMN bpjs_status VARCHAR(20);
ALTER TABLE ejkn_deactivation ADD COLUMN bpjs_segment VARCHAR(20);
ALTER TABLE ejkn_deactivation ADD COLUMN card_number VARCHAR(20);
ALTER TABLE ejkn_deactivation ADD COLUMN fktp_name VARCHAR(200);
ALTER TABLE ejkn_deactivation ADD COLUMN care_class VARCHAR(20);
ALTER TABLE ejkn_deactivation ADD COLUMN verifiers VARCHAR(200);
ALTER TABLE ejkn_deactivation ADD COLUMN verification_decision VARCHAR(16);
ALTER TABLE ejkn_deactivation ADD COLUMN verification_reason VARCHAR(32);
ALTER TABLE ejkn_deactivation ADD COLUMN verification_note VARCHAR(1000);
ALTER TABLE ejkn_deactivation ADD COLUMN verified_by VARCHAR(64);
ALTER TABLE ejkn_deactivation ADD COLUMN signed_by VARCHAR(64);
ALTER TABLE ejkn_deactivation ADD COLUMN outcome VARCHAR(32);
ALTER TABLE ejkn_deactivation ADD COLUMN outcome_text VARCHAR(1000);
