--liquibase formatted sql

--changeset viraltracker:ad_creation-templates-1
-- The layout library. layout is the JSON of TemplateLayout (regions, palette, decor); it is validated by the
-- service on every write, so the renderer can trust it.
CREATE TABLE templates (
    id         uuid        PRIMARY KEY,
    name       text        NOT NULL UNIQUE,
    width      integer     NOT NULL CHECK (width BETWEEN 320 AND 2160),
    height     integer     NOT NULL CHECK (height BETWEEN 320 AND 3840),
    layout     jsonb       NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
--rollback DROP TABLE templates;
