--liquibase formatted sql

--changeset viraltracker:meta-sync-performance-1
-- One row per ad per day (the day in the ad account's time zone), as Meta's insights report it with
-- level=ad&time_increment=1. Re-syncing a day replaces its values (Meta restates up to 28 days back).
-- Read-only seam: scorecard-service reads this table (and nothing else of this schema).
CREATE TABLE meta_ads_performance (
    ad_account_id        text           NOT NULL,  -- 'act_<id>'
    ad_id                text           NOT NULL,
    date                 date           NOT NULL,
    brand_id             uuid           NOT NULL,
    campaign_id          text,
    campaign_name        text,
    adset_id             text,
    adset_name           text,
    ad_name              text,
    currency             char(3)        NOT NULL,
    spend                numeric(18, 2) NOT NULL DEFAULT 0,
    impressions          bigint         NOT NULL DEFAULT 0,
    reach                bigint         NOT NULL DEFAULT 0,
    clicks               bigint         NOT NULL DEFAULT 0,
    link_clicks          bigint         NOT NULL DEFAULT 0,
    ctr                  numeric(12, 6),
    cpc                  numeric(18, 4),
    cpm                  numeric(18, 4),
    purchases            bigint         NOT NULL DEFAULT 0,
    purchase_value       numeric(18, 2) NOT NULL DEFAULT 0,
    add_to_carts         bigint         NOT NULL DEFAULT 0,
    purchase_action_type text,          -- the one action type purchases were read from (see PurchaseActions)
    synced_at            timestamptz    NOT NULL,
    synced_by_run_id     uuid,
    CONSTRAINT meta_ads_performance_pk PRIMARY KEY (ad_account_id, ad_id, date)
);
-- The scorecard filters by brand and period; this index keeps it off other brands' rows.
CREATE INDEX meta_ads_performance_brand_date ON meta_ads_performance (brand_id, date);
--rollback DROP TABLE meta_ads_performance;
