--liquibase formatted sql

--changeset viraltracker:scheduler-created-by-1
-- Who created a schedule (or panel) and who changed it last through the API: the subject (sub) of the caller's
-- token. Null on rows written by SQL, such as the seed's INSERTs, and not touched by what no person does (the
-- dispatcher advancing next_run_at, results updating last_run_*).
ALTER TABLE scheduled_jobs ADD COLUMN created_by text, ADD COLUMN updated_by text;
--rollback ALTER TABLE scheduled_jobs DROP COLUMN updated_by, DROP COLUMN created_by;
