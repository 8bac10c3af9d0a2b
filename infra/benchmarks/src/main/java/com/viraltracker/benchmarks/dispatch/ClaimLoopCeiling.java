package com.viraltracker.benchmarks.dispatch;

import com.viraltracker.benchmarks.env.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The ceiling: a bare SQL loop that claims due rows in batches with {@code FOR UPDATE SKIP LOCKED} and inserts
 * one history row per claimed row, nothing else (no planning, no Kafka). One statement per batch, autocommit.
 */
public final class ClaimLoopCeiling {
    private static final int BATCH = 500;
    private static final String[] DDL = {
        "CREATE SCHEMA IF NOT EXISTS ceiling",
        "CREATE TABLE IF NOT EXISTS ceiling.due (id bigint PRIMARY KEY, due_at timestamptz NOT NULL, "
                + "claimed boolean NOT NULL DEFAULT false)",
        "CREATE INDEX IF NOT EXISTS ceiling_due_unclaimed ON ceiling.due (due_at) WHERE NOT claimed",
        "CREATE TABLE IF NOT EXISTS ceiling.history (due_id bigint NOT NULL, claimed_at timestamptz NOT NULL)"
    };
    private static final String CLAIM = """
            WITH claimed AS (
                UPDATE ceiling.due SET claimed = true
                 WHERE id IN (SELECT id FROM ceiling.due WHERE NOT claimed AND due_at <= now()
                               ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING id)
            INSERT INTO ceiling.history (due_id, claimed_at) SELECT id, now() FROM claimed""";

    private final Database database;

    public ClaimLoopCeiling(Database database) throws SQLException {
        this.database = database;
        database.execute(DDL);
    }

    public Throughput round(int rows) throws SQLException {
        database.execute("TRUNCATE ceiling.due, ceiling.history");
        database.update(
                "INSERT INTO ceiling.due (id, due_at) SELECT n, now() - interval '1 second' "
                        + "FROM generate_series(1, ?) AS n",
                rows);
        database.execute("ANALYZE ceiling.due");
        database.checkpoint();
        long started = System.currentTimeMillis();
        try (Connection connection = database.connect();
                PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setInt(1, BATCH);
            while (claim.executeUpdate() > 0) {
                // keep claiming until nothing is due
            }
        }
        long elapsed = System.currentTimeMillis() - started;
        long history = database.count("SELECT count(*) FROM ceiling.history");
        long distinct = database.count("SELECT count(DISTINCT due_id) FROM ceiling.history");
        return new Throughput(rows, elapsed, history - distinct, Math.max(0, rows - distinct));
    }
}
