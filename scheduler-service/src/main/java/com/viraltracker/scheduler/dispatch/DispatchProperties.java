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
 */
@Validated
@ConfigurationProperties("viraltracker.scheduler")
public record DispatchProperties(
        @Valid @NotNull Dispatch dispatch,
        @Valid @NotNull Relay relay,
        Map<JobType, Duration> timeouts,
        @Valid @NotNull Housekeeping housekeeping) {

    public DispatchProperties {
        // An empty TIMEOUT_* variable binds as a null value: the job type keeps its default.
        Map<JobType, Duration> configured = new EnumMap<>(JobType.class);
        if (timeouts != null) {
            timeouts.forEach((type, timeout) -> {
                if (timeout != null) {
                    configured.put(type, timeout);
                }
            });
        }
        timeouts = Collections.unmodifiableMap(configured);
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
}
