package com.viraltracker.scorecard.period;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.scorecard.ScorecardProperties;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The configured time zone (for rows of accounts no longer linked, and brands without accounts), bound the way the
 * service binds it.
 */
class ReportingTimeZonesTest {
    private static final UUID BERLIN_BRAND = UUID.fromString("5f0c1a9e-3b7d-4c2a-9e61-0d7f4b2a8c10");

    @Test
    void a_brand_without_its_own_zone_uses_pacific_time() {
        ScorecardProperties properties = bind(Map.of());
        assertThat(new ReportingTimeZones(properties).zoneOf(UUID.randomUUID()))
                .isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(properties.reportLocale()).isEqualTo(Locale.US);
        assertThat(properties.mail().deliveryAttempts()).isEqualTo(3);
    }

    @Test
    void a_brand_can_be_given_its_own_zone_and_the_default_can_change() {
        ScorecardProperties properties = bind(Map.of(
                "viraltracker.scorecard.time-zone",
                "America/New_York",
                "viraltracker.scorecard.brand-time-zones." + BERLIN_BRAND,
                "Europe/Berlin",
                "viraltracker.scorecard.report-locale",
                "de-DE"));
        var zones = new ReportingTimeZones(properties);
        assertThat(zones.zoneOf(BERLIN_BRAND)).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(zones.zoneOf(UUID.randomUUID())).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(properties.reportLocale()).isEqualTo(Locale.GERMANY);
    }

    private static ScorecardProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("viraltracker.scorecard", ScorecardProperties.class);
    }
}
