package com.viraltracker.console.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console's records read the services' answers as the services write them (snake_case, with fields the console
 * does not show): only what a page reads is kept, grouped as the page reads it.
 */
class ApiAnswersTest {
    private static final JsonMapper JSON = ApiClients.snakeCase();
    private static final String BRAND = "bc8461a8-232d-4765-8775-c75eaafc5503";

    @Test
    void an_ad_row_of_meta_sync_keeps_its_names_and_groups_its_numbers() {
        PerformanceRow row = JSON.readValue("""
                {"key": "120001", "name": "Ad 1.1.1", "campaign_id": "9001", "campaign_name": "Campaign 1",
                 "spend": "887.39", "impressions": 86312, "clicks": 1131, "purchases": 36, "revenue": "1942.15",
                 "roas": "2.1886", "cpa": "24.65", "ctr": "1.31"}
                """, PerformanceRow.class);

        assertThat(row.key()).isEqualTo("120001");
        assertThat(row.name()).isEqualTo("Ad 1.1.1");
        assertThat(row.campaignName()).isEqualTo("Campaign 1");
        assertThat(row.metrics())
                .isEqualTo(new Metrics(
                        new BigDecimal("887.39"),
                        new BigDecimal("1942.15"),
                        new BigDecimal("2.1886"),
                        36,
                        new BigDecimal("24.65"),
                        1131,
                        86312));
        assertThat(row.roasBand()).isEqualTo("top");
    }

    @Test
    void a_panel_schedule_and_a_run_of_the_scheduler() {
        PanelSchedule schedule = JSON.readValue("""
                {"job_id": "5f0e7c52-8d0e-4a43-9a55-3c1f0b3f7a11", "brand_id": "%s", "job_type": "meta_sync",
                 "status": "active", "cron_expression": "0 6 * * *", "timezone": "America/Los_Angeles",
                 "day_of_week": null, "hour": 6, "parameters": {"days_back": 14}, "next_run_at": "2026-12-07T14:00:00Z",
                 "last_run_at": "2026-12-06T14:00:05Z", "last_run_status": "succeeded", "last_error": null}
                """.formatted(BRAND), PanelSchedule.class);
        Run run = JSON.readValue("""
                {"id": "0c6b0d1e-3f3a-4b8e-8f55-5a3e1b2c4d5e", "job_id": "5f0e7c52-8d0e-4a43-9a55-3c1f0b3f7a11",
                 "brand_id": "%s", "job_name": "Daily Meta Ads Sync", "job_type": "meta_sync", "trigger": "manual",
                 "status": "failed", "attempt": 1, "scheduled_for": "2026-12-06T21:06:00Z",
                 "started_at": "2026-12-06T21:06:01Z", "finished_at": "2026-12-06T21:06:02Z", "duration_ms": 231,
                 "error_category": "auth", "error_message": "token expired", "summary": {}, "parameters": {}}
                """.formatted(BRAND), Run.class);

        assertThat(schedule.hour()).isEqualTo(6);
        assertThat(schedule.intParameter("days_back", 7)).isEqualTo(14);
        assertThat(schedule.lastRunStatus()).isEqualTo("succeeded");
        assertThat(schedule.nextRunAt()).isEqualTo(Instant.parse("2026-12-07T14:00:00Z"));
        assertThat(run.runId()).isEqualTo(UUID.fromString("0c6b0d1e-3f3a-4b8e-8f55-5a3e1b2c4d5e"));
        assertThat(run.brandId()).isEqualTo(UUID.fromString(BRAND));
        assertThat(run.failed()).isTrue();
        assertThat(run.duration()).hasMillis(231);
        assertThat(run.errorCategory() + ": " + run.errorMessage()).isEqualTo("auth: token expired");
    }

    @Test
    void a_schedule_an_ad_account_a_product_and_a_generated_ad() {
        Job job = JSON.readValue("""
                {"id": "5f0e7c52-8d0e-4a43-9a55-3c1f0b3f7a11", "brand_id": "%s", "name": "Daily Meta Ads Sync",
                 "job_type": "meta_sync", "schedule_type": "recurring", "cron_expression": "0 6 * * *",
                 "timezone": "America/Los_Angeles", "status": "active", "parameters": {"days_back": 7},
                 "last_run_at": "2026-12-06T14:00:05Z", "last_run_status": "succeeded"}
                """.formatted(BRAND), Job.class);
        AdAccount account = JSON.readValue("""
                {"brand_id": "%s", "ad_account_id": "act_100200300400", "name": "Wonder Paws US",
                 "currency": "USD", "time_zone": "America/Los_Angeles", "account_status": 1,
                 "linked_at": "2026-12-01T10:00:00Z", "last_synced_at": null, "has_access_token": false}
                """.formatted(BRAND), AdAccount.class);
        Product product = JSON.readValue("""
                {"id": "7d1f3c2a-1b2c-4d5e-8f90-112233445566", "brand_id": "%s", "name": "Calming Chews",
                 "description": "Soft chews", "benefits": ["Calmer walks"], "price": 29.99, "currency": "USD",
                 "offer": null, "brand_colors": ["#2e5aac"],
                 "image": {"content_type": "image/png", "width": 400, "height": 400}, "created_at": "2026-12-06T10:00:00Z"}
                """.formatted(BRAND), Product.class);
        GeneratedAd ad = JSON.readValue("""
                {"id": "9a8b7c6d-1b2c-4d5e-8f90-112233445566", "run_id": "0c6b0d1e-3f3a-4b8e-8f55-5a3e1b2c4d5e",
                 "brand_id": "%s", "product_id": "7d1f3c2a-1b2c-4d5e-8f90-112233445566", "template_name": "Clean Card",
                 "variation_index": 1, "color_mode": "brand", "headline": "Calmer walks", "primary_text": "Soft chews",
                 "image_text": "Only $29.99", "call_to_action": "SHOP_NOW", "width": 1080, "height": 1080}
                """.formatted(BRAND), GeneratedAd.class);

        assertThat(job.name()).isEqualTo("Daily Meta Ads Sync");
        assertThat(job.lastRunStatus()).isEqualTo("succeeded");
        assertThat(account.statusText()).isEqualTo("active");
        assertThat(account.lastSyncedAt()).isNull();
        assertThat(product.brandId()).isEqualTo(UUID.fromString(BRAND));
        assertThat(product.price()).isEqualByComparingTo("29.99");
        assertThat(product.image()).isEqualTo(new Product.Image(400, 400));
        assertThat(ad.brandId()).isEqualTo(UUID.fromString(BRAND));
        assertThat(ad.callToAction()).isEqualTo("SHOP_NOW");
        assertThat(ad.width()).isEqualTo(1080);
    }

    @Test
    void a_scorecard_keeps_its_periods_headline_and_ads_with_their_figures() {
        Scorecard scorecard = JSON.readValue("""
                {"id": "3e4f5a6b-1b2c-4d5e-8f90-112233445566", "run_id": "0c6b0d1e-3f3a-4b8e-8f55-5a3e1b2c4d5e",
                 "brand_id": "%s", "period": {"start": "2026-11-29", "end": "2026-12-05"},
                 "previous_period": {"start": "2026-11-22", "end": "2026-11-28"}, "time_zone": "America/Los_Angeles",
                 "parameters": {"min_spend": 10}, "created_at": "2026-12-06T21:06:00Z",
                 "summary": {"has_data": true, "message": null, "ads_evaluated": 18, "ads_excluded": 0,
                   "currencies": [{"currency": "USD",
                     "current": {"spend": "21915.77", "revenue": "25135.11", "roas": "1.15", "purchases": 470},
                     "previous": {"spend": "23870.00", "revenue": "26320.00", "roas": "1.10", "purchases": 480},
                     "change": {"spend_percent": "-8.2", "revenue_percent": "-4.5", "roas": "0.04"},
                     "ads_evaluated": 18, "ads_excluded": 0, "excluded_spend": "0", "top_performers": 2,
                     "needs_attention": 7, "in_between": 9}]},
                 "ads": [{"currency": "USD", "category": "top_performer", "rank": 1, "ad_account_id": "act_1",
                   "ad_id": "120001", "ad_name": "Ad 1.1.1", "campaign_name": "Campaign 1", "spend": "887.39",
                   "revenue": "1942.15", "roas": "2.1886", "purchases": 36, "cpa": "24.65", "impressions": 86312,
                   "clicks": 1131, "ctr": "1.31"}],
                 "emailed_to": "marketing@wonderpaws.example", "emailed_at": "2026-12-06T21:06:02Z"}
                """.formatted(BRAND), Scorecard.class);

        assertThat(scorecard.brandId()).isEqualTo(UUID.fromString(BRAND));
        assertThat(scorecard.previousPeriod().end()).hasToString("2026-11-28");
        assertThat(scorecard.emailedTo()).isEqualTo("marketing@wonderpaws.example");
        ScorecardSummary.CurrencySection usd = scorecard.summary().currencies().get(0);
        assertThat(usd.current().roas()).isEqualByComparingTo("1.15");
        assertThat(usd.change().spendPercent()).isEqualByComparingTo("-8.2");
        assertThat(usd.needsAttention()).isEqualTo(7);
        Scorecard.Ad ad = scorecard.ads("USD").get(0);
        assertThat(ad.adName()).isEqualTo("Ad 1.1.1");
        assertThat(ad.figures())
                .isEqualTo(new Scorecard.AdFigures(
                        new BigDecimal("887.39"),
                        new BigDecimal("1942.15"),
                        new BigDecimal("2.1886"),
                        36,
                        new BigDecimal("24.65"),
                        new BigDecimal("1.31")));
    }
}
