package com.viraltracker.metasync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.Topics;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.graphsim.AccountSpec;
import com.viraltracker.graphsim.InsightRow;
import com.viraltracker.metasync.MetaSyncIntegrationTest;
import com.viraltracker.metasync.TestGraphSimulator;
import com.viraltracker.testing.TopicProbe;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Days Meta revises after they were first synced end up stored with their final numbers. */
class RestatementTest extends MetaSyncIntegrationTest {
    private static final int SYNCED_DAYS = 40;
    private static final int DAYS_BACK = 7;
    private static final int WINDOW = 28;
    /** One ad: at the tests' page size of 5 rows, every ad more costs each of the 40 syncs six more pages. */
    private static final int ADS = 1;

    /** A stored row's numbers that Meta revises, and one it does not. */
    private record Numbers(BigDecimal spend, long purchases, BigDecimal purchaseValue) {
        static Numbers of(InsightRow row) {
            return new Numbers(row.spend(), row.purchases(), row.purchaseValue());
        }
    }

    @AfterEach
    void backToTheRealClock() {
        simulator.resetClock();
    }

    @Test
    void forty_daily_syncs_of_seven_days_leave_every_day_older_than_28_days_with_its_final_numbers()
            throws SQLException {
        UUID brand = UUID.randomUUID();
        String id = TestGraphSimulator.newAccountId();
        // A zone without daylight saving time: a day of simulated time is always one calendar day.
        simulator.account(AccountSpec.of(id).withAds(1, 1, ADS).withTimeZone(ZoneId.of("Asia/Tokyo")));
        String account = link(brand, id);
        LocalDate firstDay = simulator.today(id);

        List<JobResult> syncs = new ArrayList<>();
        try (TopicProbe results = TopicProbe.fromNow(Topics.JOB_RESULTS)) {
            for (int day = 0; day < SYNCED_DAYS; day++) {
                if (day > 0) {
                    simulator.advanceClock(Duration.ofDays(1));
                }
                JobResult sync = syncDueNow(brand, DAYS_BACK, results);
                assertSucceeded(sync);
                syncs.add(sync);
            }
        }
        LocalDate lastDay = simulator.today(id);
        assertThat(lastDay).isEqualTo(firstDay.plusDays(SYNCED_DAYS - 1));

        Map<String, Numbers> stored = stored(account);
        LocalDate firstStored = firstDay.minusDays(DAYS_BACK - 1);
        assertThat(stored).hasSize((int) (lastDay.toEpochDay() - firstStored.toEpochDay() + 1) * ADS);
        LocalDate lastFinal = lastDay.minusDays(WINDOW);
        List<InsightRow> finals = simulator.finalTruth(id, firstStored, lastFinal);
        assertThat(finals).hasSize(18 * ADS);
        for (InsightRow row : finals) {
            assertThat(stored.get(row.adId() + "|" + row.date()))
                    .as("ad %s on %s", row.adId(), row.date())
                    .isEqualTo(Numbers.of(row));
        }
        // The days still inside the window hold what Meta says today.
        for (InsightRow row : simulator.groundTruth(id, lastFinal.plusDays(1), lastDay)) {
            assertThat(stored.get(row.adId() + "|" + row.date())).isEqualTo(Numbers.of(row));
        }
        // Meta did revise those days after days_back left them behind: the window, not luck, made them final.
        List<InsightRow> asLastSeenByDaysBack =
                simulator.groundTruth(id, firstStored, lastFinal, lastFinal.plusDays(DAYS_BACK - 1));
        assertThat(asLastSeenByDaysBack).isNotEqualTo(finals);
        assertThat(sum(asLastSeenByDaysBack)).isLessThan(sum(finals));

        // Once the first stored day is 28 days old, each daily sync reads the 29 days from the one turning 28.
        JobResult steady = syncs.get(SYNCED_DAYS - 1);
        assertThat(steady.summary().get("since"))
                .isEqualTo(lastDay.minusDays(WINDOW).toString());
        assertThat(steady.summary().get("rows_upserted")).isEqualTo((WINDOW + 1) * ADS);
        assertThat(syncs.get(1).summary().get("rows_upserted")).isEqualTo((DAYS_BACK + 1) * ADS);
    }

    private static BigDecimal sum(List<InsightRow> rows) {
        return rows.stream().map(InsightRow::purchaseValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Map<String, Numbers> stored(String account) throws SQLException {
        Map<String, Numbers> rows = new HashMap<>();
        try (Connection connection = database.connect();
                var statement = connection.prepareStatement("""
                        SELECT ad_id, date, spend, purchases, purchase_value
                          FROM meta_sync.meta_ads_performance WHERE ad_account_id = ?""")) {
            statement.setString(1, account);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.put(
                            result.getString("ad_id") + "|"
                                    + result.getDate("date").toLocalDate(),
                            new Numbers(
                                    result.getBigDecimal("spend"),
                                    result.getLong("purchases"),
                                    result.getBigDecimal("purchase_value")));
                }
            }
        }
        return rows;
    }
}
