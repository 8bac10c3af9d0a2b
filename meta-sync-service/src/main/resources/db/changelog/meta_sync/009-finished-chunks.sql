--liquibase formatted sql

--changeset viraltracker:meta-sync-finished-chunks-1
-- Each day range of a run that was read from Meta and stored in full: a redelivery or a later attempt of the same
-- run skips these days and reads only the rest. The primary key serves the one look-up (a run's chunks of an
-- account); finished_at_idx serves the pruning of old runs' chunks.
CREATE TABLE finished_chunks (
    run_id        uuid        NOT NULL,
    ad_account_id text        NOT NULL,
    since         date        NOT NULL,
    until         date        NOT NULL,
    rows_stored   bigint      NOT NULL,
    finished_at   timestamptz NOT NULL,
    PRIMARY KEY (run_id, ad_account_id, since, until),
    CHECK (since <= until)
);
CREATE INDEX finished_chunks_finished_at_idx ON finished_chunks (finished_at);
--rollback DROP TABLE finished_chunks;
