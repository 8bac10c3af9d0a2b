--liquibase formatted sql

--changeset viraltracker:meta-sync-restating-since-1
-- The oldest day of the account whose stored numbers Meta may still revise (it was last synced before the
-- restatement window closed on it); null when every stored day is final. Each sync starts there at the latest.
ALTER TABLE brand_ad_accounts ADD COLUMN restating_since date;
-- Accounts synced before this column existed: every day younger than 28 days at their last sync may still change.
UPDATE brand_ad_accounts
   SET restating_since = (last_synced_at AT TIME ZONE time_zone)::date - 27
 WHERE last_synced_at IS NOT NULL;
--rollback ALTER TABLE brand_ad_accounts DROP COLUMN restating_since;
