--liquibase formatted sql

--changeset viraltracker:ad_creation-products-1
-- What an ad is about. benefits and brand_colors are small ordered lists, so arrays rather than child tables.
CREATE TABLE products (
    id           uuid          PRIMARY KEY,
    brand_id     uuid          NOT NULL,
    name         text          NOT NULL,
    description  text          NOT NULL DEFAULT '',
    benefits     text[]        NOT NULL DEFAULT '{}',
    price        numeric(12,2),
    currency     char(3)       NOT NULL DEFAULT 'USD',
    offer        text,
    brand_colors text[]        NOT NULL DEFAULT '{}',
    created_at   timestamptz   NOT NULL,
    updated_at   timestamptz   NOT NULL
);
-- GET /api/v1/products?brandId= lists a brand's products by name.
CREATE INDEX products_brand_name_idx ON products (brand_id, name);
--rollback DROP TABLE products;

--changeset viraltracker:ad_creation-products-2
-- The uploaded product image, apart from the product row so listing products never reads image bytes.
CREATE TABLE product_images (
    product_id   uuid        PRIMARY KEY REFERENCES products (id) ON DELETE CASCADE,
    content_type text        NOT NULL,
    width        integer     NOT NULL,
    height       integer     NOT NULL,
    bytes        bytea       NOT NULL,
    sha256       text        NOT NULL,
    uploaded_at  timestamptz NOT NULL
);
--rollback DROP TABLE product_images;
