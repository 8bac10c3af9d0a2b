--liquibase formatted sql

--changeset viraltracker:meta-sync-performance-ad-statistics-1
-- For the read seam's per-ad aggregate (scorecard-service, GROUP BY currency, ad_account_id, ad_id). Without it the
-- planner multiplies the columns' distinct counts as if they were independent (2 currencies x 91 accounts x 2,400
-- ad ids: about 390,000 groups for a brand that has 4,000 ads) and sorts a million rows instead of hashing them.
-- An ad id belongs to one account and an account to one currency, which is what these statistics tell it.
-- Filled by ANALYZE (and autovacuum); a GROUP BY of one column does not use them.
CREATE STATISTICS meta_ads_performance_ad_groups (ndistinct) ON currency, ad_account_id, ad_id
    FROM meta_ads_performance;
--rollback DROP STATISTICS meta_ads_performance_ad_groups;
