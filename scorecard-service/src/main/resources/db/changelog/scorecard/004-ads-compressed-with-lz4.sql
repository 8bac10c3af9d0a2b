--liquibase formatted sql

--changeset viraltracker:scorecard-ads-lz4-1
--preconditions onFail:CONTINUE
--precondition-sql-check expectedResult:1 SELECT count(*) FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)
-- A scorecard's ads document (~1.1 MB for a brand with 4,000 ads) is compressed when it is stored. With PostgreSQL's
-- default pglz that took about 14 ms of each insert, with lz4 about 4 ms, for a document about a fifth larger on
-- disk (about 350 kB instead of 280 kB). Applies to scorecards stored from now on; stored ones stay as they are.
-- Only where the server was built with lz4 (default_toast_compression offers it then; the embedded PostgreSQL the
-- tests fall back to is not): elsewhere the column keeps pglz, and the change is tried again at the next start.
ALTER TABLE scorecards ALTER COLUMN ads SET COMPRESSION lz4;
--rollback ALTER TABLE scorecards ALTER COLUMN ads SET COMPRESSION pglz;
