--liquibase formatted sql

--changeset viraltracker:scorecard-scorecards-1
-- One stored report per run: the run id is unique, so a redelivered run finds its scorecard instead of
-- writing a second one. Summary and rows are jsonb: they are read and written whole, never queried inside.
CREATE TABLE scorecards (
    id             uuid        PRIMARY KEY,
    run_id         uuid        NOT NULL,
    brand_id       uuid        NOT NULL,
    period_start   date        NOT NULL,
    period_end     date        NOT NULL,
    time_zone      text        NOT NULL,
    parameters     jsonb       NOT NULL,
    summary        jsonb       NOT NULL,
    ads            jsonb       NOT NULL,
    created_at     timestamptz NOT NULL,
    emailed_to     text,
    emailed_at     timestamptz,
    CONSTRAINT scorecards_run_id_unique UNIQUE (run_id),
    CONSTRAINT scorecards_period_check CHECK (period_start <= period_end)
);
-- A brand's scorecards, newest period first (GET /api/v1/brands/{brandId}/scorecards).
CREATE INDEX scorecards_brand_newest ON scorecards (brand_id, period_end DESC, created_at DESC, id);
--rollback DROP TABLE scorecards;
