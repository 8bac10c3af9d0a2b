package com.viraltracker.scheduler.housekeeping;

import com.viraltracker.scheduler.dispatch.DispatchProperties;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Deletes finished runs older than the retention period, in bounded batches so it never holds long locks.
 * A schedule's newest run is kept whatever its age, so last_run_id always points at a row.
 * Relies on index {@code job_runs_finished}.
 */
@Component
public class RunRetentionPurge {
    private static final Logger log = LoggerFactory.getLogger(RunRetentionPurge.class);
    private static final int BATCH = 5_000;
    private static final String PURGE = """
            DELETE FROM job_runs
             WHERE id IN (SELECT r.id FROM job_runs r
                           WHERE r.finished_at < :cutoff
                             AND NOT EXISTS (SELECT 1 FROM scheduled_jobs s WHERE s.last_run_id = r.id)
                           LIMIT :batch)""";

    private final DatabaseClient database;
    private final DispatchProperties properties;
    private final Clock clock;

    public RunRetentionPurge(DatabaseClient database, DispatchProperties properties, Clock clock) {
        this.database = database;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${viraltracker.scheduler.housekeeping.purge-interval}", initialDelay = 60_000)
    @SchedulerLock(name = "run-retention-purge", lockAtMostFor = "PT30M")
    public void purgeOnSchedule() {
        Long purged = purge().block();
        if (purged != null && purged > 0) {
            log.info(
                    "purged {} runs finished more than {} ago",
                    purged,
                    properties.housekeeping().retention());
        }
    }

    /** @return how many runs were deleted */
    public Mono<Long> purge() {
        var cutoff = clock.instant().minus(properties.housekeeping().retention());
        return database.sql(PURGE)
                .bind("cutoff", cutoff)
                .bind("batch", BATCH)
                .fetch()
                .rowsUpdated()
                .expand(deleted -> deleted == BATCH
                        ? database.sql(PURGE)
                                .bind("cutoff", cutoff)
                                .bind("batch", BATCH)
                                .fetch()
                                .rowsUpdated()
                        : Mono.empty())
                .reduce(0L, Long::sum);
    }
}
