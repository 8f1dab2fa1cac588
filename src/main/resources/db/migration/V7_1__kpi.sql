-- KPI facts (ADR 0007): one row per finished application, per candidate and per user task, written once when the
-- application ends (from the engine's history, after commit). No personal data: codes, times and counts only,
-- so the figures can outlive the history clean-up and be read by anyone allowed to see the dashboard.
-- end_month is the month (Asia/Jakarta, 'yyyy-MM') the application finished: every figure is "of the
-- applications finished in that month".
CREATE TABLE ejkn_application_fact (
  application_number    VARCHAR(32) NOT NULL PRIMARY KEY,
  process_instance_id   VARCHAR(64) NOT NULL,
  request_type          VARCHAR(32) NOT NULL,
  kelurahan_code        VARCHAR(16) NOT NULL,
  submitted_by_relation VARCHAR(16) NOT NULL,
  representative        BOOLEAN     NOT NULL,
  started_at            TIMESTAMP   NOT NULL,
  ended_at              TIMESTAMP   NOT NULL,
  end_month             VARCHAR(7)  NOT NULL,
  cycle_seconds         BIGINT      NOT NULL,
  outcome               VARCHAR(24) NOT NULL,
  end_activity_id       VARCHAR(64),
  candidate_count       INTEGER     NOT NULL,
  active_count          INTEGER     NOT NULL,
  sla_breached          BOOLEAN     NOT NULL,
  recorded_at           TIMESTAMP   NOT NULL
);
CREATE INDEX ejkn_application_fact_month ON ejkn_application_fact (end_month, kelurahan_code);
-- one kelurahan over twelve months (the dashboard's trend)
CREATE INDEX ejkn_application_fact_kelurahan ON ejkn_application_fact (kelurahan_code, end_month);

CREATE TABLE ejkn_candidate_fact (
  application_number VARCHAR(32) NOT NULL,
  seq                INTEGER     NOT NULL,
  end_month          VARCHAR(7)  NOT NULL,
  kelurahan_code     VARCHAR(16) NOT NULL,
  outcome            VARCHAR(24) NOT NULL,
  outcome_reason     VARCHAR(64),
  PRIMARY KEY (application_number, seq)
);
CREATE INDEX ejkn_candidate_fact_month ON ejkn_candidate_fact (end_month, kelurahan_code);

-- agency: the task's candidate group (dispendukcapil, dinsos, disnaker, dinkes, kadinkes) or 'kelurahan'
CREATE TABLE ejkn_task_fact (
  task_id            VARCHAR(64) NOT NULL PRIMARY KEY,
  application_number VARCHAR(32) NOT NULL,
  end_month          VARCHAR(7)  NOT NULL,
  kelurahan_code     VARCHAR(16) NOT NULL,
  task_key           VARCHAR(64) NOT NULL,
  agency             VARCHAR(32) NOT NULL,
  created_at         TIMESTAMP   NOT NULL,
  ended_at           TIMESTAMP   NOT NULL,
  duration_seconds   BIGINT      NOT NULL,
  due_at             TIMESTAMP,
  overdue            BOOLEAN     NOT NULL,
  completed          BOOLEAN     NOT NULL
);
CREATE INDEX ejkn_task_fact_month ON ejkn_task_fact (end_month, kelurahan_code);
CREATE INDEX ejkn_task_fact_application ON ejkn_task_fact (application_number);

-- applications received per month, city-wide (the kelurahan index starts with kelurahan_code)
CREATE INDEX ejkn_application_created ON ejkn_application (created_at);

INSERT INTO ejkn_schema_info (component, description) VALUES ('kpi', 'KPI facts of finished applications');
