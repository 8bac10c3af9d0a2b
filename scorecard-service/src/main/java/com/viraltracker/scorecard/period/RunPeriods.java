package com.viraltracker.scorecard.period;

import com.viraltracker.scorecard.performance.AdAccountReader;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A run's periods: each linked account's in its own zone, the configured zone for the brand's other rows. */
@Component
public class RunPeriods {
    private final AdAccountReader accounts;
    private final ReportingTimeZones timeZones;

    public RunPeriods(AdAccountReader accounts, ReportingTimeZones timeZones) {
        this.accounts = accounts;
        this.timeZones = timeZones;
    }

    public BrandPeriods of(UUID brandId, Instant asOf, int days) {
        return BrandPeriods.endingYesterday(asOf, days, accounts.linkedTo(brandId), timeZones.zoneOf(brandId));
    }
}
