--liquibase formatted sql

--changeset viraltracker:scheduler-5 splitStatements:false
-- The dispatcher now publishes scheduled runs itself and inserts them as dispatched; only runs left pending (a
-- manual run, a publish that failed) concern the relay. Waking it for every insert cost it a query per claim.
CREATE FUNCTION notify_runs_queued() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM inserted_runs WHERE status = 'pending') THEN
        PERFORM pg_notify('viraltracker_outbox', '');
    END IF;
    RETURN NULL;
END
$$;
DROP TRIGGER job_runs_queued ON job_runs;
CREATE TRIGGER job_runs_queued
    AFTER INSERT ON job_runs
    REFERENCING NEW TABLE AS inserted_runs
    FOR EACH STATEMENT EXECUTE FUNCTION notify_runs_queued();
--rollback DROP TRIGGER job_runs_queued ON job_runs; DROP FUNCTION notify_runs_queued();
--rollback CREATE TRIGGER job_runs_queued AFTER INSERT ON job_runs FOR EACH STATEMENT EXECUTE FUNCTION notify_scheduler_change('viraltracker_outbox');

--changeset viraltracker:scheduler-6 splitStatements:false
-- The dispatcher's own advance of a schedule (to a later occurrence, or completed) notified too: every claim woke
-- every scheduler instance for nothing, and a transaction that notifies holds PostgreSQL's notify lock through its
-- commit, so concurrent claims committed one after the other. Only a change that can make a schedule due sooner
-- than before (activated, first run time set, moved earlier) needs a wake-up; inserts always notify.
CREATE FUNCTION notify_schedules_due_sooner() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1
                 FROM changed_new n JOIN changed_old o ON o.id = n.id
                WHERE n.status = 'active'
                  AND (o.status <> 'active' OR o.next_run_at IS NULL OR n.next_run_at IS NULL
                       OR n.next_run_at < o.next_run_at)) THEN
        PERFORM pg_notify('viraltracker_schedules', '');
    END IF;
    RETURN NULL;
END
$$;
DROP TRIGGER scheduled_jobs_changed ON scheduled_jobs;
CREATE TRIGGER scheduled_jobs_inserted
    AFTER INSERT ON scheduled_jobs
    FOR EACH STATEMENT EXECUTE FUNCTION notify_scheduler_change('viraltracker_schedules');
CREATE TRIGGER scheduled_jobs_due_sooner
    AFTER UPDATE ON scheduled_jobs
    REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
    FOR EACH STATEMENT EXECUTE FUNCTION notify_schedules_due_sooner();
--rollback DROP TRIGGER scheduled_jobs_due_sooner ON scheduled_jobs; DROP TRIGGER scheduled_jobs_inserted ON scheduled_jobs; DROP FUNCTION notify_schedules_due_sooner();
--rollback CREATE TRIGGER scheduled_jobs_changed AFTER INSERT OR UPDATE OF next_run_at, status ON scheduled_jobs FOR EACH STATEMENT EXECUTE FUNCTION notify_scheduler_change('viraltracker_schedules');
