package com.viraltracker.scheduler.dispatch;

import com.viraltracker.events.JobType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Tuning of the dispatcher, the outbox relay and housekeeping ({@code viraltracker.scheduler.*}).
 *
 * @param dispatch     how due schedules are claimed
 * @param relay        how queued runs are published
 * @param timeouts     how long a run of each type may go without a terminal result before it is timed out
 * @param housekeeping the reaper and the retention purge
 */
@Validated
@ConfigurationProperties("viraltracker.scheduler")
public record DispatchProperties(
        @Valid @NotNull Dispatch dispatch,
        @Valid @NotNull Relay relay,
        @Valid @NotNull Timeouts timeouts,
        @Valid @NotNull Housekeeping housekeeping) {

    /**
     * @param batchSize   schedules claimed per transaction
     * @param concurrency claims in flight at once while a backlog (a full batch) is drained
     * @param maxSleep    longest the dispatcher sleeps with nothing due, in case a notification is lost
     */
    public record Dispatch(
            @Min(1) @Max(10_000) int batchSize,
            @Min(1) @Max(16) int concurrency,
            @NotNull Duration maxSleep) {}

    /**
     * @param batchSize      runs published per transaction
     * @param publishTimeout how long to wait for the broker's acknowledgement of a batch
     * @param retryBackoff   how long a run whose publish failed waits before the next attempt
     */
    public record Relay(
            @Min(1) @Max(10_000) int batchSize,
            @NotNull Duration publishTimeout,
            @NotNull Duration retryBackoff) {}

    public record Timeouts(
            @NotNull Duration metaSync,
            @NotNull Duration scorecard,
            @NotNull Duration adCreation) {
        public Duration of(JobType type) {
            return switch (type) {
                case META_SYNC -> metaSync;
                case SCORECARD -> scorecard;
                case AD_CREATION -> adCreation;
            };
        }
    }

    /**
     * @param reaperInterval how often runs past their timeout are looked for
     * @param retention      finished runs older than this are purged
     * @param purgeInterval  how often the purge runs
     */
    public record Housekeeping(
            @NotNull Duration reaperInterval,
            @NotNull Duration retention,
            @NotNull Duration purgeInterval) {}
}
