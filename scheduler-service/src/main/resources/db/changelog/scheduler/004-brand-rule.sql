--liquibase formatted sql

--changeset viraltracker:scheduler-brand-rule
-- The brand rule (README "Brand rule", BrandRule in common-events): parameters may repeat the row's brand_id, in any
-- letter case, but never name another brand. The workers always acted for the brand_id column, so a row that
-- broke the rule before this change ran for that brand; the contradicting key is dropped from such rows so they
-- keep doing exactly that, and the constraints can be validated at once.
UPDATE scheduled_jobs
   SET parameters = parameters - 'brand_id', updated_at = now()
 WHERE parameters->>'brand_id' IS NOT NULL AND lower(parameters->>'brand_id') <> brand_id::text;
UPDATE job_runs
   SET parameters = parameters - 'brand_id', updated_at = now()
 WHERE parameters->>'brand_id' IS NOT NULL AND lower(parameters->>'brand_id') <> brand_id::text;
ALTER TABLE scheduled_jobs ADD CONSTRAINT scheduled_jobs_parameters_brand_id_is_brand_id
    CHECK (parameters->>'brand_id' IS NULL OR lower(parameters->>'brand_id') = brand_id::text);
COMMENT ON CONSTRAINT scheduled_jobs_parameters_brand_id_is_brand_id ON scheduled_jobs IS
    'parameters.brand_id, when present, must be the row''s brand_id: leave it out or repeat brand_id';
-- A pending run inserted by SQL is the other way in; the relay would refuse it, the row should not exist at all.
ALTER TABLE job_runs ADD CONSTRAINT job_runs_parameters_brand_id_is_brand_id
    CHECK (parameters->>'brand_id' IS NULL OR lower(parameters->>'brand_id') = brand_id::text);
COMMENT ON CONSTRAINT job_runs_parameters_brand_id_is_brand_id ON job_runs IS
    'parameters.brand_id, when present, must be the run''s brand_id: leave it out or repeat brand_id';
--rollback ALTER TABLE job_runs DROP CONSTRAINT job_runs_parameters_brand_id_is_brand_id;
--rollback ALTER TABLE scheduled_jobs DROP CONSTRAINT scheduled_jobs_parameters_brand_id_is_brand_id;
