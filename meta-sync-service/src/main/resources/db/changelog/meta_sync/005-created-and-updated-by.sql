--liquibase formatted sql

--changeset viraltracker:meta-sync-brand-ad-accounts-created-by-1
-- Who linked an ad account to its brand and who linked it again last (refreshing its details or giving it a new
-- token): the subject (sub) of the caller's token. Null on links written by SQL; syncs and token rotation, which no
-- person does, leave it alone.
ALTER TABLE brand_ad_accounts ADD COLUMN created_by text, ADD COLUMN updated_by text;
--rollback ALTER TABLE brand_ad_accounts DROP COLUMN updated_by, DROP COLUMN created_by;
