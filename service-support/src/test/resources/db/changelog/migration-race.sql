--liquibase formatted sql

--changeset test:race-1
CREATE SCHEMA IF NOT EXISTS race;
CREATE TABLE race.things (id bigint PRIMARY KEY);

--changeset test:race-2
INSERT INTO race.things (id) VALUES (1);
