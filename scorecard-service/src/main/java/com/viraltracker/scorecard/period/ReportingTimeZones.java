package com.viraltracker.scorecard.period;

import com.viraltracker.scorecard.ScorecardProperties;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The configured time zone of a brand (per brand, default Pacific time). Each linked ad account's period uses the
 * account's own zone; this one is for rows of accounts that are no longer linked, whose zone is unknown, and for
 * a brand with no accounts at all.
 */
@Component
public class ReportingTimeZones {
    private final ScorecardProperties properties;

    public ReportingTimeZones(ScorecardProperties properties) {
        this.properties = properties;
    }

    public ZoneId zoneOf(UUID brandId) {
        return properties.brandTimeZones().getOrDefault(brandId, properties.timeZone());
    }
}
