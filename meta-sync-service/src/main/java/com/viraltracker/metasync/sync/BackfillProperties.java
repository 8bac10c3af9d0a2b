package com.viraltracker.metasync.sync;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How a long range is read ({@code viraltracker.meta.backfill.*}); see the README's "Backfill" section for the
 * measurements behind the defaults.
 *
 * @param chunkDays          days per chunk: the unit a run records as finished and a later attempt skips
 * @param maxChunksInFlight  chunks of one account read at the same time
 * @param usageCeiling       no chunk starts while Meta reports the account's usage at or above this percent
 * @param usageRecheck       how long to wait before asking Meta again whether usage fell below the ceiling
 * @param maxUsageWait       how long a run waits for usage to fall (or for {@code estimated_time_to_regain_access}
 *                           to pass) before it fails RATE_LIMITED with a retry-after hint instead
 * @param keepFinishedChunks how long a run's finished chunks are remembered for its later attempts
 */
@Validated
@ConfigurationProperties("viraltracker.meta.backfill")
public record BackfillProperties(
        @Min(1) int chunkDays,
        @Min(1) @Max(8) int maxChunksInFlight,
        @Min(1) @Max(100) double usageCeiling,
        @NotNull Duration usageRecheck,
        @NotNull Duration maxUsageWait,
        @NotNull Duration keepFinishedChunks) {}
