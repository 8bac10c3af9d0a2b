package com.viraltracker.scorecard.period;

import com.viraltracker.scorecard.ScorecardProperties;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The time zone whose "yesterday" ends a brand's period. Meta dates each performance row in the ad account's
 * zone, which meta-sync-service does not publish yet, so it is configured per brand (default Pacific time).
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
