package com.viraltracker.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.JobType;
import com.viraltracker.events.Topics;
import com.viraltracker.events.parameters.ScorecardParameters;
import com.viraltracker.events.request.ScorecardRequested;
import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.result.ResultStatus;
import com.viraltracker.events.serde.EventJson;
import com.viraltracker.testing.Answers;
import com.viraltracker.testing.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;

/** The stored scorecards as clients read them, and what a redelivered run does to them. */
class ScorecardApiTest extends ScorecardServiceTestBase {
    // Monday 09:00 in Los Angeles: the period is the week to Sunday 2026-02-08.
    private static final Instant MONDAY = Instant.parse("2026-02-09T17:00:00Z");

    @Autowired
    @Qualifier("deadLetterKafkaTemplate")
    private KafkaTemplate<String, byte[]> rawTemplate;

    @BeforeEach
    void performanceTableExists() {
        PerformanceTable.create(testDatabase);
    }

    @Test
    void a_brand_without_data_gets_a_stored_scorecard_that_says_so_plainly() throws Exception {
        UUID brand = UUID.randomUUID();
        JobResult result =
                ScorecardRuns.run(publisher, ScorecardRuns.request(brand, MONDAY, ScorecardParameters.defaults()));

        assertThat(result.status()).isEqualTo(ResultStatus.SUCCEEDED);
        assertThat(result.summary()).containsEntry("ads_evaluated", 0).containsEntry("currencies", List.of());
        Object id = result.summary().get("scorecard_id");
        storedScorecardJson(id)
                .jsonPath("$.summary.has_data")
                .isEqualTo(false)
                .jsonPath("$.summary.message")
                .isEqualTo("No ad performance data for this brand from 2026-02-02 to 2026-02-08.")
                .jsonPath("$.ads")
                .isEmpty();
        assertThat(text("/api/v1/scorecards/{id}.html", id))
                .contains("No ad performance data for this brand from 2026-02-02 to 2026-02-08.")
                .doesNotContain("Top performers");
        assertThat(text("/api/v1/scorecards/{id}.csv", id))
                .isEqualTo(
                        "currency,category,rank,ad_account_id,ad_id,ad_name,campaign_name,spend,revenue,roas,purchases,cpa,"
                                + "impressions,clicks,ctr_percent,period_start,period_end,time_zone\r\n");
    }

    @Test
    void lists_a_brands_scorecards_newest_period_first_in_pages() throws Exception {
        UUID brand = UUID.randomUUID();
        for (Instant week : List.of(MONDAY.minusSeconds(7 * 86400), MONDAY, MONDAY.minusSeconds(14 * 86400))) {
            assertThat(ScorecardRuns.run(publisher, ScorecardRuns.request(brand, week, ScorecardParameters.defaults()))
                            .status())
                    .isEqualTo(ResultStatus.SUCCEEDED);
        }
        ScorecardRuns.run(publisher, ScorecardRuns.request(UUID.randomUUID(), MONDAY, ScorecardParameters.defaults()));

        Answers.okJson(web.get().uri("/api/v1/brands/{brand}/scorecards?size=2", brand))
                .jsonPath("$.total_items")
                .isEqualTo(3)
                .jsonPath("$.page")
                .isEqualTo(0)
                .jsonPath("$.size")
                .isEqualTo(2)
                .jsonPath("$.items.length()")
                .isEqualTo(2)
                .jsonPath("$.items[0].period.end")
                .isEqualTo("2026-02-08")
                .jsonPath("$.items[1].period.end")
                .isEqualTo("2026-02-01")
                .jsonPath("$.items[0].brand_id")
                .isEqualTo(brand.toString())
                .jsonPath("$.items[0].summary.has_data")
                .isEqualTo(false)
                .jsonPath("$.items[0].ads")
                .doesNotExist();
        Answers.okJson(web.get().uri("/api/v1/brands/{brand}/scorecards?size=2&page=1", brand))
                .jsonPath("$.items.length()")
                .isEqualTo(1)
                .jsonPath("$.items[0].period.end")
                .isEqualTo("2026-01-25");
    }

    @Test
    void a_redelivered_run_does_not_create_a_second_scorecard() throws Exception {
        UUID brand = UUID.randomUUID();
        PerformanceTable.insert(
                testDatabase,
                List.of(PerformanceRow.account(brand, "act_300", "USD")
                        .row("ad_1", "Only ad", "2026-02-03", "20.00", "50.00", 1, 100, 5)));
        ScorecardRequested first = ScorecardRuns.request(brand, MONDAY, ScorecardParameters.defaults());
        JobResult original = ScorecardRuns.run(publisher, first);
        // The same delivery again (answered from the processed runs), and a re-dispatch as attempt 2 (handled
        // again: it must find the run's scorecard instead of writing another).
        JobResult repeated = ScorecardRuns.run(publisher, first);
        JobResult redispatched = ScorecardRuns.run(
                publisher,
                new ScorecardRequested(
                        first.runId(), first.jobId(), brand, first.scheduledFor(), 2, first.parameters()));

        assertThat(List.of(original, repeated, redispatched))
                .extracting(JobResult::status)
                .containsOnly(ResultStatus.SUCCEEDED);
        assertThat(repeated.summary().get("scorecard_id"))
                .isEqualTo(original.summary().get("scorecard_id"));
        assertThat(redispatched.summary().get("scorecard_id"))
                .isEqualTo(original.summary().get("scorecard_id"));
        scorecardList(brand).jsonPath("$.total_items").isEqualTo(1);
        try (var connection = testDatabase.connect();
                var statement =
                        connection.prepareStatement("SELECT count(*) FROM scorecard.scorecards WHERE run_id = ?")) {
            statement.setObject(1, first.runId());
            var rows = statement.executeQuery();
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void serves_csv_with_proper_quoting_and_html_with_money_in_the_account_currency() throws Exception {
        UUID brand = UUID.randomUUID();
        PerformanceTable.insert(
                testDatabase,
                List.of(
                        new PerformanceRow(
                                brand,
                                "act_400",
                                "JPY",
                                "ad_j1",
                                "Sale, \"50%\" off",
                                "New\nYear",
                                d("2026-02-04"),
                                dec("12345"),
                                dec("30000"),
                                3,
                                20000,
                                400),
                        new PerformanceRow(
                                brand,
                                "act_400",
                                "JPY",
                                "ad_j2",
                                "=HYPERLINK(\"x\")",
                                "<script>alert(1)</script>",
                                d("2026-02-05"),
                                dec("5000"),
                                dec("1000"),
                                1,
                                1000,
                                10),
                        new PerformanceRow(
                                brand,
                                "act_401",
                                "USD",
                                "ad_u1",
                                "Plain",
                                "Plain campaign",
                                d("2026-02-05"),
                                dec("1234.50"),
                                dec("2469.00"),
                                12,
                                50000,
                                500)));
        JobResult result = ScorecardRuns.run(
                publisher, ScorecardRuns.request(brand, MONDAY, ScorecardRuns.parameters(7, "10.0", null)));
        Object id = result.summary().get("scorecard_id");

        String csv = text("/api/v1/scorecards/{id}.csv", id);
        assertThat(csv.split("\r\n", -1))
                .containsExactly(
                        "currency,category,rank,ad_account_id,ad_id,ad_name,campaign_name,spend,revenue,roas,purchases,cpa,"
                                + "impressions,clicks,ctr_percent,period_start,period_end,time_zone",
                        "JPY,top_performer,1,act_400,ad_j1,\"Sale, \"\"50%\"\" off\",\"New\nYear\",12345.00,30000.00,2.4301,3,"
                                + "4115.00,20000,400,2.00,2026-02-02,2026-02-08,America/Los_Angeles",
                        "JPY,needs_attention,1,act_400,ad_j2,\"'=HYPERLINK(\"\"x\"\")\",<script>alert(1)</script>,5000.00,"
                                + "1000.00,0.2000,1,5000.00,1000,10,1.00,2026-02-02,2026-02-08,America/Los_Angeles",
                        "USD,top_performer,1,act_401,ad_u1,Plain,Plain campaign,1234.50,2469.00,2.0000,12,102.88,50000,500,"
                                + "1.00,2026-02-02,2026-02-08,America/Los_Angeles",
                        "");
        web.get()
                .uri("/api/v1/scorecards/{id}.csv", id)
                .exchange()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectHeader()
                .valueEquals("Content-Disposition", "attachment; filename=\"scorecard-2026-02-02-to-2026-02-08.csv\"");

        String html = text("/api/v1/scorecards/{id}.html", id);
        assertThat(html)
                .contains("¥17,345", "¥31,000", "¥12,345", "¥4,115") // yen have no minor unit
                .contains("$1,234.50", "$2,469.00", "$102.88")
                .contains("2.43x", "0.20x", "2.00x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>")
                .contains("Sale, &quot;50%&quot; off");
        assertThat(html.indexOf("Summary")).isLessThan(html.indexOf("Top performers"));
        assertThat(html.indexOf("Top performers")).isLessThan(html.indexOf("Needs attention"));
    }

    @Test
    void answers_an_unknown_scorecard_with_404_and_bad_paging_with_400_naming_the_field() {
        UUID unknown = UUID.randomUUID();
        for (String suffix : List.of("", ".csv", ".html")) {
            web.get()
                    .uri("/api/v1/scorecards/" + unknown + suffix)
                    .exchange()
                    .expectStatus()
                    .isNotFound()
                    .expectBody()
                    .jsonPath("$.detail")
                    .isEqualTo("scorecard " + unknown + " was not found");
        }
        web.get()
                .uri("/api/v1/brands/{brand}/scorecards?size=500&page=-1", UUID.randomUUID())
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("page")
                .jsonPath("$.errors[1].field")
                .isEqualTo("size")
                .jsonPath("$.errors[1].reason")
                .isEqualTo("must be between 1 and 100");
        web.get().uri("/api/v1/scorecards/not-a-uuid").exchange().expectStatus().isBadRequest();
    }

    @Test
    void a_request_with_bad_parameters_fails_as_invalid_input_and_stores_nothing() throws Exception {
        UUID brand = UUID.randomUUID();
        UUID runId = UUID.randomUUID();
        String json = """
                {"run_id":"%s","brand_id":"%s","scheduled_for":"2026-02-09T17:00:00Z","attempt":1,
                 "parameters":{"days_back":7,"min_spend":-5,"export_email":"not an address"}}
                """.formatted(runId, brand);
        try (TopicProbe results = TopicProbe.fromNow(Topics.JOB_RESULTS)) {
            rawTemplate
                    .send(JobType.SCORECARD.requestTopic(), brand.toString(), json.getBytes(StandardCharsets.UTF_8))
                    .get();
            var record = results.awaitOne(
                    r -> new String(r.value(), StandardCharsets.UTF_8).contains(runId.toString())
                            && new String(r.value(), StandardCharsets.UTF_8).contains("FAILED"),
                    Duration.ofSeconds(60));
            JobResult failed = EventJson.mapper().readValue(record.value(), JobResult.class);
            assertThat(failed.errorCategory()).isEqualTo(ErrorCategory.INVALID_INPUT);
            assertThat(failed.errorMessage()).contains("min_spend", "export_email");
        }
        scorecardList(brand).jsonPath("$.total_items").isEqualTo(0);
    }

    private static java.time.LocalDate d(String date) {
        return java.time.LocalDate.parse(date);
    }

    private static java.math.BigDecimal dec(String value) {
        return new java.math.BigDecimal(value);
    }
}
