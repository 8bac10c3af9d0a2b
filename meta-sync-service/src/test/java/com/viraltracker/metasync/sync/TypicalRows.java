package com.viraltracker.metasync.sync;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A performance row with ordinary values in every column but the ones a storage test varies. */
final class TypicalRows {
    private TypicalRows() {}

    static PerformanceRow row(
            String account,
            String ad,
            String adName,
            LocalDate day,
            UUID brand,
            String spend,
            Instant syncedAt,
            UUID run) {
        return new PerformanceRow(
                account,
                ad,
                day,
                brand,
                "c-1",
                "Campaign",
                "s-1",
                "Ad set",
                adName,
                "USD",
                new BigDecimal(spend),
                100,
                90,
                5,
                4,
                new BigDecimal("0.050000"),
                new BigDecimal("0.2000"),
                new BigDecimal("10.0000"),
                1,
                new BigDecimal("20.00"),
                2,
                null,
                syncedAt,
                run);
    }
}
