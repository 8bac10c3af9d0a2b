--liquibase formatted sql

--changeset viraltracker:scheduler-4
-- Every index on job_runs is written twice per run (insert as pending, update to dispatched: status appears in
-- partial-index predicates, so that update is never HOT). job_runs_by_job repeated the unique constraint's index
-- on (job_id, scheduled_for), which PostgreSQL scans backwards for "newest occurrence first" just as well.
DROP INDEX job_runs_by_job;
--rollback CREATE INDEX job_runs_by_job ON job_runs (job_id, scheduled_for DESC);
