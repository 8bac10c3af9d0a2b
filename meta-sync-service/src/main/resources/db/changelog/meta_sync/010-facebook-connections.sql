--liquibase formatted sql

--changeset viraltracker:meta-sync-facebook-connections-1
-- "Connect Facebook": a brand's connection to one Facebook user through Facebook Login. Its long-lived token is
-- stored only encrypted (AES-256-GCM, bound to brand, connection and key id, as ad_account_tokens are); Meta gives
-- no refresh token, so expires_at is when a new login is needed. One connection per brand and Facebook user:
-- connecting again as the same user replaces the token in place.
CREATE TABLE facebook_connections (
    id                      uuid        NOT NULL,
    brand_id                uuid        NOT NULL,
    facebook_user_id        text        NOT NULL,
    facebook_user_name      text        NOT NULL,
    scopes                  text[]      NOT NULL,
    granted_account_ids     text[]      NOT NULL,
    ciphertext              bytea       NOT NULL CHECK (octet_length(ciphertext) > 28),
    key_id                  text        NOT NULL,
    expires_at              timestamptz,
    data_access_expires_at  timestamptz,
    valid                   boolean     NOT NULL DEFAULT true,
    invalid_reason          text,
    checked_at              timestamptz NOT NULL,
    connected_at            timestamptz NOT NULL,
    connected_by            text,
    CONSTRAINT facebook_connections_pk PRIMARY KEY (id),
    CONSTRAINT facebook_connections_user UNIQUE (brand_id, facebook_user_id)
);
CREATE INDEX facebook_connections_key_id ON facebook_connections (key_id);

-- An account linked through a connection is read with the connection's token. Disconnecting unlinks it.
ALTER TABLE brand_ad_accounts ADD COLUMN connection_id uuid
    REFERENCES facebook_connections (id) ON DELETE CASCADE;
CREATE INDEX brand_ad_accounts_connection ON brand_ad_accounts (connection_id) WHERE connection_id IS NOT NULL;

-- A login in progress: the state sent to the dialog, stored hashed (SHA-256), single-use, bound to the brand and the
-- person who started it, for ten minutes. reconnect_id names the connection a reconnect replaces the token of.
CREATE TABLE facebook_login_states (
    state_hash      bytea       NOT NULL,
    brand_id        uuid        NOT NULL,
    started_by      text        NOT NULL,
    reconnect_id    uuid,
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    CONSTRAINT facebook_login_states_pk PRIMARY KEY (state_hash)
);
CREATE INDEX facebook_login_states_expiry ON facebook_login_states (expires_at);
--rollback DROP TABLE facebook_login_states; ALTER TABLE brand_ad_accounts DROP COLUMN connection_id; DROP TABLE facebook_connections;

--changeset viraltracker:meta-sync-shedlock-1
-- ShedLock's table (JDBC provider): the daily check of Facebook connections runs on one instance at a time.
CREATE TABLE shedlock (
    name       varchar(64)  PRIMARY KEY,
    lock_until timestamptz  NOT NULL,
    locked_at  timestamptz  NOT NULL,
    locked_by  varchar(255) NOT NULL
);
--rollback DROP TABLE shedlock;
