-- Bytes per row of the tables that grow with the number of brands, ad accounts and ads, measured on the
-- services' own migrations. Run against a scratch database (it creates and drops its own schemas):
--   createdb capacity && psql -X -q -d capacity -f infra/helm/capacity/storage-per-row.sql; dropdb capacity
-- Value lengths follow Meta's: 16-digit account ids, 18-digit object ids, 40-character names.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
\pset footer off
DROP SCHEMA IF EXISTS meta_sync CASCADE;
DROP SCHEMA IF EXISTS scheduler CASCADE;
CREATE SCHEMA meta_sync;
CREATE SCHEMA scheduler;

SET search_path = meta_sync;
\i meta-sync-service/src/main/resources/db/changelog/meta_sync/001-meta-ads-performance.sql
\i meta-sync-service/src/main/resources/db/changelog/meta_sync/002-brand-ad-accounts.sql
\i meta-sync-service/src/main/resources/db/changelog/meta_sync/003-ad-account-tokens.sql
\i meta-sync-service/src/main/resources/db/changelog/meta_sync/004-performance-ad-statistics.sql
-- 200 accounts x 250 ads x 20 days = 1,000,000 rows, one per ad per day as a sync writes them.
INSERT INTO meta_ads_performance
SELECT 'act_' || (1000000000000000 + a), (120000000000000000 + a * 1000 + ad)::text, DATE '2026-01-01' + d,
       md5(a::text)::uuid,
       (120000000000000000 + a * 10 + ad % 10)::text, rpad('Campaign ' || ad % 10, 40, ' prospecting'),
       (120000000000000000 + a * 100 + ad % 50)::text, rpad('Ad set ' || ad % 50, 40, ' lookalike'),
       rpad('Ad ' || ad, 40, ' creative'), 'USD',
       round((random() * 500)::numeric, 2), (random() * 50000)::bigint, (random() * 40000)::bigint,
       (random() * 900)::bigint, (random() * 700)::bigint, round((random() * 3)::numeric, 6),
       round((random() * 4)::numeric, 4), round((random() * 30)::numeric, 4), (random() * 20)::bigint,
       round((random() * 900)::numeric, 2), (random() * 60)::bigint, 'omni_purchase', now(), gen_random_uuid()
FROM generate_series(1, 200) a, generate_series(1, 250) ad, generate_series(0, 19) d;
VACUUM ANALYZE meta_ads_performance;

SET search_path = scheduler;
\i scheduler-service/src/main/resources/db/changelog/scheduler/001-scheduled-jobs-and-runs.sql
\i scheduler-service/src/main/resources/db/changelog/scheduler/002-dispatch-write-path.sql
\i scheduler-service/src/main/resources/db/changelog/scheduler/003-notify-only-queued-runs.sql
-- 100,000 finished runs, as the scheduler keeps them for RUN_RETENTION (90 days).
INSERT INTO job_runs (id, brand_id, job_type, scheduled_for, trigger, status, parameters, dispatched_at,
                      started_at, finished_at, summary, worker)
SELECT gen_random_uuid(), md5((r % 1000)::text)::uuid, 'meta_sync', now() - r * interval '1 minute', 'schedule',
       'succeeded', '{"days_back": 7}', now(), now(), now(),
       '{"accounts": 2, "rows_upserted": 3500, "graph_calls": 8}', 'meta-sync-service'
FROM generate_series(1, 100000) r;
VACUUM ANALYZE job_runs;

SELECT 'meta_sync.meta_ads_performance' AS "table",
       round(pg_relation_size('meta_sync.meta_ads_performance') / 1e6::numeric) AS heap_bytes_per_row,
       round((pg_total_relation_size('meta_sync.meta_ads_performance')
              - pg_relation_size('meta_sync.meta_ads_performance')) / 1e6::numeric) AS index_bytes_per_row,
       round(pg_total_relation_size('meta_sync.meta_ads_performance') / 1e6::numeric) AS total_bytes_per_row
UNION ALL
SELECT 'scheduler.job_runs',
       round(pg_relation_size('scheduler.job_runs') / 1e5::numeric),
       round((pg_total_relation_size('scheduler.job_runs') - pg_relation_size('scheduler.job_runs')) / 1e5::numeric),
       round(pg_total_relation_size('scheduler.job_runs') / 1e5::numeric);

DROP SCHEMA meta_sync CASCADE;
DROP SCHEMA scheduler CASCADE;
