-- Who an application was about, for the auditors' search by NIK over finished applications (open ones are found
-- through ejkn_open_candidate). Personal data: read only through /api/audit, which decides who may search.
-- role: CANDIDATE, MEMBER (on the KK, not a candidate) or SUBMITTER (the person who handed it in).
CREATE TABLE ejkn_application_person (
  application_number VARCHAR(32) NOT NULL,
  nik                VARCHAR(16) NOT NULL,
  role               VARCHAR(16) NOT NULL,
  PRIMARY KEY (application_number, nik, role)
);
CREATE INDEX ejkn_application_person_nik ON ejkn_application_person (nik);

INSERT INTO ejkn_schema_info (component, description) VALUES ('audit', 'search index of finished applications');
