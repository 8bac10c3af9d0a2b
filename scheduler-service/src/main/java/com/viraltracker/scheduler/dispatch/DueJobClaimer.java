package com.viraltracker.scheduler.dispatch;

import com.viraltracker.scheduler.schedule.JsonColumns;
import com.viraltracker.scheduler.schedule.ScheduleRepository;
import com.viraltracker.scheduler.schedule.ScheduledJob;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Claims a batch of due schedules and, in the same transaction, inserts one run per occurrence and moves each
 * schedule to its next occurrence. {@code FOR UPDATE SKIP LOCKED} lets several scheduler instances claim side by
 * side without waiting on each other; {@code unique (job_id, scheduled_for)} makes a double dispatch impossible
 * even if two of them ever saw the same row. Relies on index {@code scheduled_jobs_due}.
 */
@Component
public class DueJobClaimer {
    /*
     * Two claims, not one "next_run_at <= :now OR next_run_at IS NULL": with the OR, PostgreSQL cannot walk
     * index scheduled_jobs_due in order and scans and sorts every active schedule for each batch (quadratic in
     * a large backlog); each half on its own is an index range scan that stops after :limit rows.
     */
    /** Rows inserted without next_run_at (plain SQL) are claimed at once to get their first run time from the cron. */
    private static final String CLAIM_UNSCHEDULED = "SELECT " + ScheduleRepository.COLUMNS + "\n" + """
             FROM scheduled_jobs
             WHERE status = 'active' AND next_run_at IS NULL
             LIMIT :limit
             FOR UPDATE SKIP LOCKED""";
    private static final String CLAIM_DUE = "SELECT " + ScheduleRepository.COLUMNS + "\n" + """
             FROM scheduled_jobs
             WHERE status = 'active' AND next_run_at <= :now
             ORDER BY next_run_at
             LIMIT :limit
             FOR UPDATE SKIP LOCKED""";
    private static final String INSERT_RUNS = """
            INSERT INTO job_runs (id, job_id, brand_id, job_type, scheduled_for, trigger, status, parameters, summary,
                                  error_category, error_message, finished_at)
            SELECT r.id, r.job_id, r.brand_id, r.job_type, r.scheduled_for, r.trigger, r.status, r.parameters,
                   r.summary, r.error_category, r.error_message, r.finished_at
              FROM jsonb_to_recordset(:runs) AS r(id uuid, job_id uuid, brand_id uuid, job_type text,
                   scheduled_for timestamptz, trigger text, status text, parameters jsonb, summary jsonb,
                   error_category text, error_message text, finished_at timestamptz)
            ON CONFLICT (job_id, scheduled_for) DO NOTHING""";
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
              FROM jsonb_to_recordset(:advances) AS a(id uuid, next_run_at timestamptz, status text,
                   last_run_status text, last_error text, last_run_at timestamptz, last_run_id uuid,
                   last_run_scheduled_for timestamptz)
             WHERE s.id = a.id""";

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final DispatchPlanner planner = new DispatchPlanner(UUID::randomUUID);

    public DueJobClaimer(DatabaseClient database, TransactionalOperator transaction) {
        this.database = database;
        this.transaction = transaction;
    }

    /** @return how many schedules were claimed (a full batch means there may be more due) */
    public Mono<ClaimOutcome> claim(Instant now, int batchSize) {
        Mono<ClaimOutcome> work = rows(database.sql(CLAIM_UNSCHEDULED).bind("limit", batchSize))
                .flatMap(unscheduled -> unscheduled.size() == batchSize ? Mono.just(unscheduled)
                        : rows(database.sql(CLAIM_DUE).bind("now", now).bind("limit", batchSize - unscheduled.size()))
                        .map(due -> concat(unscheduled, due)))
                .flatMap(due -> {
                    if (due.isEmpty()) {
                        return Mono.just(ClaimOutcome.NONE);
                    }
                    DispatchPlan plan = planner.plan(due, now);
                    return write(plan).thenReturn(new ClaimOutcome(due.size(), plan.runs().size()));
                });
        return transaction.transactional(work);
    }

    private static Mono<List<ScheduledJob>> rows(DatabaseClient.GenericExecuteSpec claim) {
        return claim.map(ScheduleRepository::toJob).all().collectList();
    }

    private static List<ScheduledJob> concat(List<ScheduledJob> first, List<ScheduledJob> second) {
        if (first.isEmpty()) {
            return second;
        }
        List<ScheduledJob> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private Mono<Void> write(DispatchPlan plan) {
        Mono<Long> runs = plan.runs().isEmpty() ? Mono.just(0L)
                : database.sql(INSERT_RUNS).bind("runs", JsonColumns.write(plan.runs().stream()
                        .map(DueJobClaimer::runRecord).toList())).fetch().rowsUpdated();
        Mono<Long> advances = database.sql(ADVANCE).bind("advances", JsonColumns.write(plan.advances().stream()
                .map(DueJobClaimer::advanceRecord).toList())).fetch().rowsUpdated();
        return runs.then(advances).then();
    }

    private static java.util.Map<String, Object> runRecord(DispatchPlan.NewRun run) {
        var record = new java.util.HashMap<String, Object>();
        record.put("id", run.id());
        record.put("job_id", run.jobId());
        record.put("brand_id", run.brandId());
        record.put("job_type", run.jobType());
        record.put("scheduled_for", run.scheduledFor());
        record.put("trigger", run.trigger());
        record.put("status", run.status());
        record.put("parameters", run.parameters());
        record.put("summary", run.summary());
        record.put("error_category", run.errorCategory());
        record.put("error_message", run.errorMessage());
        record.put("finished_at", run.finishedAt());
        return record;
    }

    private static java.util.Map<String, Object> advanceRecord(DispatchPlan.Advance advance) {
        var record = new java.util.HashMap<String, Object>();
        record.put("id", advance.id());
        record.put("next_run_at", advance.nextRunAt());
        record.put("status", advance.status());
        record.put("last_run_status", advance.lastRunStatus());
        record.put("last_error", advance.lastError());
        record.put("last_run_at", advance.lastRunAt());
        record.put("last_run_id", advance.lastRunId());
        record.put("last_run_scheduled_for", advance.lastRunScheduledFor());
        return record;
    }

    /** @param claimed schedules claimed; @param runs runs inserted for them */
    public record ClaimOutcome(int claimed, int runs) {
        static final ClaimOutcome NONE = new ClaimOutcome(0, 0);
    }
}
