package com.viraltracker.metasync.sync;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Writes {@code meta_ads_performance}: one statement per page of rows, the page passed as column arrays (in
 * PostgreSQL's binary array format, see {@link BinaryArray}) and unnested, upserted by the primary key (ad_account_id, ad_id, date) so re-syncing a day replaces its values
 * (Meta restates recent days) and never duplicates it.
 */
@Repository
public class PerformanceRows {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final String UPSERT = """
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

    private final DatabaseClient database;

    public PerformanceRows(DatabaseClient database) {
        this.database = database;
    }

    /** Upserts one page of rows of one brand and run; returns how many rows were written. */
    public long upsert(List<PerformanceRow> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        PerformanceRow first = rows.get(0);
        return database.sql(UPSERT)
                .bind("brandId", first.brandId())
                .bind("syncedAt", OffsetDateTime.ofInstant(first.syncedAt(), ZoneOffset.UTC))
                .bind("runId", first.syncedByRunId())
                .bind("adAccountIds", BinaryArray.texts(rows, PerformanceRow::adAccountId))
                .bind("adIds", BinaryArray.texts(rows, PerformanceRow::adId))
                .bind("dates", BinaryArray.dates(rows, PerformanceRow::date))
                .bind("campaignIds", BinaryArray.texts(rows, PerformanceRow::campaignId))
                .bind("campaignNames", BinaryArray.texts(rows, PerformanceRow::campaignName))
                .bind("adsetIds", BinaryArray.texts(rows, PerformanceRow::adsetId))
                .bind("adsetNames", BinaryArray.texts(rows, PerformanceRow::adsetName))
                .bind("adNames", BinaryArray.texts(rows, PerformanceRow::adName))
                .bind("currencies", BinaryArray.texts(rows, PerformanceRow::currency))
                .bind("spends", BinaryArray.numerics(rows, PerformanceRow::spend))
                .bind("impressions", BinaryArray.bigints(rows, PerformanceRow::impressions))
                .bind("reaches", BinaryArray.bigints(rows, PerformanceRow::reach))
                .bind("clicks", BinaryArray.bigints(rows, PerformanceRow::clicks))
                .bind("linkClicks", BinaryArray.bigints(rows, PerformanceRow::linkClicks))
                .bind("ctrs", BinaryArray.numerics(rows, PerformanceRow::ctr))
                .bind("cpcs", BinaryArray.numerics(rows, PerformanceRow::cpc))
                .bind("cpms", BinaryArray.numerics(rows, PerformanceRow::cpm))
                .bind("purchases", BinaryArray.bigints(rows, PerformanceRow::purchases))
                .bind("purchaseValues", BinaryArray.numerics(rows, PerformanceRow::purchaseValue))
                .bind("addToCarts", BinaryArray.bigints(rows, PerformanceRow::addToCarts))
                .bind("purchaseActionTypes", BinaryArray.texts(rows, PerformanceRow::purchaseActionType))
                .fetch().rowsUpdated()
                .block(TIMEOUT);
    }
}
