-- Issue 13: a scheduled job of the application (reminders, retention, KPI catch-up) runs on one node of a cluster
-- at a time: the node that holds the job's lease (ADR 1301).
CREATE TABLE ejkn_scheduler_lease (
  job_name    VARCHAR(100) NOT NULL PRIMARY KEY,
  holder      VARCHAR(200) NOT NULL,
  lease_until TIMESTAMP    NOT NULL
);
