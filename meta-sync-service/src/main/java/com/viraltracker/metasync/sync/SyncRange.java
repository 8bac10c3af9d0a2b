package com.viraltracker.metasync.sync;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The days one account is synced for: the last {@code daysBack} days through today, where "today" is the
 * account's (Meta reports days in the account's time zone), reaching further back to the oldest stored day Meta
 * may still revise, and never starting more than 37 months back (Meta rejects older start dates with error 3018).
 */
public record SyncRange(LocalDate since, LocalDate until) {
    static final int RETENTION_MONTHS = 37;

    public static SyncRange lastDays(int daysBack, ZoneId accountZone, Clock clock) {
        return of(daysBack, Optional.empty(), accountZone, clock);
    }

    /** @param restatingSince the oldest stored day that was not yet final when it was last synced, if any */
    public static SyncRange of(int daysBack, Optional<LocalDate> restatingSince, ZoneId accountZone, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), accountZone);
        LocalDate since = today.minusDays(daysBack - 1L);
        if (restatingSince.isPresent() && restatingSince.get().isBefore(since)) {
            since = restatingSince.get();
        }
        LocalDate oldest = today.minusMonths(RETENTION_MONTHS).plusDays(1);
        return new SyncRange(since.isBefore(oldest) ? oldest : since, today);
    }

    public long days() {
        return until.toEpochDay() - since.toEpochDay() + 1;
    }

    /**
     * The oldest day of this range that Meta may still revise once it is synced: days at least
     * {@code windowDays} old are final, younger ones are read again by the next sync. Empty when all are final.
     */
    public Optional<LocalDate> restatingAfterSync(int windowDays) {
        LocalDate youngestFinal = until.minusDays(windowDays);
        LocalDate oldestOpen = youngestFinal.plusDays(1);
        LocalDate first = oldestOpen.isAfter(since) ? oldestOpen : since;
        return first.isAfter(until) ? Optional.empty() : Optional.of(first);
    }
}
