package com.viraltracker.graphsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GraphSimulatorTest {
    // 2026-03-10 02:00 UTC is still 2026-03-09 in Los Angeles: "today" must be the account's day.
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), ZoneOffset.UTC);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static GraphSimulator simulator;

    @BeforeAll
    static void start() {
        simulator =
                GraphSimulator.start(SimulatorConfig.defaults().withClock(CLOCK).withPollsUntilComplete(2));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void answers_an_ad_account_with_its_currency_and_time_zone() throws Exception {
        simulator.account(AccountSpec.of("1001").withCurrency("EUR").withTimeZone(ZoneId.of("Europe/Berlin")));
        JsonNode account = get("/v24.0/act_1001?fields=name,currency,timezone_name,account_status&access_token=t").body;
        assertThat(account.path("id").asString()).isEqualTo("act_1001");
        assertThat(account.path("currency").asString()).isEqualTo("EUR");
        assertThat(account.path("timezone_name").asString()).isEqualTo("Europe/Berlin");
        assertThat(account.path("account_status").asInt()).isEqualTo(1);
        assertThat(simulator.today("act_1001")).isEqualTo(LocalDate.parse("2026-03-10"));
        assertThat(simulator.today("act_1002")).isEqualTo(LocalDate.parse("2026-03-09"));
    }

    @Test
    void serves_one_row_per_ad_per_day_with_numbers_as_strings_equal_to_the_ground_truth() throws Exception {
        simulator.account(AccountSpec.of("1003").withAds(2, 1, 2));
        Answer answer = get(insights("1003", "2026-03-07", "2026-03-09", 100));
        List<InsightRow> truth =
                simulator.groundTruth("1003", LocalDate.parse("2026-03-07"), LocalDate.parse("2026-03-09"));
        assertThat(truth).hasSize(12);
        JsonNode data = answer.body.path("data");
        assertThat(data.size()).isEqualTo(12);
        for (int i = 0; i < truth.size(); i++) {
            JsonNode row = data.get(i);
            assertThat(row.path("spend").isString()).isTrue();
            assertThat(new BigDecimal(row.path("spend").asString()))
                    .isEqualTo(truth.get(i).spend());
            assertThat(row.path("ad_id").asString()).isEqualTo(truth.get(i).adId());
            assertThat(row.path("date_start").asString())
                    .isEqualTo(truth.get(i).date().toString());
        }
        assertThat(answer.body.path("paging").has("next")).isFalse();
    }

    @Test
    void days_after_today_in_the_account_time_zone_have_no_rows() throws Exception {
        simulator.account(AccountSpec.of("1004").withAds(1, 1, 1));
        JsonNode data =
                get(insights("1004", "2026-03-08", "2026-03-12", 100)).body.path("data");
        assertThat(data.size()).isEqualTo(2);
        assertThat(data.get(1).path("date_start").asString()).isEqualTo("2026-03-09");
    }

    @Test
    void pages_with_cursors_and_an_absolute_next_url_until_a_last_page_without_next() throws Exception {
        simulator.account(AccountSpec.of("1005").withAds(1, 1, 3));
        Answer page = get(insights("1005", "2026-03-01", "2026-03-04", 5));
        Set<String> adDays = new HashSet<>();
        int pages = 0;
        while (true) {
            pages++;
            page.body
                    .path("data")
                    .forEach(row -> adDays.add(row.path("ad_id").asString()
                            + row.path("date_start").asString()));
            assertThat(page.body.path("paging").path("cursors").has("after")).isTrue();
            JsonNode next = page.body.path("paging").path("next");
            if (next.isMissingNode()) {
                break;
            }
            assertThat(next.asString())
                    .startsWith(simulator.baseUrl())
                    .contains("access_token=t")
                    .contains("time_increment=1")
                    .contains("limit=5")
                    .contains("after=");
            page = send(
                    HttpRequest.newBuilder(URI.create(next.asString())).GET().build());
        }
        assertThat(pages).isEqualTo(3);
        assertThat(adDays).hasSize(12);
        String lastAfter =
                page.body.path("paging").path("cursors").path("after").asString();
        Answer beyond = get(insights("1005", "2026-03-01", "2026-03-04", 5) + "&after=" + lastAfter);
        assertThat(beyond.body.path("data").size()).isZero();
        assertThat(beyond.body.has("paging")).isFalse();
    }

    @Test
    void rejects_a_range_starting_more_than_37_months_ago_like_meta() throws Exception {
        simulator.account(AccountSpec.of("1006"));
        Answer answer = get(insights("1006", "2022-12-01", "2022-12-31", 25));
        assertThat(answer.status).isEqualTo(400);
        assertThat(answer.body.path("error").path("code").asInt()).isEqualTo(3018);
    }

    @Test
    void a_synchronous_request_for_too_many_rows_fails_with_100_1487534() throws Exception {
        simulator.account(AccountSpec.of("1007").withAds(2, 2, 2).withSyncRowLimit(20));
        Answer answer = get(insights("1007", "2026-03-01", "2026-03-09", 25));
        assertThat(answer.status).isEqualTo(400);
        assertThat(answer.body.path("error").path("code").asInt()).isEqualTo(100);
        assertThat(answer.body.path("error").path("error_subcode").asInt()).isEqualTo(1487534);
    }

    @Test
    void a_synchronous_request_for_more_rows_than_it_computes_answers_reduce_the_amount_of_data() throws Exception {
        simulator.account(AccountSpec.of("1020").withAds(2, 1, 2).withReduceDataAbove(12));
        Answer tooMuch = get(insights("1020", "2026-03-01", "2026-03-09", 25));
        assertThat(tooMuch.status).isEqualTo(500);
        JsonNode error = tooMuch.body.path("error");
        assertThat(error.path("code").asInt()).isEqualTo(1);
        assertThat(error.path("type").asString()).isEqualTo("OAuthException");
        assertThat(error.path("message").asString())
                .isEqualTo("Please reduce the amount of data you're asking for, then retry your request");
        // Three days of four ads, or one campaign's two ads over six days, are small enough.
        assertThat(get(insights("1020", "2026-03-07", "2026-03-09", 25)).status).isEqualTo(200);
        String campaign = simulator
                .groundTruth("1020", LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-09"))
                .get(0)
                .ad()
                .campaignId();
        Answer filtered = get(insights("1020", "2026-03-04", "2026-03-09", 25) + "&filtering="
                + URLEncoder.encode(
                        "[{\"field\":\"campaign.id\",\"operator\":\"IN\",\"value\":[\"" + campaign + "\"]}]",
                        StandardCharsets.UTF_8));
        assertThat(filtered.status).isEqualTo(200);
        assertThat(filtered.body.path("data").size()).isEqualTo(12);
        filtered.body
                .path("data")
                .forEach(row -> assertThat(row.path("ad_id").asString()).isNotBlank());
    }

    @Test
    void campaign_level_insights_name_the_campaigns_with_data_in_the_range() throws Exception {
        simulator.account(AccountSpec.of("1021").withAds(3, 1, 1).withReduceDataAbove(1));
        Answer answer = get("/v24.0/act_1021/insights?level=campaign&fields=campaign_id&access_token=t&time_range="
                + URLEncoder.encode("{\"since\":\"2026-03-01\",\"until\":\"2026-03-09\"}", StandardCharsets.UTF_8));
        assertThat(answer.status).isEqualTo(200);
        Set<String> campaigns = new HashSet<>();
        answer.body
                .path("data")
                .forEach(row -> campaigns.add(row.path("campaign_id").asString()));
        Set<String> truth = new HashSet<>();
        simulator
                .groundTruth("1021", LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-09"))
                .forEach(row -> truth.add(row.ad().campaignId()));
        assertThat(campaigns).hasSize(3).isEqualTo(truth);
    }

    @Test
    void an_async_report_run_over_the_size_limit_ends_in_job_failed() throws Exception {
        simulator.account(AccountSpec.of("1022").withAds(1, 2, 2).withAsyncRowLimit(20));
        assertThat(asyncStatus("1022", "2026-03-01", "2026-03-09")).isEqualTo("Job Failed");
        assertThat(asyncStatus("1022", "2026-03-05", "2026-03-09")).isEqualTo("Job Completed");
    }

    private static String asyncStatus(String account, String since, String until) throws Exception {
        String body = "level=ad&time_increment=1&access_token=t&time_range="
                + URLEncoder.encode(
                        "{\"since\":\"" + since + "\",\"until\":\"" + until + "\"}", StandardCharsets.UTF_8);
        Answer created =
                send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/v24.0/act_" + account + "/insights"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
        String runId = created.body.path("report_run_id").asString();
        String status = "";
        for (int i = 0; i < 3; i++) {
            status = get("/v24.0/" + runId + "/?access_token=t")
                    .body
                    .path("async_status")
                    .asString();
        }
        return status;
    }

    @Test
    void an_injected_fault_answers_with_the_full_graph_error_body_for_its_number_of_times() throws Exception {
        simulator.account(AccountSpec.of("1008"));
        simulator.injectFault("1008", Fault.userRateLimit().times(2));
        for (int i = 0; i < 2; i++) {
            Answer failed = get(insights("1008", "2026-03-08", "2026-03-09", 25));
            assertThat(failed.status).isEqualTo(400);
            JsonNode error = failed.body.path("error");
            assertThat(error.path("code").asInt()).isEqualTo(17);
            assertThat(error.path("error_subcode").asInt()).isEqualTo(2446079);
            assertThat(error.path("type").asString()).isEqualTo("OAuthException");
            assertThat(error.path("is_transient").asBoolean()).isTrue();
            assertThat(error.path("message").asString()).contains("User request limit");
            assertThat(error.path("fbtrace_id").asString()).isNotBlank();
            assertThat(failed.headers.firstValue("x-ad-account-usage")).isPresent();
        }
        assertThat(get(insights("1008", "2026-03-08", "2026-03-09", 25)).status).isEqualTo(200);
        assertThat(simulator.callCount("1008")).isEqualTo(3);
    }

    @Test
    void the_admin_endpoint_adds_an_account_then_injects_and_clears_its_faults() throws Exception {
        URI account = URI.create(simulator.baseUrl() + "/_admin/accounts/act_1009");
        assertThat(send(HttpRequest.newBuilder(account).GET().build()).status).isEqualTo(404);
        Answer notAdded = send(HttpRequest.newBuilder(URI.create(account + "/faults"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"fault\":\"expired_token\"}"))
                .build());
        assertThat(notAdded.status).isEqualTo(400);
        assertThat(notAdded.body.path("error").asString()).contains("never added");
        Answer added = send(HttpRequest.newBuilder(account)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"currency\":\"GBP\"}"))
                .build());
        assertThat(added.body.path("currency").asString()).isEqualTo("GBP");
        Answer injected =
                send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/_admin/accounts/act_1009/faults"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"fault\":\"expired_token\"}"))
                        .build());
        assertThat(injected.status).isEqualTo(200);
        assertThat(get("/v24.0/act_1009?access_token=t")
                        .body
                        .path("error")
                        .path("code")
                        .asInt())
                .isEqualTo(190);
        send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/_admin/accounts/1009/faults"))
                .DELETE()
                .build());
        assertThat(get("/v24.0/act_1009?access_token=t").status).isEqualTo(200);
    }

    @Test
    void usage_headers_climb_with_call_volume() throws Exception {
        simulator.account(AccountSpec.of("1010"));
        simulator.usage("1010", 80);
        double first = accountUsage(get(insights("1010", "2026-03-09", "2026-03-09", 25)));
        for (int i = 0; i < 9; i++) {
            get(insights("1010", "2026-03-09", "2026-03-09", 25));
        }
        double tenth = accountUsage(get(insights("1010", "2026-03-09", "2026-03-09", 25)));
        assertThat(first).isGreaterThan(80.0);
        assertThat(tenth).isGreaterThan(first + 4);
    }

    @Test
    void an_account_with_its_own_usage_per_call_climbs_by_that_share_and_says_when_it_regains_access()
            throws Exception {
        simulator.account(AccountSpec.of("1023"));
        simulator.usagePerCall("1023", 10);
        simulator.usage("1023", 70);
        assertThat(accountUsage(get(insights("1023", "2026-03-09", "2026-03-09", 25))))
                .isEqualTo(80.0);
        Answer blocked = null;
        for (int i = 0; i < 3; i++) {
            blocked = get(insights("1023", "2026-03-09", "2026-03-09", 25));
        }
        assertThat(accountUsage(blocked)).isEqualTo(100.0);
        JsonNode businessUseCase = GraphSimulator.JSON.readTree(
                blocked.headers.firstValue("x-business-use-case-usage").orElseThrow());
        assertThat(businessUseCase
                        .path("1023")
                        .get(0)
                        .path("estimated_time_to_regain_access")
                        .asInt())
                .isEqualTo(5);
    }

    @Test
    void an_async_report_run_goes_from_not_started_to_completed_and_serves_the_same_rows() throws Exception {
        simulator.account(AccountSpec.of("1011").withAds(1, 2, 2));
        String body = "level=ad&time_increment=1&access_token=t&time_range="
                + URLEncoder.encode("{\"since\":\"2026-03-01\",\"until\":\"2026-03-09\"}", StandardCharsets.UTF_8);
        Answer created = send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/v24.0/act_1011/insights"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        String runId = created.body.path("report_run_id").asString();
        assertThat(runId).isNotBlank();
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(get("/v24.0/" + runId + "/?access_token=t")
                    .body
                    .path("async_status")
                    .asString());
        }
        assertThat(statuses).containsExactly("Job Not Started", "Job Running", "Job Completed");
        JsonNode data = get("/v24.0/" + runId + "/insights?access_token=t&limit=100")
                .body
                .path("data");
        assertThat(data.size()).isEqualTo(36);
    }

    @Test
    void an_account_never_added_is_answered_as_meta_answers_for_an_object_that_does_not_exist() throws Exception {
        for (String path : List.of(
                "/v24.0/act_1014?fields=name,currency&access_token=t",
                insights("1014", "2026-03-08", "2026-03-09", 25))) {
            Answer answer = get(path);
            assertThat(answer.status).isEqualTo(400);
            JsonNode error = answer.body.path("error");
            assertThat(error.path("message").asString())
                    .isEqualTo("Unsupported get request. Object with ID 'act_1014' does not exist, cannot be loaded"
                            + " due to missing permissions, or does not support this operation. Please read the Graph"
                            + " API documentation at https://developers.facebook.com/docs/graph-api");
            assertThat(error.path("type").asString()).isEqualTo("GraphMethodException");
            assertThat(error.path("code").asInt()).isEqualTo(100);
            assertThat(error.path("error_subcode").asInt()).isEqualTo(33);
            assertThat(error.path("fbtrace_id").asString()).isNotBlank();
            assertThat(error.has("is_transient")).isFalse();
        }
        assertThat(simulator.knows("act_1014")).isFalse();
        assertThat(simulator.callCount("1014")).isZero();
        assertThatThrownBy(() -> simulator.injectFault("1014", Fault.temporary()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("act_1014 was never added");
    }

    @Test
    void an_account_whose_owner_has_not_granted_the_token_permission_answers_error_200() throws Exception {
        simulator.account(AccountSpec.of("1015"));
        simulator.permission("1015", false);
        Answer refused = get("/v24.0/act_1015?fields=name&access_token=t");
        assertThat(refused.status).isEqualTo(403);
        JsonNode error = refused.body.path("error");
        assertThat(error.path("code").asInt()).isEqualTo(200);
        assertThat(error.path("type").asString()).isEqualTo("OAuthException");
        assertThat(error.path("message").asString())
                .isEqualTo("(#200) Ad account owner has NOT grant ads_management or ads_read permission");
        assertThat(get(insights("1015", "2026-03-08", "2026-03-09", 25)).status).isEqualTo(403);
        simulator.permission("1015", true);
        assertThat(get("/v24.0/act_1015?fields=name&access_token=t").status).isEqualTo(200);
    }

    @Test
    void restating_changes_the_last_28_days_and_leaves_older_days_alone() {
        simulator.account(AccountSpec.of("1012").withAds(1, 1, 1));
        LocalDate today = simulator.today("1012");
        InsightRow recent = simulator
                .groundTruth("1012", today.minusDays(3), today.minusDays(3))
                .get(0);
        InsightRow old = simulator
                .groundTruth("1012", today.minusDays(40), today.minusDays(40))
                .get(0);
        simulator.restate("1012");
        assertThat(simulator
                        .groundTruth("1012", today.minusDays(3), today.minusDays(3))
                        .get(0))
                .isNotEqualTo(recent);
        assertThat(simulator
                        .groundTruth("1012", today.minusDays(40), today.minusDays(40))
                        .get(0))
                .isEqualTo(old);
    }

    @Test
    void a_days_purchases_keep_changing_as_the_days_pass_until_it_is_28_days_old() {
        simulator.account(AccountSpec.of("1013").withAds(2, 2, 5));
        LocalDate day = simulator.today("1013").minusDays(60);
        List<Long> purchasesByAge = new ArrayList<>();
        List<BigDecimal> revenueByAge = new ArrayList<>();
        for (int age = 0; age <= 40; age++) {
            List<InsightRow> seen = simulator.groundTruth("1013", day, day, day.plusDays(age));
            purchasesByAge.add(seen.stream().mapToLong(InsightRow::purchases).sum());
            revenueByAge.add(seen.stream().map(InsightRow::purchaseValue).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(seen).allSatisfy(row -> {
                assertThat(row.pixelPurchases()).isLessThanOrEqualTo(row.purchases());
                assertThat(row.addToCarts()).isGreaterThanOrEqualTo(row.purchases());
            });
        }
        List<InsightRow> finals = simulator.finalTruth("1013", day, day);
        long finalPurchases = finals.stream().mapToLong(InsightRow::purchases).sum();
        BigDecimal finalRevenue =
                finals.stream().map(InsightRow::purchaseValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        // Attribution only adds purchases, on several days of the window, and never after it.
        for (int age = 1; age <= 40; age++) {
            assertThat(purchasesByAge.get(age)).isGreaterThanOrEqualTo(purchasesByAge.get(age - 1));
        }
        assertThat(new HashSet<>(revenueByAge.subList(0, 28))).hasSizeGreaterThan(3);
        assertThat(purchasesByAge.get(0)).isLessThan(finalPurchases);
        assertThat(purchasesByAge.subList(28, 41)).containsOnly(finalPurchases);
        assertThat(revenueByAge.subList(28, 41))
                .allSatisfy(revenue -> assertThat(revenue).isEqualByComparingTo(finalRevenue));
        // Spend is final at once; the window's purchases are what groundTruth answers today.
        assertThat(simulator.groundTruth("1013", day, day, day).get(0).spend())
                .isEqualTo(finals.get(0).spend());
        assertThat(simulator.groundTruth("1013", day, day)).isEqualTo(finals);
    }

    @Test
    void advancing_the_clock_moves_every_accounts_today_and_the_attribution_with_it() throws Exception {
        simulator.account(AccountSpec.of("1014").withAds(1, 1, 8));
        LocalDate today = simulator.today("1014");
        List<InsightRow> yesterdayAsOfToday = simulator.groundTruth("1014", today.minusDays(1), today.minusDays(1));
        try {
            simulator.advanceClock(java.time.Duration.ofDays(10));
            assertThat(simulator.today("1014")).isEqualTo(today.plusDays(10));
            assertThat(LocalDate.ofInstant(simulator.clock().instant(), ZoneId.of("America/Los_Angeles")))
                    .isEqualTo(today.plusDays(10));
            assertThat(simulator.groundTruth("1014", today.minusDays(1), today.minusDays(1), today))
                    .isEqualTo(yesterdayAsOfToday);
            assertThat(get(insights(
                                    "1014",
                                    today.plusDays(10).toString(),
                                    today.plusDays(10).toString(),
                                    100))
                            .body
                            .path("data")
                            .size())
                    .isEqualTo(8);
            post("/_admin/clock", "{\"advance_days\": 30}");
            assertThat(simulator.today("1014")).isEqualTo(today.plusDays(40));
            assertThat(simulator.groundTruth("1014", today.minusDays(1), today.minusDays(1)))
                    .isEqualTo(simulator.finalTruth("1014", today.minusDays(1), today.minusDays(1)));
        } finally {
            simulator.resetClock();
        }
        assertThat(simulator.today("1014")).isEqualTo(today);
    }

    private static String insights(String account, String since, String until, int limit) {
        return "/v24.0/act_" + account + "/insights?level=ad&time_increment=1&limit=" + limit + "&access_token=t"
                + "&fields=ad_id,spend,actions&time_range="
                + URLEncoder.encode(
                        "{\"since\":\"" + since + "\",\"until\":\"" + until + "\"}", StandardCharsets.UTF_8);
    }

    private static double accountUsage(Answer answer) {
        String header = answer.headers.firstValue("x-ad-account-usage").orElseThrow();
        return GraphSimulator.JSON.readTree(header).path("acc_id_util_pct").asDouble();
    }

    private record Answer(int status, JsonNode body, java.net.http.HttpHeaders headers) {}

    private static Answer get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + pathAndQuery))
                .GET()
                .build());
    }

    private static Answer post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), GraphSimulator.JSON.readTree(response.body()), response.headers());
    }
}
