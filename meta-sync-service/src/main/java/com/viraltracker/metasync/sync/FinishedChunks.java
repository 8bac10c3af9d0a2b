package com.viraltracker.metasync.sync;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * The chunks a run has read and stored in full ({@code finished_chunks}, changeset 009), so that a redelivery or a
 * later attempt of the run reads only the rest. A chunk is recorded after its rows are stored: a crash in between
 * reads it again (an upsert of the same rows), never skips it.
 */
@Repository
public class FinishedChunks {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String OF_RUN = """
            SELECT since, until FROM finished_chunks WHERE run_id = :runId AND ad_account_id = :adAccountId
            """;
    private static final String RECORD = """
            INSERT INTO finished_chunks (run_id, ad_account_id, since, until, rows_stored, finished_at)
            VALUES (:runId, :adAccountId, :since, :until, :rows, :finishedAt)
            ON CONFLICT (run_id, ad_account_id, since, until) DO NOTHING
            """;
    private static final String PRUNE = "DELETE FROM finished_chunks WHERE finished_at < :before";

    private final DatabaseClient database;

    public FinishedChunks(DatabaseClient database) {
        this.database = database;
    }

    public List<Chunk> of(UUID runId, String adAccountId) {
        return database.sql(OF_RUN)
                .bind("runId", runId)
                .bind("adAccountId", adAccountId)
                .map(row -> new Chunk(
                        row.get("since", java.time.LocalDate.class), row.get("until", java.time.LocalDate.class)))
                .all()
                .collectList()
                .block(TIMEOUT);
    }

    public void record(UUID runId, String adAccountId, Chunk chunk, long rows, Instant finishedAt) {
        database.sql(RECORD)
                .bind("runId", runId)
                .bind("adAccountId", adAccountId)
                .bind("since", chunk.since())
                .bind("until", chunk.until())
                .bind("rows", rows)
                .bind("finishedAt", OffsetDateTime.ofInstant(finishedAt, ZoneOffset.UTC))
                .fetch()
                .rowsUpdated()
                .block(TIMEOUT);
    }

    /** Forgets the chunks of runs finished before {@code before}: no attempt of those runs comes any more. */
    public long prune(Instant before) {
        return database.sql(PRUNE)
                .bind("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
                .fetch()
                .rowsUpdated()
                .block(TIMEOUT);
    }
}
