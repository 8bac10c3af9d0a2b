package com.viraltracker.scheduler.runs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often one brand may ask for manual runs ({@code POST /api/v1/jobs/{id}/run}).
 *
 * @param perBrand {@code RUN_NOW_LIMIT} (10): manual runs a brand may start per period
 * @param period   {@code RUN_NOW_PERIOD} (1m): the period over which they refill
 */
@ConfigurationProperties("viraltracker.scheduler.run-now")
public record RunNowProperties(int perBrand, Duration period) {
    public RunNowProperties {
        if (perBrand < 1) {
            throw new IllegalArgumentException("RUN_NOW_LIMIT must be at least 1");
        }
        if (period == null || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("RUN_NOW_PERIOD must be positive");
        }
    }
}
