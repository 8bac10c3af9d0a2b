package com.viraltracker.scheduler.dispatch;

import com.viraltracker.events.request.JobRequested;
import com.viraltracker.support.r2dbc.BinaryArray;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Claims a batch of due schedules and, in the same transaction, inserts one run per occurrence, moves each
 * schedule to its next occurrence and publishes the runs' events, committing once the broker acknowledged them.
 * {@code FOR UPDATE SKIP LOCKED} lets several scheduler instances claim side by side without waiting on each
 * other; {@code unique (job_id, scheduled_for)} makes a double dispatch impossible even if two of them ever saw
 * the same row. Relies on index {@code scheduled_jobs_due}.
 *
 * <p>Why publish inside the claim rather than leave every run to the outbox relay: each run is then written once
 * (as dispatched) instead of inserted as pending and updated again, and it reaches Kafka without a second
 * transaction and a wake-up in between. The guarantees stay the relay's: a run is stored as dispatched only if
 * its event was acknowledged; a run whose publish failed is stored as pending, so the relay retries it; a crash
 * after the publish and before the commit leaves the schedule due, and it is published again under the same run
 * id ({@link OccurrenceRunIds}), which workers treat as a duplicate. A worker's result that overtakes the commit
 * waits on the run's row lock, so it is applied to the dispatched run, never recorded as an unknown one.
 */
@Component
public class DueJobClaimer {
    /*
     * Two claims, not one "next_run_at <= :now OR next_run_at IS NULL": with the OR, PostgreSQL cannot walk
     * index scheduled_jobs_due in order and scans and sorts every active schedule for each batch (quadratic in
     * a large backlog); each half on its own is an index range scan that stops after :limit rows.
     */
    /** Rows inserted without next_run_at (plain SQL) are claimed at once to get their first run time from the cron. */
    private static final String CLAIM_UNSCHEDULED = "SELECT " + DueSchedule.COLUMNS + "\n" + """
             FROM scheduled_jobs
             WHERE status = 'active' AND next_run_at IS NULL
             LIMIT :limit
             FOR UPDATE SKIP LOCKED""";

    private static final String CLAIM_DUE = "SELECT " + DueSchedule.COLUMNS + "\n" + """
             FROM scheduled_jobs
             WHERE status = 'active' AND next_run_at <= :now
             ORDER BY next_run_at
             LIMIT :limit
             FOR UPDATE SKIP LOCKED""";
    /*
     * The rows travel as one array per column, in PostgreSQL's binary array format (BinaryArray): no element is
     * formatted as text here or parsed there, and only the parameters and the summary are JSON (by the planner).
     * ON CONFLICT without a target: besides the occurrence, the run id may exist already, if a worker's result
     * for a claim that never committed was recorded as an external run (see ResultApplier).
     */
    private static final String INSERT_RUNS = """
            INSERT INTO job_runs (id, job_id, brand_id, job_type, scheduled_for, trigger, status, parameters, summary,
                                  error_category, error_message, finished_at, dispatched_at, publish_attempts,
                                  last_publish_attempt_at)
            SELECT r.id, r.job_id, r.brand_id, r.job_type, r.scheduled_for, r.trigger, r.status,
                   CAST(r.parameters AS jsonb), CAST(r.summary AS jsonb), r.error_category, r.error_message,
                   r.finished_at, r.dispatched_at, r.publish_attempts, r.dispatched_at
              FROM unnest(CAST(:ids AS uuid[]), CAST(:jobIds AS uuid[]), CAST(:brandIds AS uuid[]),
                          CAST(:jobTypes AS text[]), CAST(:scheduledFor AS timestamptz[]), CAST(:triggers AS text[]),
                          CAST(:statuses AS text[]), CAST(:parameters AS text[]), CAST(:summaries AS text[]),
                          CAST(:errorCategories AS text[]), CAST(:errorMessages AS text[]),
                          CAST(:finishedAt AS timestamptz[]), CAST(:dispatchedAt AS timestamptz[]),
                          CAST(:publishAttempts AS integer[]))
                   AS r(id, job_id, brand_id, job_type, scheduled_for, trigger, status, parameters, summary,
                        error_category, error_message, finished_at, dispatched_at, publish_attempts)
            ON CONFLICT DO NOTHING
            RETURNING id""";
    /** Runs whose publish failed go back to the outbox, for the relay to retry after its back-off. */
    private static final String QUEUE_UNPUBLISHED = """
            UPDATE job_runs
               SET status = 'pending', dispatched_at = NULL, last_publish_error = :error
             WHERE id = ANY(:ids)""";

    private static final String ADVANCE = """
            UPDATE scheduled_jobs s
               SET next_run_at = a.next_run_at,
                   status = a.status,
                   last_run_status = coalesce(a.last_run_status, s.last_run_status),
                   last_error = CASE WHEN a.last_run_status IS NULL THEN s.last_error ELSE a.last_error END,
                   last_run_at = coalesce(a.last_run_at, s.last_run_at),
                   last_run_id = coalesce(a.last_run_id, s.last_run_id),
                   last_run_scheduled_for = coalesce(a.last_run_scheduled_for, s.last_run_scheduled_for),
                   updated_at = now()
              FROM unnest(CAST(:ids AS uuid[]), CAST(:nextRunAt AS timestamptz[]), CAST(:statuses AS text[]),
                          CAST(:lastRunStatuses AS text[]), CAST(:lastErrors AS text[]),
                          CAST(:lastRunAt AS timestamptz[]), CAST(:lastRunIds AS uuid[]),
                          CAST(:lastRunScheduledFor AS timestamptz[]))
                   AS a(id, next_run_at, status, last_run_status, last_error, last_run_at, last_run_id,
                        last_run_scheduled_for)
             WHERE s.id = a.id""";

    private static final Logger log = LoggerFactory.getLogger(DueJobClaimer.class);

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final RunPublisher publisher;
    private final DispatchPlanner planner = new DispatchPlanner(OccurrenceRunIds::of);

    public DueJobClaimer(DatabaseClient database, TransactionalOperator transaction, RunPublisher publisher) {
        this.database = database;
        this.transaction = transaction;
        this.publisher = publisher;
    }

    /** @return how many schedules were claimed (a full batch means there may be more due) */
    public Mono<ClaimOutcome> claim(Instant now, int batchSize) {
        Mono<ClaimOutcome> work = rows(database.sql(CLAIM_UNSCHEDULED).bind("limit", batchSize))
                .flatMap(unscheduled -> unscheduled.size() == batchSize
                        ? Mono.just(unscheduled)
                        : rows(database.sql(CLAIM_DUE).bind("now", now).bind("limit", batchSize - unscheduled.size()))
                                .map(due -> concat(unscheduled, due)))
                .flatMap(due -> {
                    if (due.isEmpty()) {
                        return Mono.just(ClaimOutcome.NONE);
                    }
                    DispatchPlan plan = planner.plan(due, now);
                    return dispatch(plan, now)
                            .map(queued ->
                                    new ClaimOutcome(due.size(), plan.runs().size(), queued));
                });
        return transaction.transactional(work);
    }

    private static Mono<List<DueSchedule>> rows(DatabaseClient.GenericExecuteSpec claim) {
        return claim.map(DueSchedule::of).all().collectList();
    }

    private static List<DueSchedule> concat(List<DueSchedule> first, List<DueSchedule> second) {
        if (first.isEmpty()) {
            return second;
        }
        List<DueSchedule> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /**
     * Writes the plan and publishes its runs, unless the broker looked unreachable at the last attempt: then the
     * runs wait in the outbox instead of holding this claim open for a publish timeout.
     *
     * @return how many runs were left in the outbox for the relay
     */
    private Mono<Integer> dispatch(DispatchPlan plan, Instant now) {
        boolean publishNow = !publisher.brokerLooksUnreachable();
        Mono<Set<UUID>> inserted = plan.runs().isEmpty()
                ? Mono.just(Set.of())
                : bindRuns(database.sql(INSERT_RUNS), plan.runs(), publishNow, now)
                        .map(row -> row.get(0, UUID.class))
                        .all()
                        .collect(Collectors.toSet());
        Mono<Long> advances =
                bindAdvances(database.sql(ADVANCE), plan.advances()).fetch().rowsUpdated();
        return inserted.flatMap(ids -> {
            List<JobRequested> requests = plan.runs().stream()
                    .filter(run -> run.toPublish() && ids.contains(run.id()))
                    .map(DispatchPlan.NewRun::request)
                    .toList();
            return advances.then(publishNow ? publish(requests) : Mono.just(requests.size()));
        });
    }

    private Mono<Integer> publish(List<JobRequested> requests) {
        if (requests.isEmpty()) {
            return Mono.just(0);
        }
        return publisher.publish(requests).flatMap(outcome -> {
            if (outcome.failed().isEmpty()) {
                return Mono.just(0);
            }
            log.warn(
                    "could not publish {} of {} runs, queued them for the relay: {}",
                    outcome.failed().size(),
                    requests.size(),
                    outcome.failedBecause());
            return database.sql(QUEUE_UNPUBLISHED)
                    .bind("ids", outcome.failed().toArray(UUID[]::new))
                    .bind("error", outcome.failedBecause())
                    .fetch()
                    .rowsUpdated()
                    .thenReturn(outcome.failed().size());
        });
    }

    private static DatabaseClient.GenericExecuteSpec bindRuns(
            DatabaseClient.GenericExecuteSpec insert, List<DispatchPlan.NewRun> runs, boolean publishNow, Instant now) {
        return insert.bind("ids", BinaryArray.uuids(runs, DispatchPlan.NewRun::id))
                .bind("jobIds", BinaryArray.uuids(runs, DispatchPlan.NewRun::jobId))
                .bind("brandIds", BinaryArray.uuids(runs, DispatchPlan.NewRun::brandId))
                .bind("jobTypes", BinaryArray.texts(runs, DispatchPlan.NewRun::jobType))
                .bind("scheduledFor", BinaryArray.timestamps(runs, DispatchPlan.NewRun::scheduledFor))
                .bind("triggers", BinaryArray.texts(runs, DispatchPlan.NewRun::trigger))
                .bind(
                        "statuses",
                        BinaryArray.texts(
                                runs, run -> storedAsDispatched(run, publishNow) ? "dispatched" : run.status()))
                .bind("parameters", BinaryArray.texts(runs, DispatchPlan.NewRun::parametersJson))
                .bind("summaries", BinaryArray.texts(runs, DispatchPlan.NewRun::summaryJson))
                .bind("errorCategories", BinaryArray.texts(runs, DispatchPlan.NewRun::errorCategory))
                .bind("errorMessages", BinaryArray.texts(runs, DispatchPlan.NewRun::errorMessage))
                .bind("finishedAt", BinaryArray.timestamps(runs, DispatchPlan.NewRun::finishedAt))
                .bind(
                        "dispatchedAt",
                        BinaryArray.timestamps(runs, run -> storedAsDispatched(run, publishNow) ? now : null))
                .bind(
                        "publishAttempts",
                        BinaryArray.integers(runs, run -> storedAsDispatched(run, publishNow) ? 1 : 0));
    }

    /** Stored as dispatched up front: the transaction commits only after the publish, or marks it pending. */
    private static boolean storedAsDispatched(DispatchPlan.NewRun run, boolean publishNow) {
        return run.toPublish() && publishNow;
    }

    private static DatabaseClient.GenericExecuteSpec bindAdvances(
            DatabaseClient.GenericExecuteSpec update, List<DispatchPlan.Advance> advances) {
        return update.bind("ids", BinaryArray.uuids(advances, DispatchPlan.Advance::id))
                .bind("nextRunAt", BinaryArray.timestamps(advances, DispatchPlan.Advance::nextRunAt))
                .bind("statuses", BinaryArray.texts(advances, DispatchPlan.Advance::status))
                .bind("lastRunStatuses", BinaryArray.texts(advances, DispatchPlan.Advance::lastRunStatus))
                .bind("lastErrors", BinaryArray.texts(advances, DispatchPlan.Advance::lastError))
                .bind("lastRunAt", BinaryArray.timestamps(advances, DispatchPlan.Advance::lastRunAt))
                .bind("lastRunIds", BinaryArray.uuids(advances, DispatchPlan.Advance::lastRunId))
                .bind(
                        "lastRunScheduledFor",
                        BinaryArray.timestamps(advances, DispatchPlan.Advance::lastRunScheduledFor));
    }

    /** @param claimed schedules claimed; @param runs runs planned for them; @param queued runs left to the relay */
    public record ClaimOutcome(int claimed, int runs, int queued) {
        static final ClaimOutcome NONE = new ClaimOutcome(0, 0, 0);
    }
}
