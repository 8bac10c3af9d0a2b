--liquibase formatted sql

--changeset viraltracker:ad_creation-products-created-by-1
-- Who created a product and who changed it last (its fields or its image): the subject (sub) of the caller's
-- token. Null on products written by SQL.
ALTER TABLE products ADD COLUMN created_by text, ADD COLUMN updated_by text;
--rollback ALTER TABLE products DROP COLUMN updated_by, DROP COLUMN created_by;
