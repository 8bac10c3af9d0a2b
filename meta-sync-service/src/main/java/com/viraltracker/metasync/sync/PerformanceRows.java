package com.viraltracker.metasync.sync;

import com.viraltracker.support.r2dbc.BinaryArray;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Writes {@code meta_ads_performance}: one statement per page of rows, upserted by the primary key (ad_account_id,
 * ad_id, date) so re-syncing a day replaces its values (Meta restates recent days) and never duplicates it. Days
 * not stored yet are copied in ({@link PerformanceCopy}); stored days ({@link StoredDays}) are upserted, the page
 * passed as column arrays (in PostgreSQL's binary array format, see {@link BinaryArray}) and unnested.
 */
@Repository
public class PerformanceRows {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    /** The page as an insert, to which the upsert adds what a stored row becomes. */
    private static final String INSERT = """
            INSERT INTO meta_ads_performance (
                ad_account_id, ad_id, date, brand_id, campaign_id, campaign_name, adset_id, adset_name, ad_name,
                currency, spend, impressions, reach, clicks, link_clicks, ctr, cpc, cpm, purchases, purchase_value,
                add_to_carts, purchase_action_type, synced_at, synced_by_run_id)
            SELECT r.ad_account_id, r.ad_id, r.date, :brandId, r.campaign_id, r.campaign_name, r.adset_id,
                   r.adset_name, r.ad_name, r.currency, r.spend, r.impressions, r.reach, r.clicks, r.link_clicks,
                   r.ctr, r.cpc, r.cpm, r.purchases, r.purchase_value, r.add_to_carts, r.purchase_action_type,
                   :syncedAt, :runId
              FROM unnest(
                       CAST(:adAccountIds AS text[]), CAST(:adIds AS text[]), CAST(:dates AS date[]),
                       CAST(:campaignIds AS text[]), CAST(:campaignNames AS text[]), CAST(:adsetIds AS text[]),
                       CAST(:adsetNames AS text[]), CAST(:adNames AS text[]), CAST(:currencies AS text[]),
                       CAST(:spends AS numeric[]), CAST(:impressions AS bigint[]), CAST(:reaches AS bigint[]),
                       CAST(:clicks AS bigint[]), CAST(:linkClicks AS bigint[]), CAST(:ctrs AS numeric[]),
                       CAST(:cpcs AS numeric[]), CAST(:cpms AS numeric[]), CAST(:purchases AS bigint[]),
                       CAST(:purchaseValues AS numeric[]), CAST(:addToCarts AS bigint[]),
                       CAST(:purchaseActionTypes AS text[]))
                AS r(ad_account_id, ad_id, date, campaign_id, campaign_name, adset_id, adset_name, ad_name, currency,
                     spend, impressions, reach, clicks, link_clicks, ctr, cpc, cpm, purchases, purchase_value,
                     add_to_carts, purchase_action_type)
            """;

    private static final String UPSERT = INSERT + """
            ON CONFLICT (ad_account_id, ad_id, date) DO UPDATE SET
                brand_id = EXCLUDED.brand_id, campaign_id = EXCLUDED.campaign_id,
                campaign_name = EXCLUDED.campaign_name, adset_id = EXCLUDED.adset_id,
                adset_name = EXCLUDED.adset_name, ad_name = EXCLUDED.ad_name, currency = EXCLUDED.currency,
                spend = EXCLUDED.spend, impressions = EXCLUDED.impressions, reach = EXCLUDED.reach,
                clicks = EXCLUDED.clicks, link_clicks = EXCLUDED.link_clicks, ctr = EXCLUDED.ctr, cpc = EXCLUDED.cpc,
                cpm = EXCLUDED.cpm, purchases = EXCLUDED.purchases, purchase_value = EXCLUDED.purchase_value,
                add_to_carts = EXCLUDED.add_to_carts, purchase_action_type = EXCLUDED.purchase_action_type,
                synced_at = EXCLUDED.synced_at, synced_by_run_id = EXCLUDED.synced_by_run_id
            """;
    /** One probe of the brand/date index per day of the range: a handful of days, each found or not at once. */
    private static final String STORED_DAYS = """
            SELECT CAST(day AS date) AS day
              FROM generate_series(CAST(:since AS date), CAST(:until AS date), interval '1 day') AS day
             WHERE EXISTS (SELECT 1 FROM meta_ads_performance
                            WHERE brand_id = :brandId AND date = CAST(day AS date) AND ad_account_id = :adAccountId)
            """;

    private final DatabaseClient database;
    private final PerformanceCopy copy;

    public PerformanceRows(DatabaseClient database) {
        this.database = database;
        this.copy = new PerformanceCopy(database);
    }

    /**
     * Which days of {@code since} to {@code until} the account has rows on under the brand: one query for a whole
     * chunk, so the chunk's new days need none of their own.
     */
    public StoredDays storedDays(UUID brandId, String adAccountId, LocalDate since, LocalDate until) {
        Set<LocalDate> days = new HashSet<>(database.sql(STORED_DAYS)
                .bind("since", since)
                .bind("until", until)
                .bind("brandId", brandId)
                .bind("adAccountId", adAccountId)
                .map(row -> row.get("day", LocalDate.class))
                .all()
                .collectList()
                .block(TIMEOUT));
        return new StoredDays(brandId, adAccountId, new Chunk(since, until), days);
    }

    /**
     * Upserts one page of rows of one brand and run, asking first which of the page's days are stored; returns how
     * many rows were written. A sync asks once per chunk instead ({@link #upsert(List, StoredDays)}).
     */
    public long upsert(List<PerformanceRow> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        PerformanceRow first = rows.get(0);
        LocalDate since = rows.stream()
                .map(PerformanceRow::date)
                .min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate until = rows.stream()
                .map(PerformanceRow::date)
                .max(LocalDate::compareTo)
                .orElseThrow();
        return upsert(rows, storedDays(first.brandId(), first.adAccountId(), since, until));
    }

    /**
     * Upserts one page of rows of one brand and run, {@code known} saying which days are stored; returns how many
     * rows were written, and tells {@code known} the page's days are stored now.
     * <p>
     * Days the account had no rows on (a first sync, the newest day of every sync) are copied in with binary COPY:
     * there is nothing to conflict with, so neither ON CONFLICT's index look-up per row nor a statement that
     * unnests the page is needed, and no query per page asks first. Stored days are sent once, to the upsert. The
     * end state is the upsert's either way: a row {@code known} does not know of (stored since it was asked, by a
     * concurrent sync of the same account, or stored under another brand) fails the COPY as a whole, and the page
     * is upserted.
     * <p>
     * Each page commits on its own, as one statement (this blocks, so no reactive transaction reaches it): the
     * COPY on a connection of its own, all rows or none, and the fallback upsert after it as a statement of its
     * own. Inside a transaction the failed COPY would abort the transaction and the upsert could not follow.
     */
    public long upsert(List<PerformanceRow> rows, StoredDays known) {
        if (rows.isEmpty()) {
            return 0;
        }
        long written = copyOrUpsert(rows, known);
        known.nowStored(rows);
        return written;
    }

    private long copyOrUpsert(List<PerformanceRow> rows, StoredDays known) {
        if (known.noneStored(rows)) {
            try {
                return copy.copy(rows);
            } catch (DuplicateKeyException storedMeanwhile) {
                // Rows stored since known was asked, or under another brand: the upsert replaces them.
            }
        }
        return write(UPSERT, columns(rows));
    }

    private long write(String statement, Map<String, Object> parameters) {
        DatabaseClient.GenericExecuteSpec spec = database.sql(statement);
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            spec = spec.bind(parameter.getKey(), parameter.getValue());
        }
        return spec.fetch().rowsUpdated().block(TIMEOUT);
    }

    /** The statements' parameters: the run's values and the rows as column arrays. */
    private static Map<String, Object> columns(List<PerformanceRow> rows) {
        PerformanceRow first = rows.get(0);
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("brandId", first.brandId());
        columns.put("syncedAt", OffsetDateTime.ofInstant(first.syncedAt(), ZoneOffset.UTC));
        columns.put("runId", first.syncedByRunId());
        columns.put("adAccountIds", BinaryArray.texts(rows, PerformanceRow::adAccountId));
        columns.put("adIds", BinaryArray.texts(rows, PerformanceRow::adId));
        columns.put("dates", BinaryArray.dates(rows, PerformanceRow::date));
        columns.put("campaignIds", BinaryArray.texts(rows, PerformanceRow::campaignId));
        columns.put("campaignNames", BinaryArray.texts(rows, PerformanceRow::campaignName));
        columns.put("adsetIds", BinaryArray.texts(rows, PerformanceRow::adsetId));
        columns.put("adsetNames", BinaryArray.texts(rows, PerformanceRow::adsetName));
        columns.put("adNames", BinaryArray.texts(rows, PerformanceRow::adName));
        columns.put("currencies", BinaryArray.texts(rows, PerformanceRow::currency));
        columns.put("spends", BinaryArray.numerics(rows, PerformanceRow::spend));
        columns.put("impressions", BinaryArray.bigints(rows, PerformanceRow::impressions));
        columns.put("reaches", BinaryArray.bigints(rows, PerformanceRow::reach));
        columns.put("clicks", BinaryArray.bigints(rows, PerformanceRow::clicks));
        columns.put("linkClicks", BinaryArray.bigints(rows, PerformanceRow::linkClicks));
        columns.put("ctrs", BinaryArray.numerics(rows, PerformanceRow::ctr));
        columns.put("cpcs", BinaryArray.numerics(rows, PerformanceRow::cpc));
        columns.put("cpms", BinaryArray.numerics(rows, PerformanceRow::cpm));
        columns.put("purchases", BinaryArray.bigints(rows, PerformanceRow::purchases));
        columns.put("purchaseValues", BinaryArray.numerics(rows, PerformanceRow::purchaseValue));
        columns.put("addToCarts", BinaryArray.bigints(rows, PerformanceRow::addToCarts));
        columns.put("purchaseActionTypes", BinaryArray.texts(rows, PerformanceRow::purchaseActionType));
        return columns;
    }
}
