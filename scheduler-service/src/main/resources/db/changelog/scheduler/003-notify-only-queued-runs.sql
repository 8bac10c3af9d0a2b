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
