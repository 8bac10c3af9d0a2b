package com.viraltracker.scorecard.period;

import com.viraltracker.events.serde.SnakeCase;

/**
 * The days one ad account's rows are summed over: its last complete days in its own time zone, because Meta dates
 * each performance row in the account's zone.
 *
 * @param timeZone the zone whose "yesterday" ended {@code period}
 * @param linked   false when the account's rows are still stored but it is no longer linked to the brand, so its
 *                 zone is unknown and the configured zone was used
 */
@SnakeCase
public record AccountPeriod(
        String adAccountId, String timeZone, boolean linked, ReportPeriod period, ReportPeriod previousPeriod) {}
