package com.viraltracker.metasync.performance;

import com.viraltracker.metasync.MetaSyncIntegrationTest;
import com.viraltracker.metasync.TestGraphSimulator;
import com.viraltracker.testing.Answers;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A brand with a USD and a EUR account, rows on three days of the period and on a day either side of it, and
 * another brand's rows on the same days.
 */
@SuppressWarnings("unchecked")
class BrandPerformanceApiTest extends MetaSyncIntegrationTest {
    private static final String PERIOD = "from=2026-03-01&to=2026-03-03";

    private final UUID brand = UUID.randomUUID();
    private final String usd = "act_" + TestGraphSimulator.newAccountId();
    private final String eur = "act_" + TestGraphSimulator.newAccountId();

    @BeforeEach
    void rows() {
        ours(new Row(usd, "ad_1", "2026-02-28", "Ad one", "c_1", "Spring", "USD", "999.00", 9, 9, 9, "999.00"));
        ours(new Row(usd, "ad_1", "2026-03-01", "Ad one", "c_1", "Spring", "USD", "10.00", 1000, 10, 1, "30.00"));
        // Renamed (ad and campaign) the next day: the period shows the newest names.
        ours(new Row(usd, "ad_1", "2026-03-02", "Ad one (new)", "c_1", "Spring Sale", "USD", "20", 2000, 30, 0, "0"));
        ours(new Row(usd, "ad_1", "2026-03-04", "Ad one", "c_1", "Spring", "USD", "999.00", 9, 9, 9, "999.00"));
        ours(new Row(usd, "ad_2", "2026-03-01", "Ad two", "c_1", "Spring", "USD", "5.50", 500, 5, 2, "11.00"));
        ours(new Row(usd, "ad_3", "2026-03-03", "Ad three", "c_2", "Summer", "USD", "0", 0, 0, 0, "0"));
        ours(new Row(eur, "ad_9", "2026-03-02", "Anzeige", "c_9", "Herbst", "EUR", "7.00", 700, 7, 1, "21.00"));
        String account = "act_" + TestGraphSimulator.newAccountId();
        insert(
                UUID.randomUUID(),
                new Row(account, "ad_x", "2026-03-02", "Theirs", "c_x", "X", "USD", "500", 5, 5, 5, "5"));
    }

    @Test
    void by_day_sums_each_currency_on_its_own_with_ratios_of_the_sums() {
        performance("day")
                .jsonPath("$.brand_id")
                .isEqualTo(brand.toString())
                .jsonPath("$.from")
                .isEqualTo("2026-03-01")
                .jsonPath("$.to")
                .isEqualTo("2026-03-03")
                .jsonPath("$.group_by")
                .isEqualTo("day")
                .jsonPath("$.currencies[*].currency")
                .isEqualTo(List.of("EUR", "USD"))
                // EUR: one day
                .jsonPath("$.currencies[0].totals.spend")
                .isEqualTo(7.0)
                .jsonPath("$.currencies[0].totals.roas")
                .isEqualTo(3.0)
                .jsonPath("$.currencies[0].rows[*].key")
                .isEqualTo(List.of("2026-03-02"))
                // USD: three days, nothing from before or after the period or from the other brand
                .jsonPath("$.currencies[1].totals.spend")
                .isEqualTo(35.5)
                .jsonPath("$.currencies[1].totals.impressions")
                .isEqualTo(3500)
                .jsonPath("$.currencies[1].totals.clicks")
                .isEqualTo(45)
                .jsonPath("$.currencies[1].totals.purchases")
                .isEqualTo(3)
                .jsonPath("$.currencies[1].totals.revenue")
                .isEqualTo(41.0)
                .jsonPath("$.currencies[1].totals.roas")
                .isEqualTo(1.1549)
                .jsonPath("$.currencies[1].totals.cpa")
                .isEqualTo(11.83)
                .jsonPath("$.currencies[1].totals.ctr")
                .isEqualTo(0.012857)
                .jsonPath("$.currencies[1].rows[*].key")
                .isEqualTo(List.of("2026-03-01", "2026-03-02", "2026-03-03"))
                .jsonPath("$.currencies[1].row_count")
                .isEqualTo(3)
                .jsonPath("$.currencies[1].rows[0].spend")
                .isEqualTo(15.5)
                .jsonPath("$.currencies[1].rows[0].roas")
                .isEqualTo(2.6452)
                .jsonPath("$.currencies[1].rows[0].cpa")
                .isEqualTo(5.17)
                .jsonPath("$.currencies[1].rows[0].ctr")
                .isEqualTo(0.01)
                // No purchases: no CPA; nothing spent or shown: no ratio at all.
                .jsonPath("$.currencies[1].rows[1].roas")
                .isEqualTo(0.0)
                .jsonPath("$.currencies[1].rows[1].cpa")
                .doesNotExist()
                .jsonPath("$.currencies[1].rows[2].spend")
                .isEqualTo(0.0)
                .jsonPath("$.currencies[1].rows[2].roas")
                .doesNotExist()
                .jsonPath("$.currencies[1].rows[2].cpa")
                .doesNotExist()
                .jsonPath("$.currencies[1].rows[2].ctr")
                .doesNotExist()
                .jsonPath("$.currencies[1].rows[2].name")
                .doesNotExist();
    }

    @Test
    void by_ad_shows_each_ad_by_spend_under_its_newest_names() {
        performance("ad")
                .jsonPath("$.currencies[1].rows[*].key")
                .isEqualTo(List.of("ad_1", "ad_2", "ad_3"))
                .jsonPath("$.currencies[1].rows[0].name")
                .isEqualTo("Ad one (new)")
                .jsonPath("$.currencies[1].rows[0].campaign_id")
                .isEqualTo("c_1")
                .jsonPath("$.currencies[1].rows[0].campaign_name")
                .isEqualTo("Spring Sale")
                .jsonPath("$.currencies[1].rows[0].spend")
                .isEqualTo(30.0)
                .jsonPath("$.currencies[1].rows[0].purchases")
                .isEqualTo(1)
                .jsonPath("$.currencies[1].rows[0].cpa")
                .isEqualTo(30.0)
                .jsonPath("$.currencies[1].rows[1].name")
                .isEqualTo("Ad two")
                .jsonPath("$.currencies[1].rows[1].campaign_name")
                .isEqualTo("Spring")
                .jsonPath("$.currencies[1].totals.spend")
                .isEqualTo(35.5)
                .jsonPath("$.currencies[0].rows[0].name")
                .isEqualTo("Anzeige");
    }

    @Test
    void by_campaign_sums_its_ads_under_the_campaigns_newest_name() {
        performance("campaign")
                .jsonPath("$.currencies[1].rows[*].key")
                .isEqualTo(List.of("c_1", "c_2"))
                .jsonPath("$.currencies[1].rows[0].name")
                .isEqualTo("Spring Sale")
                .jsonPath("$.currencies[1].rows[0].campaign_id")
                .isEqualTo("c_1")
                .jsonPath("$.currencies[1].rows[0].spend")
                .isEqualTo(35.5)
                .jsonPath("$.currencies[1].rows[0].revenue")
                .isEqualTo(41.0)
                .jsonPath("$.currencies[1].rows[0].purchases")
                .isEqualTo(3)
                .jsonPath("$.currencies[1].rows[1].name")
                .isEqualTo("Summer")
                .jsonPath("$.currencies[0].rows[0].key")
                .isEqualTo("c_9");
    }

    @Test
    void a_limit_answers_each_currencys_first_rows_with_how_many_it_has_and_totals_of_all() {
        performance("ad&limit=2")
                .jsonPath("$.currencies[1].row_count")
                .isEqualTo(3)
                .jsonPath("$.currencies[1].rows[*].key")
                .isEqualTo(List.of("ad_1", "ad_2"))
                // Names are looked up for the rows answered.
                .jsonPath("$.currencies[1].rows[*].name")
                .isEqualTo(List.of("Ad one (new)", "Ad two"))
                .jsonPath("$.currencies[1].rows[0].campaign_name")
                .isEqualTo("Spring Sale")
                .jsonPath("$.currencies[1].totals.spend")
                .isEqualTo(35.5)
                .jsonPath("$.currencies[0].row_count")
                .isEqualTo(1)
                .jsonPath("$.currencies[0].rows[0].name")
                .isEqualTo("Anzeige");
        performance("day&limit=1")
                .jsonPath("$.currencies[1].row_count")
                .isEqualTo(3)
                .jsonPath("$.currencies[1].rows[*].key")
                .isEqualTo(List.of("2026-03-01"));
    }

    @Test
    void rows_are_ordered_by_the_column_asked_for_those_without_a_value_last_either_way() {
        // ROAS: ad_1 1.0, ad_2 2.0, ad_3 none (nothing spent)
        performance("ad&sort=roas").jsonPath("$.currencies[1].rows[*].key").isEqualTo(List.of("ad_2", "ad_1", "ad_3"));
        performance("ad&sort=roas&direction=asc")
                .jsonPath("$.currencies[1].rows[*].key")
                .isEqualTo(List.of("ad_1", "ad_2", "ad_3"));
        // Names lower-cased, from A unless asked otherwise, and named when cut.
        performance("ad&sort=name&limit=2")
                .jsonPath("$.currencies[1].rows[*].name")
                .isEqualTo(List.of("Ad one (new)", "Ad three"))
                .jsonPath("$.currencies[1].row_count")
                .isEqualTo(3);
        performance("ad&sort=name&direction=desc")
                .jsonPath("$.currencies[1].rows[*].key")
                .isEqualTo(List.of("ad_2", "ad_3", "ad_1"));
        performance("ad&sort=campaign_name")
                .jsonPath("$.currencies[1].rows[*].campaign_name")
                .isEqualTo(List.of("Spring", "Spring Sale", "Summer"));
        performance("day&direction=desc")
                .jsonPath("$.currencies[1].rows[*].key")
                .isEqualTo(List.of("2026-03-03", "2026-03-02", "2026-03-01"));
    }

    @Test
    void a_brand_without_rows_in_the_period_has_no_currencies() {
        Answers.okJson(web.get().uri("/api/v1/brands/{b}/performance?from=2025-01-01&to=2025-12-31", brand))
                .jsonPath("$.currencies")
                .isEmpty()
                .jsonPath("$.group_by")
                .isEqualTo("day");
    }

    @Test
    void bad_periods_and_breakdowns_are_400s_naming_the_parameter() {
        expectInvalid("to=2026-03-03", "from");
        expectInvalid("from=2026-03-01", "to");
        expectInvalid("from=2026-3-1&to=2026-03-03", "from");
        expectInvalid("from=2026-02-30&to=2026-03-03", "from");
        expectInvalid("from=2026-03-04&to=2026-03-03", "to");
        // 401 days, both ends included
        expectInvalid("from=2025-01-01&to=2026-02-05", "to");
        expectInvalid(PERIOD + "&group_by=week", "group_by");
        expectInvalid(PERIOD + "&group_by=ad&sort=colour", "sort");
        expectInvalid(PERIOD + "&group_by=ad&direction=up", "direction");
        expectInvalid(PERIOD + "&group_by=ad&limit=0", "limit");
        expectInvalid(PERIOD + "&group_by=ad&limit=many", "limit");
        Answers.okJson(web.get().uri("/api/v1/brands/{b}/performance?" + PERIOD + "&group_by=", brand))
                .jsonPath("$.group_by")
                .isEqualTo("day");
        web.get()
                .uri("/api/v1/brands/{b}/performance?from=2025-01-01&to=2026-02-04", brand)
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void the_openapi_document_describes_the_period_the_breakdowns_and_the_problems() {
        String operation = "$.paths['/api/v1/brands/{brandId}/performance'].get";
        Answers.okJson(web.get().uri("/v3/api-docs"))
                .jsonPath(operation + ".summary")
                .isEqualTo("A brand's performance over a period, per currency")
                .jsonPath(operation + ".parameters[?(@.name == 'from')].required")
                .isEqualTo(List.of(true))
                .jsonPath(operation + ".parameters[?(@.name == 'to')].required")
                .isEqualTo(List.of(true))
                .jsonPath(operation + ".parameters[?(@.name == 'group_by')].schema.enum[*]")
                .isEqualTo(List.of("day", "ad", "campaign"))
                .jsonPath(operation + ".parameters[?(@.name == 'direction')].schema.enum[*]")
                .isEqualTo(List.of("asc", "desc"))
                .jsonPath(operation + ".parameters[?(@.name == 'limit')].schema.minimum")
                .isEqualTo(List.of(1))
                .jsonPath(operation + ".responses['400'].content['application/problem+json']")
                .exists()
                .jsonPath(operation + ".responses['404'].content['application/problem+json']")
                .exists()
                .jsonPath("$.paths['/api/v1/brands/{brandId}'].put.responses['400']")
                .exists();
    }

    private WebTestClient.BodyContentSpec performance(String groupBy) {
        return web.get()
                .uri("/api/v1/brands/{b}/performance?" + PERIOD + "&group_by=" + groupBy, brand)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody();
    }

    private void expectInvalid(String query, String field) {
        Answers.badRequestProblem(web.get().uri("/api/v1/brands/{b}/performance?" + query, brand))
                .jsonPath("$.errors[*].field")
                .isEqualTo(List.of(field));
    }

    /** One row of meta_ads_performance, as a sync would store it. */
    private record Row(
            String account,
            String ad,
            String day,
            String adName,
            String campaignId,
            String campaignName,
            String currency,
            String spend,
            long impressions,
            long clicks,
            long purchases,
            String revenue) {}

    private void ours(Row row) {
        insert(brand, row);
    }

    private void insert(UUID brandId, Row row) {
        try (Connection connection = database.connect();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO meta_sync.meta_ads_performance (ad_account_id, ad_id, date, brand_id, campaign_id,
                            campaign_name, ad_name, currency, spend, impressions, clicks, purchases, purchase_value,
                            synced_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, row.account());
            insert.setString(2, row.ad());
            insert.setObject(3, LocalDate.parse(row.day()));
            insert.setObject(4, brandId);
            insert.setString(5, row.campaignId());
            insert.setString(6, row.campaignName());
            insert.setString(7, row.adName());
            insert.setString(8, row.currency());
            insert.setBigDecimal(9, new BigDecimal(row.spend()));
            insert.setLong(10, row.impressions());
            insert.setLong(11, row.clicks());
            insert.setLong(12, row.purchases());
            insert.setBigDecimal(13, new BigDecimal(row.revenue()));
            insert.setObject(14, OffsetDateTime.now());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
