package com.viraltracker.scheduler.housekeeping;

import com.viraltracker.events.JobType;
import com.viraltracker.scheduler.dispatch.DispatchProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Marks runs that reached no terminal state within their job type's timeout as {@code timed_out}, and shows
 * that on their schedule. The timeout counts from the latest sign of the run: its dispatch, its start or its last
 * progress report, so a long backfill that keeps reporting is not cut off. Runs on one instance at a time
 * (ShedLock). Relies on index {@code job_runs_in_flight}: the latest of those times is never before dispatched_at,
 * so the condition on dispatched_at alone narrows the scan.
 */
@Component
public class TimedOutRunReaper {
    private static final Logger log = LoggerFactory.getLogger(TimedOutRunReaper.class);
    private static final String REAP = """
            WITH reaped AS (
                UPDATE job_runs
                   SET status = 'timed_out', finished_at = :now, error_category = 'TRANSIENT',
                       error_message = :message, updated_at = now()
                 WHERE status IN ('dispatched', 'running') AND job_type = :jobType AND dispatched_at < :cutoff
                   AND greatest(dispatched_at, started_at, last_progress_at) < :cutoff
                RETURNING id, job_id, scheduled_for, error_message
            ), shown AS (
                UPDATE scheduled_jobs s
                   SET last_run_status = 'timed_out', last_error = r.error_message, last_run_id = r.id,
                       last_run_scheduled_for = r.scheduled_for, last_run_at = coalesce(s.last_run_at, :now),
                       updated_at = now()
                  FROM reaped r
                 WHERE s.id = r.job_id
                   AND (s.last_run_id = r.id OR s.last_run_scheduled_for IS NULL
                        OR s.last_run_scheduled_for <= r.scheduled_for)
                RETURNING s.id
            )
            SELECT count(*) AS reaped FROM reaped""";

    private final DatabaseClient database;
    private final DispatchProperties properties;
    private final Clock clock;
    private final MeterRegistry registry;

    public TimedOutRunReaper(
            DatabaseClient database, DispatchProperties properties, Clock clock, MeterRegistry registry) {
        this.database = database;
        this.properties = properties;
        this.clock = clock;
        this.registry = registry;
    }

    @Scheduled(fixedDelayString = "${viraltracker.scheduler.housekeeping.reaper-interval}")
    @SchedulerLock(name = "timed-out-run-reaper", lockAtMostFor = "PT5M")
    public void reapOnSchedule() {
        reap().block();
    }

    /** @return how many runs were timed out */
    public Mono<Long> reap() {
        Instant now = clock.instant();
        return Flux.fromArray(JobType.values())
                .concatMap(type -> reap(type, now))
                .reduce(0L, Long::sum);
    }

    private Mono<Long> reap(JobType type, Instant now) {
        var timeout = properties.timeout(type);
        String message = "no result or progress within " + timeout.toMinutes()
                + " minutes of its dispatch, start or last progress report: is the " + type.wireName()
                + " worker running and consuming " + type.requestTopic() + "?";
        return database.sql(REAP)
                .bind("now", now)
                .bind("jobType", type.wireName())
                .bind("cutoff", now.minus(timeout))
                .bind("message", message)
                .map(row -> row.get("reaped", Long.class))
                .one()
                .doOnNext(count -> {
                    if (count > 0) {
                        log.warn("timed out {} {} run(s) with no result or progress within {}", count, type, timeout);
                        Counter.builder("viraltracker.scheduler.runs.timed.out")
                                .tag("job_type", type.wireName())
                                .register(registry)
                                .increment(count);
                    }
                });
    }
}
