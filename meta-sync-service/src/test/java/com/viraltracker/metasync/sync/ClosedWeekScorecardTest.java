package com.viraltracker.metasync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.Topics;
import com.viraltracker.events.parameters.ScorecardParameters;
import com.viraltracker.events.request.ScorecardRequested;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.serde.EventJson;
import com.viraltracker.graphsim.AccountSpec;
import com.viraltracker.graphsim.InsightRow;
import com.viraltracker.metasync.MetaSyncIntegrationTest;
import com.viraltracker.metasync.TestGraphSimulator;
import com.viraltracker.testing.KafkaTestBroker;
import com.viraltracker.testing.TestTokens;
import com.viraltracker.testing.TopicProbe;
import com.viraltracker.testing.process.ServiceProcess;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What restatement is for: after 40 simulated days of daily syncs with {@code days_back: 7}, the scorecard of a closed
 * week (its days and those of the week it is compared with all at least 28 days old) equals a scorecard computed from
 * the simulator's final numbers.
 *
 * <p>Where and how, and why so: the 40 daily syncs need meta-sync on a clock that moves, which only this module's
 * tests give it ({@code SimulatedTime}); the services take no clock setting, and none is added for a test. The
 * scorecards are scorecard-service's own computation, from its Boot jar run as a process against this module's
 * database and broker, as in production; its clock need not move, because a scorecard's week ends the day before the
 * occurrence it is for ({@code scheduled_for}). So the simulated days are placed in the past (the simulator's clock
 * is first set back) and each scorecard is requested for the Monday after the closed week. The reference is the same
 * service's scorecard of the same week after the stored rows of both weeks were overwritten with the simulator's
 * final numbers. A third scorecard, from the numbers each day had when {@code days_back} last covered it, shows that
 * Meta did revise those weeks, so the equality is restatement's doing and not luck.
 */
class ClosedWeekScorecardTest extends MetaSyncIntegrationTest {
    private static final int SYNCED_DAYS = 40;
    private static final int DAYS_BACK = 7;
    private static final int WINDOW = 28;
    /** Two ads, so the scorecard ranks and compares; each more costs every sync pages at the tests' page size of 5. */
    private static final int ADS = 2;

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Path SCORECARD_JAR = Path.of(System.getProperty(
            "metasync.jars.scorecard-service", "../scorecard-service/target/scorecard-service-0.1.0-SNAPSHOT.jar"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @AfterEach
    void backToTheRealClock() {
        simulator.resetClock();
    }

    @Test
    void after_forty_daily_syncs_a_closed_weeks_scorecard_equals_the_one_from_metas_final_numbers() throws Exception {
        try (ServiceProcess scorecards = ServiceProcess.start(
                "scorecard-service", SCORECARD_JAR, scorecardEnvironment(), Path.of("target", "process-logs"))) {
            UUID brand = UUID.randomUUID();
            String id = TestGraphSimulator.newAccountId();
            // A zone without daylight saving time: a day of simulated time is always one calendar day.
            simulator.account(AccountSpec.of(id).withAds(1, 1, ADS).withTimeZone(TOKYO));
            String account = link(brand, id);
            // The last synced day ends up more than a week before today, so every scorecard below is of the past.
            simulator.advanceClock(Duration.ofDays(-(SYNCED_DAYS + 7)));
            syncDaily(brand);
            scorecards.awaitReady(Duration.ofMinutes(3));

            LocalDate lastDay = simulator.today(id);
            LocalDate weekEnd = lastDay.minusDays(WINDOW);
            LocalDate previousWeekStart = weekEnd.minusDays(2L * DAYS_BACK - 1);
            Instant monday = weekEnd.plusDays(1).atTime(9, 0).atZone(TOKYO).toInstant();

            JsonNode synced = scorecard(scorecards, brand, monday);
            assertThat(synced.path("period").path("end").asString()).isEqualTo(weekEnd.toString());
            assertThat(synced.path("previous_period").path("start").asString()).isEqualTo(previousWeekStart.toString());
            assertThat(synced.path("ads")).hasSize(ADS);

            overwrite(account, simulator.finalTruth(id, previousWeekStart, weekEnd));
            JsonNode fromFinalNumbers = scorecard(scorecards, brand, monday);

            assertThat(withoutIdentity(synced)).isEqualTo(withoutIdentity(fromFinalNumbers));

            List<InsightRow> asDaysBackLeftThem = new ArrayList<>();
            for (LocalDate day = previousWeekStart; !day.isAfter(weekEnd); day = day.plusDays(1)) {
                asDaysBackLeftThem.addAll(simulator.groundTruth(id, day, day, day.plusDays(DAYS_BACK - 1)));
            }
            overwrite(account, asDaysBackLeftThem);
            JsonNode fromEarlyNumbers = scorecard(scorecards, brand, monday);
            assertThat(revenue(fromEarlyNumbers))
                    .as("the weeks' revenue as days_back alone would have left it")
                    .isLessThan(revenue(fromFinalNumbers));
        }
    }

    private void syncDaily(UUID brand) {
        try (TopicProbe results = TopicProbe.fromNow(Topics.JOB_RESULTS)) {
            for (int day = 0; day < SYNCED_DAYS; day++) {
                if (day > 0) {
                    simulator.advanceClock(Duration.ofDays(1));
                }
                assertSucceeded(syncDueNow(brand, DAYS_BACK, results));
            }
        }
    }

    private Map<String, String> scorecardEnvironment() {
        Map<String, String> environment = new HashMap<>(database.serviceEnvironment());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", KafkaTestBroker.bootstrapServers());
        environment.put("AUTH_JWT_SECRET", TestTokens.SECRET);
        return environment;
    }

    /** Requests the brand's scorecard for the occurrence {@code scheduledFor}, as the scheduler would, and reads it. */
    private JsonNode scorecard(ServiceProcess scorecards, UUID brand, Instant scheduledFor) throws Exception {
        ScorecardRequested request = new ScorecardRequested(
                UUID.randomUUID(),
                null,
                brand,
                scheduledFor,
                1,
                new ScorecardParameters(
                        DAYS_BACK,
                        BigDecimal.ZERO,
                        null,
                        ScorecardParameters.DEFAULT_TOP_PERFORMER_ROAS,
                        ScorecardParameters.DEFAULT_NEEDS_ATTENTION_ROAS));
        JobResult result;
        try (TopicProbe results = TopicProbe.fromNow(Topics.JOB_RESULTS)) {
            kafka.send(request.jobType().requestTopic(), brand.toString(), request)
                    .get();
            result = read(results.awaitOne(
                            record -> {
                                JobResult any = read(record.value());
                                return any.runId().equals(request.runId())
                                        && any.status().isTerminal();
                            },
                            Duration.ofSeconds(60))
                    .value());
        }
        assertSucceeded(result);
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(scorecards.baseUrl() + "/api/v1/scorecards/"
                                + result.summary().get("scorecard_id")))
                        .header("Authorization", TestTokens.bearer(TestTokens.admin()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return EventJson.mapper().readTree(answer.body());
    }

    /** The stored rows of those ads and days now hold {@code rows}' numbers, every one the scorecard reads. */
    private void overwrite(String account, List<InsightRow> rows) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement update = connection.prepareStatement("""
                        UPDATE meta_sync.meta_ads_performance
                           SET spend = ?, impressions = ?, clicks = ?, purchases = ?, purchase_value = ?
                         WHERE ad_account_id = ? AND ad_id = ? AND date = ?""")) {
            for (InsightRow row : rows) {
                update.setBigDecimal(1, row.spend());
                update.setLong(2, row.impressions());
                update.setLong(3, row.clicks());
                update.setLong(4, row.purchases());
                update.setBigDecimal(5, row.purchaseValue());
                update.setString(6, account);
                update.setString(7, row.adId());
                update.setObject(8, row.date());
                assertThat(update.executeUpdate())
                        .as("a stored row of ad %s on %s", row.adId(), row.date())
                        .isEqualTo(1);
            }
        }
        assertThat(rows).hasSize(2 * DAYS_BACK * ADS);
    }

    /** The scorecard without what differs between any two runs: its id, run and time of computing. */
    private static JsonNode withoutIdentity(JsonNode scorecard) {
        var copy = scorecard.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) copy).remove(List.of("id", "run_id", "created_at"));
        return copy;
    }

    private static BigDecimal revenue(JsonNode scorecard) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode ad : scorecard.path("ads")) {
            total = total.add(new BigDecimal(ad.path("revenue").asString()));
        }
        return total;
    }
}
