package com.viraltracker.metasync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.parameters.MetaSyncParameters;
import com.viraltracker.events.request.MetaSyncRequested;
import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.result.ResultStatus;
import com.viraltracker.graphsim.AccountSpec;
import com.viraltracker.graphsim.Fault;
import com.viraltracker.graphsim.GraphSimulator;
import com.viraltracker.graphsim.InsightRow;
import com.viraltracker.metasync.MetaSyncIntegrationTest;
import com.viraltracker.metasync.TestGraphSimulator;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MetaSyncJobTest extends MetaSyncIntegrationTest {

    /** What a stored row must equal: the simulator's numbers for that ad and day. */
    private record Stored(
            BigDecimal spend,
            long purchases,
            BigDecimal purchaseValue,
            long addToCarts,
            long linkClicks,
            String currency) {}

    @Test
    void syncs_a_brand_with_two_accounts_into_exactly_the_simulators_ground_truth() throws SQLException {
        UUID brand = UUID.randomUUID();
        String first = TestGraphSimulator.newAccountId();
        String second = TestGraphSimulator.newAccountId();
        // Different time zones and currencies: each account's "last 3 days" are its own days.
        simulator.account(AccountSpec.of(first).withAds(2, 1, 2).withCurrency("USD"));
        simulator.account(AccountSpec.of(second)
                .withAds(1, 2, 1)
                .withCurrency("EUR")
                .withTimeZone(ZoneId.of("Pacific/Auckland")));
        link(brand, first);
        link(brand, second);

        JobResult result = runSync(brand, 3);

        assertSucceeded(result);
        assertThat(result.summary().get("rows_upserted")).isEqualTo(3 * 4 + 3 * 2);
        assertThat(result.summary().get("accounts"))
                .asList()
                .containsExactlyInAnyOrder("act_" + first, "act_" + second);
        for (String account : List.of(first, second)) {
            LocalDate today = simulator.today(account);
            List<InsightRow> truth = simulator.groundTruth(account, today.minusDays(2), today);
            Map<String, Stored> stored = stored("act_" + account);
            assertThat(stored).hasSize(truth.size());
            for (InsightRow row : truth) {
                Stored actual = stored.get(row.adId() + "|" + row.date());
                assertThat(actual)
                        .as("row for ad %s on %s", row.adId(), row.date())
                        .isNotNull();
                assertThat(actual.spend()).isEqualByComparingTo(row.spend());
                assertThat(actual.purchases()).isEqualTo(row.purchases());
                assertThat(actual.purchaseValue()).isEqualByComparingTo(row.purchaseValue());
                assertThat(actual.addToCarts()).isEqualTo(row.addToCarts());
                assertThat(actual.linkClicks()).isEqualTo(row.linkClicks());
                assertThat(actual.currency())
                        .isEqualTo(simulator.account(account).currency());
            }
            // Sums per day to the cent, as the scorecard will read them.
            Map<LocalDate, BigDecimal> truthSpend = truth.stream()
                    .collect(Collectors.groupingBy(
                            InsightRow::date,
                            Collectors.reducing(BigDecimal.ZERO, InsightRow::spend, BigDecimal::add)));
            Map<LocalDate, BigDecimal> truthValue = truth.stream()
                    .collect(Collectors.groupingBy(
                            InsightRow::date,
                            Collectors.reducing(BigDecimal.ZERO, InsightRow::purchaseValue, BigDecimal::add)));
            for (LocalDate day : truthSpend.keySet()) {
                assertThat(sum("spend", "act_" + account, day)).isEqualByComparingTo(truthSpend.get(day));
                assertThat(sum("purchase_value", "act_" + account, day)).isEqualByComparingTo(truthValue.get(day));
            }
        }
    }

    @Test
    void syncing_the_same_days_twice_keeps_the_row_count_and_stores_the_restated_values() throws SQLException {
        UUID brand = UUID.randomUUID();
        String account = linkNewAccount(brand, 3);
        assertSucceeded(runSync(brand, 4));
        Map<String, Stored> before = stored(account);
        assertThat(before).hasSize(12);

        simulator.restate(account);
        JobResult again = runSync(brand, 4);

        assertSucceeded(again);
        Map<String, Stored> after = stored(account);
        assertThat(after).hasSize(12).containsOnlyKeys(before.keySet());
        LocalDate today = simulator.today(account);
        for (InsightRow row : simulator.groundTruth(account, today.minusDays(3), today)) {
            assertThat(after.get(row.adId() + "|" + row.date()).spend()).isEqualByComparingTo(row.spend());
        }
        assertThat(after).isNotEqualTo(before);
        assertThat(count("SELECT count(*) FROM meta_sync.meta_ads_performance WHERE ad_account_id = ?", account))
                .isEqualTo(12);
    }

    @Test
    void pages_through_many_pages_following_next_and_never_asks_for_a_page_twice() {
        UUID brand = UUID.randomUUID();
        String account = linkNewAccount(brand, 4);
        long callsBefore = simulator.callCount(account);

        JobResult result = runSync(brand, 7);

        assertSucceeded(result);
        assertThat(result.summary().get("rows_upserted")).isEqualTo(28);
        List<GraphSimulator.RecordedCall> insightCalls = simulator.calls(account).stream()
                .filter(call -> call.path().endsWith("/insights"))
                .toList();
        // 28 rows at 5 a page: 6 pages, one call each; the last page has cursors but no next, and we stop there.
        assertThat(insightCalls).hasSize(6);
        assertThat(simulator.callCount(account) - callsBefore).isEqualTo(6);
        Set<String> cursors = new HashSet<>();
        insightCalls.stream()
                .skip(1)
                .forEach(call -> assertThat(cursors.add(call.params().get("after")))
                        .as("cursor %s asked once", call.params().get("after"))
                        .isTrue());
        assertThat(result.summary().get("api_calls")).isEqualTo(6);
    }

    @Test
    void a_brand_without_a_linked_account_fails_as_not_found_with_a_clear_message() {
        UUID brand = UUID.randomUUID();
        JobResult result = runSync(brand, 7);
        assertThat(result.status()).isEqualTo(ResultStatus.FAILED);
        assertThat(result.errorCategory()).isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(result.errorMessage())
                .contains(brand.toString())
                .contains("no linked Meta ad account")
                .contains("/ad-accounts");
    }

    @Test
    void invalid_days_back_fails_as_invalid_input_without_calling_meta() throws Exception {
        UUID brand = UUID.randomUUID();
        String account = linkNewAccount(brand, 1);
        long callsBefore = simulator.callCount(account);
        UUID runId = UUID.randomUUID();
        String json = "{\"run_id\":\"" + runId + "\",\"brand_id\":\"" + brand + "\",\"scheduled_for\":\""
                + Instant.now() + "\",\"attempt\":1,\"parameters\":{\"days_back\":0}}";
        try (var results = com.viraltracker.testing.TopicProbe.fromNow(com.viraltracker.events.Topics.JOB_RESULTS)) {
            try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(Map.of(
                    "bootstrap.servers", com.viraltracker.testing.KafkaTestBroker.bootstrapServers(),
                    "key.serializer", org.apache.kafka.common.serialization.StringSerializer.class,
                    "value.serializer", org.apache.kafka.common.serialization.StringSerializer.class))) {
                producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(
                                "viraltracker.jobs.meta_sync.v1", brand.toString(), json))
                        .get();
            }
            JobResult result =
                    read(results.awaitOne(r -> read(r.value()).runId().equals(runId), java.time.Duration.ofSeconds(60))
                            .value());
            assertThat(result.status()).isEqualTo(ResultStatus.FAILED);
            assertThat(result.errorCategory()).isEqualTo(ErrorCategory.INVALID_INPUT);
            assertThat(result.errorMessage()).contains("days_back");
        }
        assertThat(simulator.callCount(account)).isEqualTo(callsBefore);
    }

    @Test
    void a_redelivered_finished_run_is_answered_again_without_calling_meta() {
        UUID brand = UUID.randomUUID();
        String account = linkNewAccount(brand, 2);
        MetaSyncRequested request =
                new MetaSyncRequested(UUID.randomUUID(), null, brand, Instant.now(), 1, new MetaSyncParameters(2));
        JobResult first = runSync(request);
        assertSucceeded(first);
        long callsAfterFirst = simulator.callCount(account);

        JobResult second = runSync(request);

        assertThat(second.status()).isEqualTo(ResultStatus.SUCCEEDED);
        assertThat(second.summary()).isEqualTo(first.summary());
        assertThat(simulator.callCount(account)).isEqualTo(callsAfterFirst);
        assertThat(count("SELECT count(*) FROM meta_sync.meta_ads_performance WHERE ad_account_id = ?", account))
                .isEqualTo(4);
    }

    @Test
    void a_range_longer_than_the_async_threshold_goes_through_an_async_report_run() throws SQLException {
        UUID brand = UUID.randomUUID();
        String account = linkNewAccount(brand, 2);

        JobResult result = runSync(brand, 30);

        assertSucceeded(result);
        assertThat(result.summary().get("async_reports")).isEqualTo(1);
        assertThat(result.summary().get("rows_upserted")).isEqualTo(60);
        assertThat(simulator.calls(account)).anyMatch(call -> call.method().equals("POST"));
        assertThat(simulator.calls(account)).anyMatch(call -> call.path().matches("/v[0-9.]+/[0-9]+/insights"));
        LocalDate today = simulator.today(account);
        BigDecimal truth = simulator.groundTruth(account, today.minusDays(29), today).stream()
                .map(InsightRow::purchaseValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal stored =
                stored(account).values().stream().map(Stored::purchaseValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(stored).isEqualByComparingTo(truth);
    }

    @Test
    void too_many_rows_for_a_synchronous_request_switches_to_an_async_report_run() {
        UUID brand = UUID.randomUUID();
        String id = TestGraphSimulator.newAccountId();
        simulator.account(AccountSpec.of(id).withAds(1, 2, 2).withSyncRowLimit(10));
        link(brand, id);

        JobResult result = runSync(brand, 5);

        assertSucceeded(result);
        assertThat(result.summary().get("async_reports")).isEqualTo(1);
        assertThat(result.summary().get("rows_upserted")).isEqualTo(20);
        assertThat(result.summary().get("retries")).isEqualTo(0);
    }

    @Test
    void an_async_report_run_that_meta_fails_is_asked_again_in_halves_and_the_sync_goes_on() {
        UUID brand = UUID.randomUUID();
        String account = linkNewAccount(brand, 1);
        simulator.injectFault(account, Fault.asyncJobFails());

        JobResult result = runSync(brand, 25);

        // 25 days go through one report run (async-days-threshold: 20); it fails, so the two halves (12 and 13
        // days) are read synchronously.
        assertSucceeded(result);
        assertThat(result.summary().get("rows_upserted")).isEqualTo(25);
        assertThat(simulator.calls(account).stream()
                        .filter(call -> call.method().equals("POST")))
                .hasSize(1);
        assertThat(simulator.calls(account).stream()
                        .filter(call ->
                                call.method().equals("GET") && call.path().endsWith("/insights"))
                        .map(call -> call.params().get("time_range"))
                        .distinct())
                .hasSize(2);
    }

    private Map<String, Stored> stored(String account) throws SQLException {
        Map<String, Stored> rows = new HashMap<>();
        try (Connection connection = database.connect();
                var statement = connection.prepareStatement("""
                SELECT ad_id, date, spend, purchases, purchase_value, add_to_carts, link_clicks, currency
                  FROM meta_sync.meta_ads_performance WHERE ad_account_id = ?""")) {
            statement.setString(1, account.startsWith("act_") ? account : "act_" + account);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.put(
                            result.getString("ad_id") + "|"
                                    + result.getDate("date").toLocalDate(),
                            new Stored(
                                    result.getBigDecimal("spend"),
                                    result.getLong("purchases"),
                                    result.getBigDecimal("purchase_value"),
                                    result.getLong("add_to_carts"),
                                    result.getLong("link_clicks"),
                                    result.getString("currency").trim()));
                }
            }
        }
        return rows;
    }

    private BigDecimal sum(String column, String account, LocalDate day) throws SQLException {
        try (Connection connection = database.connect();
                var statement = connection.prepareStatement("SELECT coalesce(sum(" + column
                        + "), 0) FROM meta_sync.meta_ads_performance " + "WHERE ad_account_id = ? AND date = ?")) {
            statement.setString(1, account);
            statement.setObject(2, day);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBigDecimal(1);
            }
        }
    }
}
