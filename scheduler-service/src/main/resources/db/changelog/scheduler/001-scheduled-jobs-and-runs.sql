--liquibase formatted sql

--changeset viraltracker:scheduler-1
-- A schedule. The column names and defaults follow the seed (scheduled_jobs of the earlier Python system) so
-- its INSERT statements work verbatim: job_type defaults to 'ad_creation', timezone to the seed's PST zone.
CREATE TABLE scheduled_jobs (
    id                     uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    brand_id               uuid        NOT NULL,
    product_id             uuid,
    template_mode          text,
    name                   text        NOT NULL,
    job_type               text        NOT NULL DEFAULT 'ad_creation',
    schedule_type          text        NOT NULL DEFAULT 'recurring',
    cron_expression        text,
    timezone               text        NOT NULL DEFAULT 'America/Los_Angeles',
    next_run_at            timestamptz,
    parameters             jsonb       NOT NULL DEFAULT '{}'::jsonb,
    status                 text        NOT NULL DEFAULT 'active',
    last_run_at            timestamptz,
    last_run_status        text,
    last_error             text,
    last_run_id            uuid,
    last_run_scheduled_for timestamptz,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT scheduled_jobs_job_type_known CHECK (job_type IN ('ad_creation', 'meta_sync', 'scorecard')),
    CONSTRAINT scheduled_jobs_schedule_type_known CHECK (schedule_type IN ('one_time', 'recurring')),
    CONSTRAINT scheduled_jobs_status_known CHECK (status IN ('active', 'paused', 'completed')),
    CONSTRAINT scheduled_jobs_recurring_has_cron CHECK (schedule_type <> 'recurring' OR cron_expression IS NOT NULL),
    CONSTRAINT scheduled_jobs_one_time_has_run_time CHECK (schedule_type <> 'one_time' OR next_run_at IS NOT NULL
                                                           OR status = 'completed'),
    CONSTRAINT scheduled_jobs_ad_creation_needs_product CHECK (job_type <> 'ad_creation'
                                                               OR (product_id IS NOT NULL AND template_mode IS NOT NULL)),
    CONSTRAINT scheduled_jobs_template_mode_known CHECK (template_mode IS NULL
                                                         OR template_mode IN ('specific', 'random', 'all')),
    CONSTRAINT scheduled_jobs_parameters_object CHECK (jsonb_typeof(parameters) = 'object'),
    CONSTRAINT scheduled_jobs_name_not_blank CHECK (length(btrim(name)) > 0)
);
-- The dispatcher's claim: active rows by due time.
CREATE INDEX scheduled_jobs_due ON scheduled_jobs (next_run_at) WHERE status = 'active';
CREATE INDEX scheduled_jobs_brand ON scheduled_jobs (brand_id, job_type);

-- One row per occurrence; status 'pending' rows are the outbox the relay publishes.
CREATE TABLE job_runs (
    id                      uuid        PRIMARY KEY,
    job_id                  uuid        REFERENCES scheduled_jobs (id) ON DELETE SET NULL,
    brand_id                uuid        NOT NULL,
    job_type                text        NOT NULL,
    scheduled_for           timestamptz NOT NULL,
    trigger                 text        NOT NULL,
    status                  text        NOT NULL DEFAULT 'pending',
    attempt                 integer     NOT NULL DEFAULT 1,
    parameters              jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at              timestamptz NOT NULL DEFAULT now(),
    publish_attempts        integer     NOT NULL DEFAULT 0,
    last_publish_attempt_at timestamptz,
    last_publish_error      text,
    dispatched_at           timestamptz,
    started_at              timestamptz,
    finished_at             timestamptz,
    summary                 jsonb       NOT NULL DEFAULT '{}'::jsonb,
    error_category          text,
    error_message           text,
    worker                  text,
    updated_at              timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT job_runs_one_per_occurrence UNIQUE (job_id, scheduled_for),
    CONSTRAINT job_runs_job_type_known CHECK (job_type IN ('ad_creation', 'meta_sync', 'scorecard')),
    CONSTRAINT job_runs_trigger_known CHECK (trigger IN ('schedule', 'manual', 'external')),
    CONSTRAINT job_runs_status_known CHECK (status IN ('pending', 'dispatched', 'running', 'succeeded', 'failed',
                                                       'timed_out'))
);
-- The relay's outbox scan.
CREATE INDEX job_runs_outbox ON job_runs (created_at) WHERE status = 'pending';
-- The reaper's scan of runs waiting for a result.
CREATE INDEX job_runs_in_flight ON job_runs (job_type, dispatched_at) WHERE status IN ('dispatched', 'running');
-- A schedule's run history, newest first.
CREATE INDEX job_runs_by_job ON job_runs (job_id, scheduled_for DESC);
CREATE INDEX job_runs_by_brand ON job_runs (brand_id, created_at DESC);
-- The retention purge.
CREATE INDEX job_runs_finished ON job_runs (finished_at) WHERE finished_at IS NOT NULL;

--rollback DROP TABLE job_runs; DROP TABLE scheduled_jobs;

--changeset viraltracker:scheduler-2 splitStatements:false
-- Wake the dispatcher when a schedule is added or changed (a psql INSERT included) and the relay when a run
-- is queued, instead of waiting for the next poll. Statement-level: one notification per statement.
CREATE FUNCTION notify_scheduler_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify(TG_ARGV[0], '');
    RETURN NULL;
END
$$;
CREATE TRIGGER scheduled_jobs_changed
    AFTER INSERT OR UPDATE OF next_run_at, status ON scheduled_jobs
    FOR EACH STATEMENT EXECUTE FUNCTION notify_scheduler_change('viraltracker_schedules');
CREATE TRIGGER job_runs_queued
    AFTER INSERT ON job_runs
    FOR EACH STATEMENT EXECUTE FUNCTION notify_scheduler_change('viraltracker_outbox');
--rollback DROP TRIGGER job_runs_queued ON job_runs; DROP TRIGGER scheduled_jobs_changed ON scheduled_jobs; DROP FUNCTION notify_scheduler_change();

--changeset viraltracker:scheduler-3
-- ShedLock's table (JDBC provider) for the singleton housekeeping tasks.
CREATE TABLE shedlock (
    name       varchar(64)  PRIMARY KEY,
    lock_until timestamptz  NOT NULL,
    locked_at  timestamptz  NOT NULL,
    locked_by  varchar(255) NOT NULL
);
--rollback DROP TABLE shedlock;
