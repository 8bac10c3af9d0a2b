--liquibase formatted sql

--changeset viraltracker:meta-sync-ad-account-tokens-1
-- Phase 7: an ad account outside our Business Manager is read with its own access token, stored encrypted
-- (AES-256-GCM: 12-byte nonce || ciphertext || 16-byte tag, bound to brand, account and key id). Kept apart from
-- brand_ad_accounts, which scorecard-service reads, so no other service's queries ever touch ciphertexts.
CREATE TABLE ad_account_tokens (
    brand_id        uuid        NOT NULL,
    ad_account_id   text        NOT NULL,
    ciphertext      bytea       NOT NULL CHECK (octet_length(ciphertext) > 28),
    key_id          text        NOT NULL,
    set_at          timestamptz NOT NULL,
    rotated_at      timestamptz,
    CONSTRAINT ad_account_tokens_pk PRIMARY KEY (brand_id, ad_account_id),
    CONSTRAINT ad_account_tokens_account_fk FOREIGN KEY (brand_id, ad_account_id)
        REFERENCES brand_ad_accounts (brand_id, ad_account_id) ON DELETE CASCADE
);
-- Start-up finds the key ids in use and rotation the tokens not under the active key.
CREATE INDEX ad_account_tokens_key_id ON ad_account_tokens (key_id);
--rollback DROP TABLE ad_account_tokens;
