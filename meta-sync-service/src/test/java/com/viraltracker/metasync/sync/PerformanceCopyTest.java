package com.viraltracker.metasync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.viraltracker.metasync.MetaSyncIntegrationTest;
import com.viraltracker.metasync.TestGraphSimulator;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * New days' path: binary COPY over the service's own pool. Every column comes back as given (as the upsert
 * would have stored it), a stored row fails the whole page, and a page with a bad row leaves nothing.
 */
class PerformanceCopyTest extends MetaSyncIntegrationTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final UUID BRAND = UUID.fromString("f47ac10b-58cc-4372-a567-0e02b2c3d479");
    private static final UUID RUN = UUID.fromString("00000000-0000-0000-0000-000000000001");
    /** Nanoseconds: stored rounded to the microsecond. */
    private static final Instant SYNCED_AT = Instant.parse("2026-03-02T12:34:56.123456789Z");

    private static final String COLUMNS_AS_TEXT = """
            SELECT ad_id, date::text, brand_id::text, campaign_id, campaign_name, adset_id, adset_name, ad_name,
                   currency, spend::text, impressions::text, reach::text, clicks::text, link_clicks::text, ctr::text,
                   cpc::text, cpm::text, purchases::text, purchase_value::text, add_to_carts::text,
                   purchase_action_type, (synced_at AT TIME ZONE 'UTC')::text, synced_by_run_id::text
              FROM meta_sync.meta_ads_performance WHERE ad_account_id = ? ORDER BY ad_id
            """;

    @Autowired
    private DatabaseClient client;

    @Autowired
    private PerformanceRows rows;

    @Test
    void every_column_is_stored_as_given_nulls_large_negative_and_fractional_numerics_and_any_text_included() {
        String account = newAccount();

        assertThat(new PerformanceCopy(client).copy(edgeCases(account))).isEqualTo(2);

        assertThat(stored(account))
                .containsExactly(
                        List.of(
                                "ad-1 ü",
                                "2026-03-01",
                                BRAND.toString(),
                                "c-1",
                                "Été 🌞 «Soldes», \"quoted\"",
                                "∅",
                                "∅",
                                "广告 1",
                                "EUR",
                                "9999999999999999.99",
                                String.valueOf(Long.MAX_VALUE),
                                "0",
                                "7",
                                "3",
                                "0.000001",
                                "∅",
                                "12345678901234.5678",
                                "2",
                                "-1234.56",
                                "1",
                                "omni_purchase",
                                "2026-03-02 12:34:56.123457",
                                RUN.toString()),
                        List.of(
                                "ad-2",
                                "2026-03-01",
                                BRAND.toString(),
                                "",
                                "tab\there, line\nbreak, back\\slash, NULL",
                                "s-1",
                                "Ad set",
                                "Ad 2",
                                "USD",
                                "0.00",
                                "-1",
                                String.valueOf(Long.MIN_VALUE),
                                "0",
                                "0",
                                "0.123457",
                                "0.0001",
                                "1000.0000",
                                "0",
                                "-0.01",
                                "0",
                                "∅",
                                "2026-03-02 12:34:56.123457",
                                RUN.toString()));
        // The upsert's statement stores the same values the same way (the numerics rounded to their columns).
        String upserted = newAccount();
        List<PerformanceRow> page = edgeCases(upserted);
        new PerformanceCopy(client).copy(page.subList(0, 1));
        assertThat(rows.upsert(page)).isEqualTo(2);
        assertThat(stored(upserted)).isEqualTo(stored(account));
    }

    @Test
    void a_row_stored_already_fails_the_whole_page_and_upsert_then_replaces_the_stored_rows() {
        String account = newAccount();
        PerformanceCopy copy = new PerformanceCopy(client);
        copy.copy(List.of(row(account, "ad-2", "1.00")));

        List<PerformanceRow> page =
                List.of(row(account, "ad-1", "2.00"), row(account, "ad-2", "2.00"), row(account, "ad-3", "2.00"));
        assertThatThrownBy(() -> copy.copy(page)).isInstanceOf(DuplicateKeyException.class);
        assertThat(count("SELECT count(*) FROM meta_sync.meta_ads_performance WHERE ad_account_id = ?", account))
                .isEqualTo(1);

        // PerformanceRows' check sees the stored day, so this page goes to the upsert, which replaces it.
        assertThat(rows.upsert(page)).isEqualTo(3);
        assertThat(count(
                        "SELECT count(*) FROM meta_sync.meta_ads_performance WHERE ad_account_id = ? AND spend = 2.00",
                        account))
                .isEqualTo(3);
    }

    @Test
    void a_page_with_a_row_the_column_rejects_leaves_nothing_stored() {
        String account = newAccount();
        List<PerformanceRow> page = new ArrayList<>();
        for (int ad = 1; ad <= 500; ad++) {
            page.add(row(account, "ad-" + ad, "1.00"));
        }
        // The last row's currency does not fit char(3): the COPY fails after the server read every row before it.
        PerformanceRow last = page.remove(page.size() - 1);
        page.add(withCurrency(last, "EURO"));

        assertThatThrownBy(() -> rows.upsert(page)).isInstanceOf(DataAccessException.class);

        assertThat(count("SELECT count(*) FROM meta_sync.meta_ads_performance WHERE ad_account_id = ?", account))
                .isZero();
        // The connection went back to the pool usable: the next page is stored.
        assertThat(rows.upsert(page.subList(0, 499))).isEqualTo(499);
    }

    private static String newAccount() {
        return "act_" + TestGraphSimulator.newAccountId();
    }

    private static List<PerformanceRow> edgeCases(String account) {
        return List.of(
                new PerformanceRow(
                        account,
                        "ad-1 ü",
                        DAY,
                        BRAND,
                        "c-1",
                        "Été 🌞 «Soldes», \"quoted\"",
                        null,
                        null,
                        "广告 1",
                        "EUR",
                        new BigDecimal("9999999999999999.99"),
                        Long.MAX_VALUE,
                        0,
                        7,
                        3,
                        new BigDecimal("0.000001"),
                        null,
                        new BigDecimal("12345678901234.5678"),
                        2,
                        new BigDecimal("-1234.56"),
                        1,
                        "omni_purchase",
                        SYNCED_AT,
                        RUN),
                new PerformanceRow(
                        account,
                        "ad-2",
                        DAY,
                        BRAND,
                        "",
                        "tab\there, line\nbreak, back\\slash, NULL",
                        "s-1",
                        "Ad set",
                        "Ad 2",
                        "USD",
                        BigDecimal.ZERO,
                        -1,
                        Long.MIN_VALUE,
                        0,
                        0,
                        // More digits than numeric(12,6) and numeric(18,4) keep, and a negative scale.
                        new BigDecimal("0.1234567"),
                        new BigDecimal("0.00005"),
                        new BigDecimal("1E+3"),
                        0,
                        new BigDecimal("-0.01"),
                        0,
                        null,
                        SYNCED_AT,
                        RUN));
    }

    private static PerformanceRow row(String account, String ad, String spend) {
        return TypicalRows.row(account, ad, ad, DAY, BRAND, spend, SYNCED_AT, RUN);
    }

    private static PerformanceRow withCurrency(PerformanceRow row, String currency) {
        return new PerformanceRow(
                row.adAccountId(),
                row.adId(),
                row.date(),
                row.brandId(),
                row.campaignId(),
                row.campaignName(),
                row.adsetId(),
                row.adsetName(),
                row.adName(),
                currency,
                row.spend(),
                row.impressions(),
                row.reach(),
                row.clicks(),
                row.linkClicks(),
                row.ctr(),
                row.cpc(),
                row.cpm(),
                row.purchases(),
                row.purchaseValue(),
                row.addToCarts(),
                row.purchaseActionType(),
                row.syncedAt(),
                row.syncedByRunId());
    }

    /** Each stored row's columns as PostgreSQL prints them, a null as "∅". */
    private List<List<String>> stored(String account) {
        try (Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement(COLUMNS_AS_TEXT)) {
            statement.setString(1, account);
            List<List<String>> stored = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        String value = result.getString(i);
                        row.add(value == null ? "∅" : value);
                    }
                    stored.add(row);
                }
            }
            return stored;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
