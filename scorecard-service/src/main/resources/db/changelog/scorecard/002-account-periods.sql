--liquibase formatted sql

--changeset viraltracker:scorecard-account-periods-1
-- Each ad account's rows are now summed over its own days (its time zone's "yesterday"), so a scorecard's period
-- runs from the earliest to the latest day of its accounts' periods, and the periods compared with are no longer
-- always the equally long run of days before it: they are stored. The time zone is absent when the accounts'
-- zones differ (each currency section of the summary names its accounts' zones and days).
ALTER TABLE scorecards
    ADD COLUMN previous_period_start date,
    ADD COLUMN previous_period_end   date;
UPDATE scorecards
   SET previous_period_start = period_start - (period_end - period_start + 1),
       previous_period_end   = period_start - 1;
ALTER TABLE scorecards
    ALTER COLUMN previous_period_start SET NOT NULL,
    ALTER COLUMN previous_period_end   SET NOT NULL,
    ALTER COLUMN time_zone DROP NOT NULL,
    ADD CONSTRAINT scorecards_previous_period_check CHECK (previous_period_start <= previous_period_end);
--rollback ALTER TABLE scorecards DROP CONSTRAINT scorecards_previous_period_check, DROP COLUMN previous_period_start, DROP COLUMN previous_period_end;
