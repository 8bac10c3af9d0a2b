package com.viraltracker.metasync.sync;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days one account is synced for: the last {@code daysBack} days through today, where "today" is the
 * account's (Meta reports days in the account's time zone), never starting more than 37 months back (Meta
 * rejects older start dates with error 3018).
 */
public record SyncRange(LocalDate since, LocalDate until) {
    static final int RETENTION_MONTHS = 37;

    public static SyncRange lastDays(int daysBack, ZoneId accountZone, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), accountZone);
        LocalDate since = today.minusDays(daysBack - 1L);
        LocalDate oldest = today.minusMonths(RETENTION_MONTHS).plusDays(1);
        return new SyncRange(since.isBefore(oldest) ? oldest : since, today);
    }

    public long days() {
        return until.toEpochDay() - since.toEpochDay() + 1;
    }
}
