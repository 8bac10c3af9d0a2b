--liquibase formatted sql

--changeset viraltracker:service-support-processed-runs-1
-- The terminal result of each run a worker finished; a redelivered run is answered from here.
CREATE TABLE worker_processed_runs (
    run_id      uuid        PRIMARY KEY,
    attempt     integer     NOT NULL,
    status      text        NOT NULL,
    result      jsonb       NOT NULL,
    finished_at timestamptz NOT NULL
);
--rollback DROP TABLE worker_processed_runs;
