--liquibase formatted sql

--changeset viraltracker:scheduler-retries
-- A run whose attempt failed with a retryable category waits as 'retrying' until next_attempt_at, keeping that
-- attempt's error category and message; the relay then queues it again ('pending') as its next attempt.
ALTER TABLE job_runs ADD COLUMN next_attempt_at timestamptz;
ALTER TABLE job_runs DROP CONSTRAINT job_runs_status_known;
ALTER TABLE job_runs ADD CONSTRAINT job_runs_status_known CHECK (status IN ('pending', 'dispatched', 'running',
                                                                           'retrying', 'succeeded', 'failed',
                                                                           'timed_out'));
ALTER TABLE job_runs ADD CONSTRAINT job_runs_retrying_has_next_attempt CHECK (status <> 'retrying'
                                                                              OR next_attempt_at IS NOT NULL);
-- The relay's scan of retries that have come due.
CREATE INDEX job_runs_retries_due ON job_runs (next_attempt_at) WHERE status = 'retrying';
--rollback DROP INDEX job_runs_retries_due;
--rollback ALTER TABLE job_runs DROP CONSTRAINT job_runs_retrying_has_next_attempt;
--rollback ALTER TABLE job_runs DROP CONSTRAINT job_runs_status_known;
--rollback ALTER TABLE job_runs ADD CONSTRAINT job_runs_status_known CHECK (status IN ('pending', 'dispatched', 'running', 'succeeded', 'failed', 'timed_out'));
--rollback ALTER TABLE job_runs DROP COLUMN next_attempt_at;
