package com.viraltracker.scheduler.runs;

import com.viraltracker.scheduler.schedule.Counted;
import com.viraltracker.scheduler.schedule.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * A brand's runs across its schedules (manual and external runs included), newest occurrence first, each with its
 * schedule's name. Relies on index {@code job_runs_brand_history} (brand_id, scheduled_for DESC, id DESC): the
 * brand's runs are read in page order, and schedule names are joined for the page only.
 */
@Repository
public class RunHistory {
    private static final String ORDER = " ORDER BY scheduled_for DESC, id DESC";
    private static final String WITH_JOB_NAMES = """
            SELECT page.*, j.name AS job_name
              FROM page LEFT JOIN scheduled_jobs j ON j.id = page.job_id
            """;
    private static final String ONE =
            "WITH page AS (SELECT " + RunRepository.COLUMNS + " FROM job_runs WHERE id = :id)\n" + WITH_JOB_NAMES;

    private final DatabaseClient database;

    public RunHistory(DatabaseClient database) {
        this.database = database;
    }

    public Mono<Page<RunHistoryItem>> list(UUID brandId, RunHistoryFilter filter, int page, int size) {
        List<String> conditions = new ArrayList<>(List.of("brand_id = :brandId"));
        if (filter.status() != null) {
            conditions.add("status = :status");
        }
        if (filter.jobType() != null) {
            conditions.add("job_type = :jobType");
        }
        String sql = "WITH page AS (SELECT " + RunRepository.COLUMNS + ", count(*) OVER () AS total FROM job_runs"
                + " WHERE " + String.join(" AND ", conditions) + ORDER + " LIMIT :limit OFFSET :offset)\n"
                + WITH_JOB_NAMES + ORDER;
        var spec =
                database.sql(sql).bind("brandId", brandId).bind("limit", size).bind("offset", (long) page * size);
        if (filter.status() != null) {
            spec = spec.bind("status", filter.status().wireName());
        }
        if (filter.jobType() != null) {
            spec = spec.bind("jobType", filter.jobType().wireName());
        }
        return spec.map(row -> new Counted<>(
                        RunHistoryItem.of(RunRepository.toRun(row), row.get("job_name", String.class)),
                        row.get("total", Long.class)))
                .all()
                .collectList()
                .map(rows -> Page.of(rows, page, size));
    }

    /** One run as the history shows it. */
    public Mono<RunHistoryItem> find(UUID runId) {
        return database.sql(ONE)
                .bind("id", runId)
                .map(row -> RunHistoryItem.of(RunRepository.toRun(row), row.get("job_name", String.class)))
                .one();
    }
}
