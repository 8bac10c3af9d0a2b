package com.viraltracker.metasync.sync;

import com.viraltracker.support.r2dbc.BinaryCopy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A page of rows none of which is stored yet, written with binary {@code COPY}: the server reads the rows as
 * they come, with no statement to plan and no arrays to unnest (see {@link BinaryCopy}). One statement: the page
 * is stored whole or, when any row fails, not at all; a row that is stored already fails it with
 * {@link org.springframework.dao.DuplicateKeyException}.
 */
final class PerformanceCopy {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final int COLUMNS = 24;
    private static final String COPY = """
            COPY meta_ads_performance (
                ad_account_id, ad_id, date, brand_id, campaign_id, campaign_name, adset_id, adset_name, ad_name,
                currency, spend, impressions, reach, clicks, link_clicks, ctr, cpc, cpm, purchases, purchase_value,
                add_to_carts, purchase_action_type, synced_at, synced_by_run_id)
            FROM STDIN (FORMAT binary)
            """;

    private final DatabaseClient database;

    PerformanceCopy(DatabaseClient database) {
        this.database = database;
    }

    /** Copies one page of rows of one brand and run; returns how many rows were written. */
    long copy(List<PerformanceRow> rows) {
        // The page's brand and run for every row, as the statements of PerformanceRows bind them once per page.
        PerformanceRow first = rows.get(0);
        UUID brandId = first.brandId();
        Instant syncedAt = first.syncedAt();
        UUID runId = first.syncedByRunId();
        BinaryCopy copy = BinaryCopy.of(COLUMNS, rows.size());
        for (PerformanceRow row : rows) {
            copy.row()
                    .text(row.adAccountId())
                    .text(row.adId())
                    .date(row.date())
                    .uuid(brandId)
                    .text(row.campaignId())
                    .text(row.campaignName())
                    .text(row.adsetId())
                    .text(row.adsetName())
                    .text(row.adName())
                    .text(row.currency())
                    .numeric(row.spend())
                    .bigint(row.impressions())
                    .bigint(row.reach())
                    .bigint(row.clicks())
                    .bigint(row.linkClicks())
                    .numeric(row.ctr())
                    .numeric(row.cpc())
                    .numeric(row.cpm())
                    .bigint(row.purchases())
                    .numeric(row.purchaseValue())
                    .bigint(row.addToCarts())
                    .text(row.purchaseActionType())
                    .timestamp(syncedAt)
                    .uuid(runId);
        }
        return copy.copyInto(database, COPY).block(TIMEOUT);
    }
}
