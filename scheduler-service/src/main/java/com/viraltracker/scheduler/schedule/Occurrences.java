package com.viraltracker.scheduler.schedule;

import java.time.Instant;

/**
 * What to do with a recurring schedule found due: run the due occurrence once, skip the ones missed while the
 * dispatcher was down (counted, for the run's summary), and continue from the first occurrence after now.
 *
 * @param skipped occurrences between the due one and now that will not run
 * @param next    the next occurrence after now, or null when the expression never fires again
 */
public record Occurrences(int skipped, Instant next) {
    /** Enough to say "at least this many" without looping for ever over a once-a-minute cron after a long outage. */
    public static final int MAX_COUNTED = 100_000;

    public static Occurrences after(CronSchedule schedule, Instant due, Instant now) {
        int skipped = 0;
        Instant next = schedule.nextAfter(due);
        while (next != null && !next.isAfter(now)) {
            if (skipped < MAX_COUNTED) {
                skipped++;
                next = schedule.nextAfter(next);
            } else {
                next = schedule.nextAfter(now);
            }
        }
        return new Occurrences(skipped, next);
    }
}
