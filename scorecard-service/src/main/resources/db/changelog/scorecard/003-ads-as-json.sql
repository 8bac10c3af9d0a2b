--liquibase formatted sql

--changeset viraltracker:scorecard-ads-as-json-1
-- A scorecard's ads are written once and read back whole, never queried inside, so json (the text, validated)
-- serves them as well as jsonb and costs far less to write: PostgreSQL parsed the ~1 MB document of a brand
-- with 4,000 ads into jsonb in 50-70 ms of the scorecard's insert, against about 15 ms to validate it as json.
-- The summary stays jsonb: it is small, and dashboards read fields of it.
ALTER TABLE scorecards ALTER COLUMN ads TYPE json USING ads::json;
--rollback ALTER TABLE scorecards ALTER COLUMN ads TYPE jsonb USING ads::jsonb;
