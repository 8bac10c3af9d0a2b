package com.viraltracker.scheduler.dispatch;

import com.viraltracker.events.JobType;
import com.viraltracker.scheduler.schedule.JsonColumns;
import com.viraltracker.scheduler.schedule.ScheduleType;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What the dispatcher reads of a claimed schedule: only the columns that decide its run and its next occurrence.
 * The whole row (names, audit timestamps, last-run fields) is not needed, and decoding it for every claimed row
 * would be a large part of the claim's cost, its timestamps above all.
 */
record DueSchedule(
        UUID id,
        UUID brandId,
        JobType jobType,
        ScheduleType scheduleType,
        String cronExpression,
        String timezone,
        Instant nextRunAt,
        Map<String, Object> parameters,
        UUID productId,
        String templateMode) {

    /** The select list {@link #of} reads, in its order. */
    static final String COLUMNS = """
            id, brand_id, job_type, schedule_type, cron_expression, timezone, next_run_at, parameters, product_id,
            template_mode""";

    static DueSchedule of(Readable row) {
        return new DueSchedule(
                row.get(0, UUID.class),
                row.get(1, UUID.class),
                JobType.ofWireName(row.get(2, String.class)),
                ScheduleType.of(row.get(3, String.class)),
                row.get(4, String.class),
                row.get(5, String.class),
                row.get(6, Instant.class),
                JsonColumns.read(row.get(7, Json.class)),
                row.get(8, UUID.class),
                row.get(9, String.class));
    }
}
