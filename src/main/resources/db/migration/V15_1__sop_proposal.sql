-- SOP change proposals (ADR 1501): what a process owner proposed, what the model gate and the SOP checks found,
-- what changed against the deployed version, who decided, and what the system deployed.
-- One owner: id.go.malangkota.ejkn.governance.SopProposalStore.
CREATE TABLE ejkn_sop_proposal (
  id VARCHAR(32) PRIMARY KEY,
  description VARCHAR(2000) NOT NULL,
  status VARCHAR(20) NOT NULL,
  proposed_by VARCHAR(64) NOT NULL,
  proposed_at TIMESTAMP NOT NULL,
  -- JSON: the findings of the gate and the SOP checks (empty list when none)
  findings TEXT NOT NULL,
  -- JSON: tasks/events added, removed, renamed; DMN rules added, removed, changed
  changes TEXT NOT NULL,
  decided_by VARCHAR(64),
  decided_at TIMESTAMP,
  decision_reason VARCHAR(2000),
  deployment_id VARCHAR(64),
  -- JSON: the definitions the deployment created, with their versions
  deployed_versions TEXT
);
CREATE INDEX ejkn_sop_proposal_time ON ejkn_sop_proposal (proposed_at);

CREATE TABLE ejkn_sop_proposal_file (
  proposal_id VARCHAR(32) NOT NULL,
  seq INT NOT NULL,
  file_name VARCHAR(120) NOT NULL,
  content BYTEA NOT NULL,
  -- the version deployed when the proposal was made (NULL: a new file), for the side-by-side view
  previous_content BYTEA,
  PRIMARY KEY (proposal_id, file_name)
);

INSERT INTO ejkn_schema_info (component, description) VALUES ('governance', 'SOP change proposals');
