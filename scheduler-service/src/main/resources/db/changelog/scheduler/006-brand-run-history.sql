--liquibase formatted sql

--changeset viraltracker:scheduler-7
-- A brand's run history (GET /api/v1/brands/{brandId}/runs) pages through the brand's runs newest occurrence first,
-- with the id to break ties (a claim inserts many runs with one created_at; occurrences of different schedules share
-- a scheduled_for), filtering status and job type on the way. Replaces job_runs_by_brand (brand_id, created_at DESC),
-- which no query used, so each run still writes the same number of index entries.
CREATE INDEX job_runs_brand_history ON job_runs (brand_id, scheduled_for DESC, id DESC);
DROP INDEX job_runs_by_brand;
--rollback CREATE INDEX job_runs_by_brand ON job_runs (brand_id, created_at DESC); DROP INDEX job_runs_brand_history;
