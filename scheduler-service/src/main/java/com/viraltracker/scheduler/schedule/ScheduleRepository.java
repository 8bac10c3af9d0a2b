package com.viraltracker.scheduler.schedule;

import com.viraltracker.events.JobType;
import com.viraltracker.support.security.BrandScope;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** All SQL on {@code scheduled_jobs} outside the dispatcher's claim. */
@Repository
public class ScheduleRepository {
    public static final String COLUMNS = """
            id, brand_id, product_id, template_mode, name, job_type, schedule_type, cron_expression, timezone,
            next_run_at, parameters, status, last_run_at, last_run_status, last_error, last_run_id, created_at,
            updated_at, created_by, updated_by""";
    private static final String INSERT = """
            INSERT INTO scheduled_jobs (id, brand_id, product_id, template_mode, name, job_type, schedule_type,
                                        cron_expression, timezone, next_run_at, parameters, status, created_by,
                                        updated_by)
            VALUES (:id, :brandId, :productId, :templateMode, :name, :jobType, :scheduleType, :cron, :timezone,
                    :nextRunAt, :parameters, 'active', :by, :by)
            RETURNING\s""" + COLUMNS;
    private static final String FIND = "SELECT " + COLUMNS + " FROM scheduled_jobs WHERE id = :id";
    private static final String UPDATE_DEFINITION = """
            UPDATE scheduled_jobs
               SET name = :name, cron_expression = :cron, timezone = :timezone, parameters = :parameters,
                   product_id = :productId, template_mode = :templateMode, next_run_at = :nextRunAt,
                   updated_at = now(), updated_by = :by
             WHERE id = :id
            RETURNING\s""" + COLUMNS;
    private static final String SET_STATUS = """
            UPDATE scheduled_jobs SET status = :status, next_run_at = :nextRunAt, updated_at = now(), updated_by = :by
             WHERE id = :id
            RETURNING\s""" + COLUMNS;
    private static final String DELETE = "DELETE FROM scheduled_jobs WHERE id = :id";
    private static final String EARLIEST_DUE = """
            SELECT min(next_run_at) AS earliest FROM scheduled_jobs WHERE status = 'active'""";

    private final DatabaseClient database;

    public ScheduleRepository(DatabaseClient database) {
        this.database = database;
    }

    /** @param by the token subject of who creates it */
    public Mono<ScheduledJob> insert(NewSchedule schedule, String by) {
        var spec = database.sql(INSERT)
                .bind("id", schedule.id())
                .bind("by", by)
                .bind("brandId", schedule.brandId())
                .bind("name", schedule.name())
                .bind("jobType", schedule.jobType().wireName())
                .bind("scheduleType", schedule.scheduleType().wireName())
                .bind("timezone", schedule.timezone())
                .bind("parameters", JsonColumns.write(schedule.parameters()));
        spec = schedule.productId() == null
                ? spec.bindNull("productId", UUID.class)
                : spec.bind("productId", schedule.productId());
        spec = schedule.templateMode() == null
                ? spec.bindNull("templateMode", String.class)
                : spec.bind("templateMode", schedule.templateMode());
        spec = schedule.cronExpression() == null
                ? spec.bindNull("cron", String.class)
                : spec.bind("cron", schedule.cronExpression());
        spec = schedule.nextRunAt() == null
                ? spec.bindNull("nextRunAt", Instant.class)
                : spec.bind("nextRunAt", schedule.nextRunAt());
        return spec.map(ScheduleRepository::toJob).one();
    }

    public Mono<ScheduledJob> findById(UUID id) {
        return database.sql(FIND).bind("id", id).map(ScheduleRepository::toJob).one();
    }

    public Mono<ScheduledJob> updateDefinition(
            UUID id,
            String name,
            String cron,
            String timezone,
            Map<String, Object> parameters,
            UUID productId,
            String templateMode,
            Instant nextRunAt,
            String by) {
        var spec = database.sql(UPDATE_DEFINITION)
                .bind("id", id)
                .bind("by", by)
                .bind("name", name)
                .bind("timezone", timezone)
                .bind("parameters", JsonColumns.write(parameters));
        spec = cron == null ? spec.bindNull("cron", String.class) : spec.bind("cron", cron);
        spec = productId == null ? spec.bindNull("productId", UUID.class) : spec.bind("productId", productId);
        spec = templateMode == null
                ? spec.bindNull("templateMode", String.class)
                : spec.bind("templateMode", templateMode);
        spec = nextRunAt == null ? spec.bindNull("nextRunAt", Instant.class) : spec.bind("nextRunAt", nextRunAt);
        return spec.map(ScheduleRepository::toJob).one();
    }

    public Mono<ScheduledJob> setStatus(UUID id, ScheduleStatus status, Instant nextRunAt, String by) {
        var spec = database.sql(SET_STATUS)
                .bind("id", id)
                .bind("status", status.wireName())
                .bind("by", by);
        spec = nextRunAt == null ? spec.bindNull("nextRunAt", Instant.class) : spec.bind("nextRunAt", nextRunAt);
        return spec.map(ScheduleRepository::toJob).one();
    }

    public Mono<Boolean> delete(UUID id) {
        return database.sql(DELETE).bind("id", id).fetch().rowsUpdated().map(count -> count > 0);
    }

    /** The earliest due time of an active schedule: the dispatcher sleeps until then. */
    public Mono<Optional<Instant>> earliestDue() {
        return database.sql(EARLIEST_DUE)
                .map(row -> Optional.ofNullable(row.get("earliest", Instant.class)))
                .one();
    }

    /**
     * A page of schedules, newest first, of the brands in scope only, filtered by whichever of brand, type and status
     * are given.
     */
    public Mono<Page<ScheduledJob>> list(ScheduleFilter filter, BrandScope scope, int page, int size) {
        List<String> conditions = new ArrayList<>();
        conditions.add("(:everyBrand OR brand_id = any(:brands))");
        if (filter.brandId() != null) {
            conditions.add("brand_id = :brandId");
        }
        if (filter.jobType() != null) {
            conditions.add("job_type = :jobType");
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
        }
        String where = " WHERE " + String.join(" AND ", conditions);
        String select = "SELECT " + COLUMNS + ", count(*) OVER () AS total FROM scheduled_jobs" + where
                + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset";
        var spec = database.sql(select)
                .bind("limit", size)
                .bind("offset", (long) page * size)
                .bind("everyBrand", scope.everyBrand())
                .bind("brands", scope.brandArray());
        if (filter.brandId() != null) {
            spec = spec.bind("brandId", filter.brandId());
        }
        if (filter.jobType() != null) {
            spec = spec.bind("jobType", filter.jobType().wireName());
        }
        if (filter.status() != null) {
            spec = spec.bind("status", filter.status().wireName());
        }
        return spec.map(row -> new Counted<>(toJob(row), row.get("total", Long.class)))
                .all()
                .collectList()
                .map(rows -> Page.of(rows, page, size));
    }

    /**
     * A brand's recurring schedules of a job type, oldest first: what a panel shows and edits. One-time jobs of the
     * type (a backfill, a job inserted with SQL) are not the panel's schedule.
     */
    public Flux<ScheduledJob> findRecurringByBrandAndType(UUID brandId, JobType type) {
        return database.sql(
                        "SELECT " + COLUMNS + " FROM scheduled_jobs WHERE brand_id = :brandId AND job_type = :jobType"
                                + " AND schedule_type = 'recurring' ORDER BY created_at")
                .bind("brandId", brandId)
                .bind("jobType", type.wireName())
                .map(ScheduleRepository::toJob)
                .all();
    }

    public static ScheduledJob toJob(Readable row) {
        return new ScheduledJob(
                row.get("id", UUID.class),
                row.get("brand_id", UUID.class),
                row.get("name", String.class),
                JobType.ofWireName(row.get("job_type", String.class)),
                ScheduleType.of(row.get("schedule_type", String.class)),
                row.get("cron_expression", String.class),
                row.get("timezone", String.class),
                ScheduleStatus.fromWireName(row.get("status", String.class)).orElseThrow(),
                row.get("next_run_at", Instant.class),
                JsonColumns.read(row.get("parameters", Json.class)),
                row.get("product_id", UUID.class),
                row.get("template_mode", String.class),
                row.get("last_run_at", Instant.class),
                row.get("last_run_status", String.class),
                row.get("last_error", String.class),
                row.get("last_run_id", UUID.class),
                row.get("created_at", Instant.class),
                row.get("updated_at", Instant.class),
                row.get("created_by", String.class),
                row.get("updated_by", String.class));
    }
}
