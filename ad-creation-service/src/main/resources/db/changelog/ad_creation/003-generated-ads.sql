--liquibase formatted sql

--changeset viraltracker:ad_creation-generated-ads-1
-- One row per variation of a run; unique (run_id, variation_index) is what makes a redelivered run an upsert.
-- The template name is copied so an ad still says what it was made from after its template is deleted.
CREATE TABLE generated_ads (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    run_id          uuid        NOT NULL,
    brand_id        uuid        NOT NULL,
    product_id      uuid        NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    template_id     uuid        REFERENCES templates (id) ON DELETE SET NULL,
    template_name   text        NOT NULL,
    variation_index integer     NOT NULL,
    color_mode      text        NOT NULL,
    headline        text        NOT NULL,
    primary_text    text        NOT NULL,
    image_text      text        NOT NULL,
    call_to_action  text        NOT NULL,
    width           integer     NOT NULL,
    height          integer     NOT NULL,
    png             bytea       NOT NULL,
    content_hash    text        NOT NULL,
    created_at      timestamptz NOT NULL,
    CONSTRAINT generated_ads_run_variation_key UNIQUE (run_id, variation_index)
);
-- GET /api/v1/products/{id}/ads lists a product's ads, newest first.
CREATE INDEX generated_ads_product_created_idx ON generated_ads (product_id, created_at DESC, variation_index);
--rollback DROP TABLE generated_ads;
