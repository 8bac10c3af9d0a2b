--liquibase formatted sql

--changeset viraltracker:meta-sync-performance-brand-date-covering-1
-- A brand's performance for a period (the console's Ad Performance page, the scorecard) sums these columns over the
-- brand's rows of the period. With them in the index the scan is index-only and reads only those rows' entries.
-- Without them, 90 days of a brand with 1,000,000 rows among 11,000,000 (3 % of the table) were planned as a
-- parallel sequential scan of the whole table (2.6 s): the planner prices a bitmap heap scan as if the brand's rows
-- were spread over every page. Replaces the plain (brand_id, date) index, whose name it takes, so the writes pay for
-- one wider index, not for two. Built before the old one is dropped: reads go on during the build, writes wait.
CREATE INDEX meta_ads_performance_brand_date_covering ON meta_ads_performance (brand_id, date)
    INCLUDE (currency, ad_account_id, ad_id, spend, impressions, clicks, purchases, purchase_value);
DROP INDEX meta_ads_performance_brand_date;
ALTER INDEX meta_ads_performance_brand_date_covering RENAME TO meta_ads_performance_brand_date;
--rollback DROP INDEX meta_ads_performance_brand_date; CREATE INDEX meta_ads_performance_brand_date ON meta_ads_performance (brand_id, date);
