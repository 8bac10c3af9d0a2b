package com.viraltracker.scorecard.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.scorecard.PerformanceRow;
import com.viraltracker.scorecard.PerformanceTable;
import com.viraltracker.scorecard.period.BrandPeriods;
import com.viraltracker.scorecard.period.LinkedAccount;
import com.viraltracker.testing.PostgresTestServer;
import com.viraltracker.testing.TestDatabase;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * What the per-ad aggregate returns besides sums: each ad is one (currency, account, ad id), named as on its last
 * day with rows in its own account's days, and the currency totals summed from the ads are those of the rows.
 * Monday 2026-01-12 21:00 in Los Angeles: act_1 (Los Angeles) and act_3 (no longer linked, so the configured Los
 * Angeles zone) count 2026-01-05..11, act_2 (Sydney) 2026-01-06..12; the weeks before end on the 4th and the 5th.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerformanceReaderTest {
    private static final UUID BRAND = UUID.fromString("0b16b0b1-0000-4000-8000-000000000002");
    private static final UUID OTHER_BRAND = UUID.fromString("0b16b0b1-0000-4000-8000-000000000003");
    private static final BrandPeriods PERIODS = BrandPeriods.endingYesterday(
            Instant.parse("2026-01-13T05:00:00Z"),
            7,
            List.of(new LinkedAccount("act_1", "America/Los_Angeles"), new LinkedAccount("act_2", "Australia/Sydney")),
            ZoneId.of("America/Los_Angeles"));

    private TestDatabase database;
    private PerformanceReader reader;

    @BeforeAll
    void rowsOfThreeAccounts() {
        database = PostgresTestServer.createDatabase("scorecard_reader");
        PerformanceTable.create(database);
        PerformanceTable.insert(
                database,
                List.of(
                        row("act_1", "USD", "ad_renamed", "Old name", "Old campaign", "2026-01-05", "10.00", "20.00"),
                        row("act_1", "USD", "ad_renamed", "New name", "New campaign", "2026-01-11", "30.00", "15.00"),
                        row(
                                "act_1",
                                "USD",
                                "ad_renamed",
                                "Today's name",
                                "Today's campaign",
                                "2026-01-12",
                                "99.00",
                                "0.00"),
                        // The same ad id in another account is another ad; the 5th is before Sydney's week.
                        row(
                                "act_2",
                                "USD",
                                "ad_renamed",
                                "Sydney name",
                                "Sydney campaign",
                                "2026-01-12",
                                "40.00",
                                "80.00"),
                        row("act_2", "USD", "ad_renamed", "Too early", "Too early", "2026-01-05", "50.00", "0.00"),
                        // One ad id in two currencies: two ads, each named as on its own last day.
                        row(
                                "act_1",
                                "USD",
                                "ad_two_currencies",
                                "Dollar days",
                                "Dollars",
                                "2026-01-06",
                                "12.00",
                                "24.00"),
                        row("act_1", "EUR", "ad_two_currencies", "Euro days", "Euros", "2026-01-08", "7.00", "21.00"),
                        // The last day's name even when that day has none.
                        row(
                                "act_1",
                                "USD",
                                "ad_unnamed_last",
                                "Had a name",
                                "Had a campaign",
                                "2026-01-07",
                                "5.00",
                                "5.00"),
                        row("act_1", "USD", "ad_unnamed_last", null, null, "2026-01-09", "6.00", "0.00"),
                        row(
                                "act_3",
                                "USD",
                                "ad_unlinked",
                                "Unlinked",
                                "Unlinked campaign",
                                "2026-01-11",
                                "8.00",
                                "4.00"),
                        // The weeks before: the 4th in Los Angeles, the 5th in Sydney (above).
                        row(
                                "act_1",
                                "USD",
                                "ad_renamed",
                                "Older name",
                                "Older campaign",
                                "2026-01-04",
                                "100.00",
                                "50.00"),
                        new PerformanceRow(
                                OTHER_BRAND,
                                "act_9",
                                "USD",
                                "ad_renamed",
                                "Someone else's",
                                "Theirs",
                                LocalDate.parse("2026-01-11"),
                                new BigDecimal("1000.00"),
                                BigDecimal.ZERO,
                                0,
                                1,
                                1)));
        var factory = ConnectionFactories.get(ConnectionFactoryOptions.parse(database.r2dbcUrl())
                .mutate()
                .option(ConnectionFactoryOptions.USER, database.user())
                .option(ConnectionFactoryOptions.PASSWORD, database.password())
                .build());
        reader = new PerformanceReader(DatabaseClient.create(factory), new R2dbcTransactionManager(factory));
    }

    private static PerformanceRow row(
            String account,
            String currency,
            String adId,
            String name,
            String campaign,
            String date,
            String spend,
            String revenue) {
        return new PerformanceRow(
                BRAND,
                account,
                currency,
                adId,
                name,
                campaign,
                LocalDate.parse(date),
                new BigDecimal(spend),
                new BigDecimal(revenue),
                1,
                100,
                10);
    }

    @AfterAll
    void dropTheDatabase() throws SQLException {
        PostgresTestServer.dropDatabase(database);
    }

    @Test
    void each_ad_is_named_as_on_its_last_day_within_its_accounts_days() {
        assertThat(reader.byAd(BRAND, PERIODS.current()))
                .extracting(ad -> identified(ad) + " | " + ad.campaignName() + " | "
                        + ad.spend().toPlainString())
                .containsExactlyInAnyOrder(
                        "USD | act_1 | ad_renamed | New name | New campaign | 40.00",
                        "USD | act_2 | ad_renamed | Sydney name | Sydney campaign | 40.00",
                        "USD | act_1 | ad_two_currencies | Dollar days | Dollars | 12.00",
                        "EUR | act_1 | ad_two_currencies | Euro days | Euros | 7.00",
                        "USD | act_1 | ad_unnamed_last | null | null | 11.00",
                        "USD | act_3 | ad_unlinked | Unlinked | Unlinked campaign | 8.00");
    }

    @Test
    void the_ads_add_up_to_the_currency_totals_of_their_rows() {
        List<CurrencyTotals> fromAds = CurrencyTotals.ofAds(reader.byAd(BRAND, PERIODS.current()));

        assertThat(fromAds)
                .isEqualTo(reader.byCurrency(BRAND, PERIODS.current()).block());
        assertThat(fromAds)
                .containsExactly(
                        new CurrencyTotals("EUR", new BigDecimal("7.00"), new BigDecimal("21.00"), 1, List.of("act_1")),
                        new CurrencyTotals(
                                "USD",
                                new BigDecimal("111.00"),
                                new BigDecimal("148.00"),
                                7,
                                List.of("act_1", "act_2", "act_3")));
    }

    @Test
    void the_previous_period_is_summed_over_each_accounts_own_week_before() {
        assertThat(reader.byCurrency(BRAND, PERIODS.previous()).block())
                .containsExactly(new CurrencyTotals(
                        "USD", new BigDecimal("150.00"), new BigDecimal("50.00"), 2, List.of("act_1", "act_2")));
    }

    @Test
    void accounts_sharing_one_week_are_summed_over_it_without_per_account_days() {
        BrandPeriods losAngelesOnly = BrandPeriods.endingYesterday(
                Instant.parse("2026-01-13T05:00:00Z"),
                7,
                List.of(new LinkedAccount("act_1", "America/Los_Angeles")),
                ZoneId.of("America/Los_Angeles"));
        assertThat(losAngelesOnly.current().sharedByAll()).isPresent();

        assertThat(reader.byAd(BRAND, losAngelesOnly.current()))
                .extracting(ad -> identified(ad) + " | " + ad.spend().toPlainString())
                .as("act_2's rows of the 12th are now after the week of every account")
                .containsExactlyInAnyOrder(
                        "USD | act_1 | ad_renamed | New name | 40.00",
                        "USD | act_2 | ad_renamed | Too early | 50.00",
                        "USD | act_1 | ad_two_currencies | Dollar days | 12.00",
                        "EUR | act_1 | ad_two_currencies | Euro days | 7.00",
                        "USD | act_1 | ad_unnamed_last | null | 11.00",
                        "USD | act_3 | ad_unlinked | Unlinked | 8.00");
        assertThat(reader.byCurrency(BRAND, losAngelesOnly.previous()).block())
                .containsExactly(new CurrencyTotals(
                        "USD", new BigDecimal("100.00"), new BigDecimal("50.00"), 1, List.of("act_1")));
    }

    @Test
    void a_brand_without_rows_has_no_ads_and_no_currencies() {
        UUID nobody = UUID.randomUUID();
        assertThat(reader.byAd(nobody, PERIODS.current())).isEmpty();
        assertThat(reader.byCurrency(nobody, PERIODS.previous()).block()).isEmpty();
    }

    /** An ad's currency, account, id and name (or "null"), the start of every line these tests compare. */
    private static String identified(AdTotals ad) {
        return String.join(" | ", ad.currency(), ad.adAccountId(), ad.adId(), String.valueOf(ad.adName()));
    }
}
