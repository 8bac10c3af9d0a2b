--liquibase formatted sql

--changeset viraltracker:meta-sync-brands-1
-- A brand's profile: the name people know it by (the console shows "Wonder Paws", not a UUID). meta-sync owns it
-- because it already owns each brand's link to Meta; a brand exists without a profile (tokens name brands by id).
-- created_by and updated_by are the access token subjects of whoever first named it and last renamed it.
CREATE TABLE brands (
    brand_id    uuid        PRIMARY KEY,
    name        text        NOT NULL,
    created_by  text,
    created_at  timestamptz NOT NULL,
    updated_by  text,
    updated_at  timestamptz NOT NULL,
    CONSTRAINT brands_name_trimmed CHECK (name = btrim(name) AND char_length(name) BETWEEN 1 AND 120)
);
--rollback DROP TABLE brands;
