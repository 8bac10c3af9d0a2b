package com.viraltracker.metasync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.Topics;
import com.viraltracker.events.parameters.MetaSyncParameters;
import com.viraltracker.events.request.MetaSyncRequested;
import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.result.ResultStatus;
import com.viraltracker.graphsim.AccountSpec;
import com.viraltracker.graphsim.Fault;
import com.viraltracker.graphsim.GraphSimulator.RecordedCall;
import com.viraltracker.graphsim.InsightRow;
import com.viraltracker.metasync.MetaSyncIntegrationTest;
import com.viraltracker.metasync.TestGraphSimulator;
import com.viraltracker.testing.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Long ranges in chunks: a 37-month backfill stores exactly what Meta has, resumes after the last finished chunk,
 * asks for less when Meta cannot compute a request, and starts no chunk while the account's usage is at the ceiling.
 */
class BackfillTest extends MetaSyncIntegrationTest {
    /** 37 months, as the console offers it. */
    private static final int DAYS_BACK = 1123;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MeterRegistry meters;

    /** A stored account's row count and sums (sums compared by value, whatever their scale). */
    private record Totals(long rows, BigDecimal spend, long purchases, BigDecimal purchaseValue) {
        Totals {
            spend = spend.stripTrailingZeros();
            purchaseValue = purchaseValue.stripTrailingZeros();
        }

        static Totals of(List<InsightRow> truth) {
            return new Totals(
                    truth.size(),
                    truth.stream().map(InsightRow::spend).reduce(BigDecimal.ZERO, BigDecimal::add),
                    truth.stream().mapToLong(InsightRow::purchases).sum(),
                    truth.stream().map(InsightRow::purchaseValue).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    /** One ad an account: at the tests' page size of 5, 37 months of one ad are already 225 pages. */
    @Test
    void a_37_month_backfill_of_a_brand_with_three_accounts_stores_exactly_what_meta_has_and_reports_progress() {
        UUID brand = UUID.randomUUID();
        List<String> ids = List.of(
                newAccount(AccountSpec.of(TestGraphSimulator.newAccountId()).withAds(1, 1, 1)),
                newAccount(AccountSpec.of(TestGraphSimulator.newAccountId())
                        .withAds(1, 1, 1)
                        .withTimeZone(ZoneId.of("Asia/Tokyo"))),
                newAccount(AccountSpec.of(TestGraphSimulator.newAccountId())
                        .withAds(1, 1, 1)
                        .withTimeZone(ZoneId.of("Europe/Berlin"))));
        ids.forEach(id -> link(brand, id));
        MetaSyncRequested request = request(brand, UUID.randomUUID(), 1);

        JobResult result;
        List<JobResult> progress;
        try (TopicProbe results = TopicProbe.fromNow(Topics.JOB_RESULTS)) {
            result = runSync(request, results);
            progress = results.drain(Duration.ofMillis(200)).stream()
                    .map(record -> read(record.value()))
                    .filter(r -> r.runId().equals(request.runId()) && r.status() == ResultStatus.PROGRESS)
                    .toList();
        }

        assertSucceeded(result);
        int days = 0;
        for (String id : ids) {
            LocalDate today = simulator.today(id);
            LocalDate first = today.minusDays(DAYS_BACK - 1);
            days += DAYS_BACK;
            assertThat(stored("act_" + id))
                    .as("act_%s", id)
                    .isEqualTo(Totals.of(simulator.groundTruth(id, first, today)));
        }
        assertThat(result.summary().get("rows_upserted")).isEqualTo(DAYS_BACK * 3);
        // 1,123 days in chunks of 90 (the tests' chunk-days): 13 an account.
        assertThat(result.summary().get("chunks")).isEqualTo(39);
        assertThat(progress).hasSize(39);
        assertThat(progress.get(progress.size() - 1).summary())
                .containsEntry("chunks_done", 39)
                .containsEntry("chunks_total", 39)
                .containsEntry("days_stored", days);
        assertThat(progress.stream().map(p -> (Integer) p.summary().get("chunks_done")))
                .isSorted()
                .doesNotHaveDuplicates();
    }

    @Test
    void a_backfill_stopped_midway_resumes_under_the_same_run_id_without_reading_a_finished_chunk_again()
            throws Exception {
        UUID brand = UUID.randomUUID();
        String id = newAccount(AccountSpec.of(TestGraphSimulator.newAccountId()).withAds(1, 1, 1));
        String account = link(brand, id);
        UUID runId = UUID.randomUUID();
        // The token expires once five report runs were started: some chunks are stored, the rest are not.
        Thread expire = new Thread(() -> {
            while (simulator.calls(id).stream()
                            .filter(call -> call.method().equals("POST"))
                            .count()
                    < 5) {
                Thread.onSpinWait();
            }
            simulator.injectFault(id, Fault.expiredToken().on(Fault.Scope.INSIGHTS));
        });
        expire.start();

        JobResult interrupted = runSync(request(brand, runId, 1));
        expire.join(10_000);

        assertThat(interrupted.status()).isEqualTo(ResultStatus.FAILED);
        assertThat(interrupted.errorCategory()).isEqualTo(ErrorCategory.AUTH);
        List<Chunk> finished = finishedChunks(runId, account);
        assertThat(finished).isNotEmpty().hasSizeLessThan(13);
        simulator.clearFaults(id);
        int callsBefore = simulator.calls(id).size();

        JobResult resumed = runSync(request(brand, runId, 2));

        assertSucceeded(resumed);
        assertThat(resumed.summary().get("chunks_resumed")).isEqualTo(finished.size());
        List<Chunk> readAgain = new ArrayList<>();
        for (RecordedCall call :
                simulator.calls(id).subList(callsBefore, simulator.calls(id).size())) {
            String range = call.params().get("time_range");
            if (range != null) {
                Chunk asked = timeRange(range);
                finished.stream()
                        .filter(done -> !asked.until().isBefore(done.since())
                                && !asked.since().isAfter(done.until()))
                        .forEach(done -> readAgain.add(asked));
            }
        }
        assertThat(readAgain)
                .as("requests of the second attempt overlapping a finished chunk")
                .isEmpty();
        LocalDate today = simulator.today(id);
        assertThat(stored(account))
                .isEqualTo(Totals.of(simulator.groundTruth(id, today.minusDays(DAYS_BACK - 1), today)));
        assertThat(finishedChunks(runId, account)).hasSize(13);
    }

    @Test
    void a_request_meta_cannot_compute_is_halved_down_to_a_day_then_read_one_campaign_at_a_time() {
        UUID brand = UUID.randomUUID();
        // Three campaigns of one ad: any synchronous request for more than two rows is "too much data", so even a
        // single day (three rows) has to be read campaign by campaign.
        String id = newAccount(AccountSpec.of(TestGraphSimulator.newAccountId())
                .withAds(3, 1, 1)
                .withReduceDataAbove(2));
        String account = link(brand, id);
        double byDays = splits("days");
        double byCampaign = splits("campaign");

        JobResult result = runSync(brand, 8);

        assertSucceeded(result);
        LocalDate today = simulator.today(id);
        assertThat(stored(account)).isEqualTo(Totals.of(simulator.groundTruth(id, today.minusDays(7), today)));
        // 8 days halve into 4, 2 and 1: 7 splits; each of the 8 days is then read by campaign.
        assertThat(splits("days") - byDays).isEqualTo(7);
        assertThat(splits("campaign") - byCampaign).isEqualTo(8);
        assertThat(simulator.calls(id).stream().filter(call -> call.params().containsKey("filtering")))
                .hasSize(24);
    }

    @Test
    void an_async_report_run_too_large_for_meta_is_asked_again_in_halves() {
        UUID brand = UUID.randomUUID();
        String id = newAccount(AccountSpec.of(TestGraphSimulator.newAccountId())
                .withAds(1, 1, 1)
                .withAsyncRowLimit(30));
        String account = link(brand, id);

        JobResult result = runSync(brand, 60);

        assertSucceeded(result);
        LocalDate today = simulator.today(id);
        assertThat(stored(account)).isEqualTo(Totals.of(simulator.groundTruth(id, today.minusDays(59), today)));
        // 60 days fail (60 rows), their halves of 30 days (above async-days-threshold: 20) each complete.
        assertThat(simulator.calls(id).stream().filter(call -> call.method().equals("POST")))
                .hasSize(3);
    }

    @Test
    void no_chunk_starts_while_usage_is_at_the_ceiling_and_the_sync_goes_on_once_it_falls() throws Exception {
        UUID brand = UUID.randomUUID();
        String id = newAccount(AccountSpec.of(TestGraphSimulator.newAccountId()).withAds(1, 1, 1));
        simulator.usage(id, 95);
        // Linking reads the account, and with it the usage headers.
        link(brand, id);
        int linkCalls = simulator.calls(id).size();
        double waitsBefore = meters.counter(BackfillMetrics.USAGE_WAITS).count();
        int[] callsWhileHigh = {0};
        // Usage falls once the sync asked Meta twice whether it had.
        Thread fall = new Thread(() -> {
            while (simulator.calls(id).size() < linkCalls + 2) {
                Thread.onSpinWait();
            }
            callsWhileHigh[0] = simulator.calls(id).size();
            simulator.usage(id, 10);
        });
        fall.start();

        JobResult result = runSync(brand, 3);
        fall.join(5_000);

        assertSucceeded(result);
        assertThat(result.summary().get("rows_upserted")).isEqualTo(3);
        List<RecordedCall> whileHigh = simulator.calls(id).subList(0, callsWhileHigh[0]);
        assertThat(whileHigh).as("calls while usage was 95%").isNotEmpty();
        assertThat(whileHigh).noneMatch(call -> call.path().endsWith("/insights"));
        assertThat(meters.counter(BackfillMetrics.USAGE_WAITS).count() - waitsBefore)
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_long_estimated_time_to_regain_access_fails_the_run_as_rate_limited_with_a_retry_after_hint() {
        UUID brand = UUID.randomUUID();
        String id = newAccount(AccountSpec.of(TestGraphSimulator.newAccountId()).withAds(1, 1, 1));
        // At 100% Meta says the account regains access in 5 minutes, more than the tests' max-usage-wait of 3 s.
        simulator.usage(id, 100);
        String account = link(brand, id);

        JobResult result = runSync(brand, 3);

        assertThat(result.status()).isEqualTo(ResultStatus.FAILED);
        assertThat(result.errorCategory()).isEqualTo(ErrorCategory.RATE_LIMITED);
        assertThat(result.errorMessage()).contains(account).contains("estimated_time_to_regain_access");
        assertThat(result.retryAfter())
                .isBetween(
                        simulator.clock().instant().plus(Duration.ofMinutes(4)),
                        simulator.clock().instant().plus(Duration.ofMinutes(6)));
        assertThat(simulator.calls(id)).noneMatch(call -> call.path().endsWith("/insights"));
    }

    /**
     * An account with 37 months of history. A call costs it 0.05 % of its hourly quota: at the tests' page size of 5
     * rows a backfill takes hundreds of calls, which at the simulator's default share would reach the ceiling.
     */
    private String newAccount(AccountSpec spec) {
        simulator.account(spec.withHistoryDays(1200));
        simulator.usagePerCall(spec.id(), 0.05);
        return spec.id();
    }

    private static MetaSyncRequested request(UUID brand, UUID runId, int attempt) {
        return new MetaSyncRequested(
                runId, null, brand, simulator.clock().instant(), attempt, new MetaSyncParameters(DAYS_BACK));
    }

    private double splits(String by) {
        var counter = meters.find(BackfillMetrics.SPLIT).tag("by", by).counter();
        return counter == null ? 0 : counter.count();
    }

    private static Chunk timeRange(String json) {
        JsonNode node = JSON.readTree(json);
        return new Chunk(
                LocalDate.parse(node.path("since").asString()),
                LocalDate.parse(node.path("until").asString()));
    }

    private Totals stored(String account) {
        try (Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement("""
                        SELECT count(*), coalesce(sum(spend), 0), coalesce(sum(purchases), 0),
                               coalesce(sum(purchase_value), 0)
                          FROM meta_sync.meta_ads_performance WHERE ad_account_id = ?""")) {
            statement.setString(1, account);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new Totals(rows.getLong(1), rows.getBigDecimal(2), rows.getLong(3), rows.getBigDecimal(4));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private List<Chunk> finishedChunks(UUID runId, String account) {
        List<Chunk> chunks = new ArrayList<>();
        try (Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT since, until FROM meta_sync.finished_chunks WHERE run_id = ? AND ad_account_id = ?")) {
            statement.setObject(1, runId);
            statement.setString(2, account);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    chunks.add(new Chunk(
                            rows.getDate(1).toLocalDate(), rows.getDate(2).toLocalDate()));
                }
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return chunks;
    }
}
