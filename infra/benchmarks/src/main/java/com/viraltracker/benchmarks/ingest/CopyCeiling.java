package com.viraltracker.benchmarks.ingest;

import com.viraltracker.benchmarks.env.Database;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * The ceiling of ingest: PostgreSQL's {@code COPY} of the same rows into a table of the same shape (same columns,
 * primary key and index: {@code LIKE meta_sync.meta_ads_performance INCLUDING ALL}). The clock covers turning
 * the rows into COPY's text and the COPY itself.
 */
public final class CopyCeiling {
    private static final String[] COLUMNS = {
        "ad_account_id",
        "ad_id",
        "date",
        "brand_id",
        "campaign_id",
        "campaign_name",
        "adset_id",
        "adset_name",
        "ad_name",
        "currency",
        "spend",
        "impressions",
        "reach",
        "clicks",
        "link_clicks",
        "ctr",
        "cpc",
        "cpm",
        "purchases",
        "purchase_value",
        "add_to_carts",
        "purchase_action_type",
        "synced_at",
        "synced_by_run_id"
    };
    private static final String[] FIELDS = {
        "adAccountId",
        "adId",
        "date",
        "brandId",
        "campaignId",
        "campaignName",
        "adsetId",
        "adsetName",
        "adName",
        "currency",
        "spend",
        "impressions",
        "reach",
        "clicks",
        "linkClicks",
        "ctr",
        "cpc",
        "cpm",
        "purchases",
        "purchaseValue",
        "addToCarts",
        "purchaseActionType",
        "syncedAt",
        "syncedByRunId"
    };

    private final Database database;

    public CopyCeiling(Database database) throws SQLException {
        this.database = database;
        database.execute(
                "CREATE SCHEMA IF NOT EXISTS bench_copy",
                "CREATE TABLE IF NOT EXISTS bench_copy.meta_ads_performance "
                        + "(LIKE meta_sync.meta_ads_performance INCLUDING ALL)");
    }

    public void clear() throws SQLException {
        database.execute("TRUNCATE bench_copy.meta_ads_performance");
    }

    /** @return rows copied, in one COPY and one commit */
    public long copy(List<Map<String, Object>> rows) throws SQLException {
        try (Connection connection = database.connect()) {
            return copy(connection, rows);
        }
    }

    /**
     * The same COPY a day at a time over one connection, each day committed on its own (autocommit), as the sync
     * commits its days: what COPY costs with the sync's durability.
     *
     * @return rows copied
     */
    public long copyEach(List<Map<String, Object>> rows, int perCommit) throws SQLException {
        long copied = 0;
        try (Connection connection = database.connect()) {
            for (int from = 0; from < rows.size(); from += perCommit) {
                copied += copy(connection, rows.subList(from, Math.min(rows.size(), from + perCommit)));
            }
        }
        return copied;
    }

    private static long copy(Connection connection, List<Map<String, Object>> rows) throws SQLException {
        StringBuilder csv = new StringBuilder(rows.size() * 300);
        for (Map<String, Object> row : rows) {
            for (int i = 0; i < FIELDS.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                Object value = row.get(FIELDS[i]);
                if (value instanceof String text) {
                    csv.append('"').append(text.replace("\"", "\"\"")).append('"');
                } else if (value != null) {
                    csv.append(value);
                }
            }
            csv.append('\n');
        }
        String sql =
                "COPY bench_copy.meta_ads_performance (" + String.join(", ", COLUMNS) + ") FROM STDIN (FORMAT csv)";
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException("COPY failed", e);
        }
    }
}
