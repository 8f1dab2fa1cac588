-- e-JKN Cekat's own tables (the engine manages its ACT_* tables itself).
-- Naming: V<issue>_<n>__<what>.sql so that parallel work never collides.
CREATE TABLE ejkn_schema_info (
  component VARCHAR(64) PRIMARY KEY,
  description VARCHAR(255) NOT NULL
);
INSERT INTO ejkn_schema_info (component, description) VALUES ('platform', 'e-JKN Cekat application tables');
