--liquibase formatted sql

--changeset viraltracker:scheduler-run-progress
-- A long run (a backfill of months) reports how far it got with PROGRESS results: the latest report's figures
-- (chunks_done, chunks_total, days_stored, ...) and when it was sent. The reaper counts a run's timeout from the
-- latest of dispatched_at, started_at and last_progress_at; it still scans job_runs_in_flight (job_type,
-- dispatched_at), since a run past its cutoff by that latest time is past it by dispatched_at too.
ALTER TABLE job_runs ADD COLUMN progress jsonb, ADD COLUMN last_progress_at timestamptz;
--rollback ALTER TABLE job_runs DROP COLUMN last_progress_at, DROP COLUMN progress;
