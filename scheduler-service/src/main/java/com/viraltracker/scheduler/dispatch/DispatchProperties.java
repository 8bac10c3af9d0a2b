package com.viraltracker.scheduler.dispatch;

import com.viraltracker.events.JobDescriptors;
import com.viraltracker.events.JobType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Tuning of the dispatcher, the outbox relay and housekeeping ({@code viraltracker.scheduler.*}).
 *
 * @param dispatch     how due schedules are claimed
 * @param relay        how queued runs are published
 * @param timeouts     how long a run of a job type may go without a terminal result before it is timed out, by
 *                     job type ({@code meta-sync: 45m}); a type left out, or set empty, keeps its default from
 *                     {@link JobDescriptors}
 * @param housekeeping the reaper and the retention purge
 * @param retries      when a run that failed with a retryable category is attempted again
 */
@Validated
@ConfigurationProperties("viraltracker.scheduler")
public record DispatchProperties(
        @Valid @NotNull Dispatch dispatch,
        @Valid @NotNull Relay relay,
        Map<JobType, Duration> timeouts,
        @Valid @NotNull Housekeeping housekeeping,
        @Valid @NotNull Retries retries) {

    public DispatchProperties {
        timeouts = configured(timeouts);
    }

    /** The job types given a value: an empty variable ({@code TIMEOUT_*=}) binds as null, keeping the default. */
    private static <T> Map<JobType, T> configured(Map<JobType, T> values) {
        Map<JobType, T> configured = new EnumMap<>(JobType.class);
        if (values != null) {
            values.forEach((type, value) -> {
                if (value != null) {
                    configured.put(type, value);
                }
            });
        }
        return Collections.unmodifiableMap(configured);
    }

    /** How long a run of this type may go without a terminal result: this deployment's setting or the default. */
    public Duration timeout(JobType type) {
        Duration configured = timeouts.get(type);
        return configured != null ? configured : JobDescriptors.of(type).defaultTimeout();
    }

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

    /**
     * @param reaperInterval how often runs past their timeout are looked for
     * @param retention      finished runs older than this are purged
     * @param purgeInterval  how often the purge runs
     */
    public record Housekeeping(
            @NotNull Duration reaperInterval,
            @NotNull Duration retention,
            @NotNull Duration purgeInterval) {}

    /**
     * @param baseBackoff the wait before the second attempt; each further one waits twice as long as the one
     *                    before, up to {@code maxBackoff}, less a random part of up to half (jitter)
     * @param maxBackoff  the longest wait between two attempts (a worker's later hint still wins)
     * @param maxAttempts how many attempts a run of a job type gets in all ({@code meta-sync: 5}); a type left
     *                    out, or set empty, keeps its default from {@link JobDescriptors}
     */
    public record Retries(
            @NotNull Duration baseBackoff,
            @NotNull Duration maxBackoff,
            Map<JobType, @Min(1) @Max(20) Integer> maxAttempts) {

        public Retries {
            maxAttempts = configured(maxAttempts);
        }

        /** How many attempts a run of this type gets in all: this deployment's setting or the default. */
        public int maxAttempts(JobType type) {
            Integer configured = maxAttempts.get(type);
            return configured != null ? configured : JobDescriptors.of(type).defaultMaxAttempts();
        }
    }
}
