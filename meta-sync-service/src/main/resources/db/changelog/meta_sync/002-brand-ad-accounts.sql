--liquibase formatted sql

--changeset viraltracker:meta-sync-brand-ad-accounts-1
-- Which Meta ad accounts a brand syncs. Currency and time zone are Meta's, read when the account is linked:
-- the sync's "last N days" are days in the account's time zone.
CREATE TABLE brand_ad_accounts (
    brand_id        uuid        NOT NULL,
    ad_account_id   text        NOT NULL CHECK (ad_account_id ~ '^act_[0-9]+$'),
    name            text        NOT NULL,
    currency        char(3)     NOT NULL,
    time_zone       text        NOT NULL,
    account_status  integer     NOT NULL,
    linked_at       timestamptz NOT NULL,
    last_synced_at  timestamptz,
    CONSTRAINT brand_ad_accounts_pk PRIMARY KEY (brand_id, ad_account_id)
);
--rollback DROP TABLE brand_ad_accounts;
