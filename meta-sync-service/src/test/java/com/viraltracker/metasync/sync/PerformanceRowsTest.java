package com.viraltracker.metasync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.metasync.MetaSyncIntegrationTest;
import com.viraltracker.metasync.TestGraphSimulator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The write path alone: new days, days stored before, which days a chunk knows are stored, and rows stored since it
 * asked or by someone else, which the check misses.
 */
class PerformanceRowsTest extends MetaSyncIntegrationTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Autowired
    private PerformanceRows rows;

    @Test
    void new_days_are_inserted_and_stored_days_are_replaced_with_the_new_values() {
        UUID brand = UUID.randomUUID();
        String account = "act_" + TestGraphSimulator.newAccountId();
        assertThat(rows.upsert(page(account, brand, "1.00", DAY, DAY.plusDays(1))))
                .isEqualTo(4);
        // Restated: one stored day and one new one in the same page.
        assertThat(rows.upsert(page(account, brand, "2.50", DAY.plusDays(1), DAY.plusDays(2))))
                .isEqualTo(4);

        assertThat(count("SELECT count(*) FROM meta_sync.meta_ads_performance WHERE ad_account_id = ?", account))
                .isEqualTo(6);
        assertThat(count(
                        "SELECT count(*) FROM meta_sync.meta_ads_performance WHERE ad_account_id = ? AND spend = 2.50",
                        account))
                .isEqualTo(4);
    }

    @Test
    void rows_stored_under_another_brand_are_replaced_rather_than_failing_the_insert() {
        String account = "act_" + TestGraphSimulator.newAccountId();
        UUID before = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        rows.upsert(page(account, before, "1.00", DAY));

        // The check looks at the new brand's rows only, so the plain insert hits the stored rows and falls back.
        assertThat(rows.upsert(page(account, after, "3.00", DAY))).isEqualTo(2);

        assertThat(count(
                        "SELECT count(*) FROM meta_sync.meta_ads_performance WHERE ad_account_id = ? AND brand_id = ?"
                                + " AND spend = 3.00",
                        account,
                        after))
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM meta_sync.meta_ads_performance WHERE ad_account_id = ?", account))
                .isEqualTo(2);
    }

    @Test
    void a_chunk_learns_in_one_query_which_of_its_days_the_account_has_rows_on_under_the_brand() {
        UUID brand = UUID.randomUUID();
        String account = "act_" + TestGraphSimulator.newAccountId();
        String otherAccount = "act_" + TestGraphSimulator.newAccountId();
        rows.upsert(page(account, brand, "1.00", DAY, DAY.plusDays(2), DAY.plusDays(9)));
        rows.upsert(page(otherAccount, brand, "1.00", DAY.plusDays(1)));
        rows.upsert(page(account, UUID.randomUUID(), "1.00", DAY.plusDays(3)));

        StoredDays stored = rows.storedDays(brand, account, DAY, DAY.plusDays(4));

        assertThat(stored.noneStored(page(account, brand, "2.00", DAY))).isFalse();
        assertThat(stored.noneStored(page(account, brand, "2.00", DAY.plusDays(2))))
                .isFalse();
        assertThat(stored.noneStored(page(account, brand, "2.00", DAY.plusDays(1), DAY.plusDays(4))))
                .isTrue();
        // Stored under another brand: not seen, so the COPY meets the rows and the page is upserted.
        assertThat(stored.noneStored(page(account, brand, "2.00", DAY.plusDays(3))))
                .isTrue();
        // Outside the range asked for, or another account's: nothing is known, so the page is upserted.
        assertThat(stored.noneStored(page(account, brand, "2.00", DAY.plusDays(5))))
                .isFalse();
        assertThat(stored.noneStored(page(otherAccount, brand, "2.00", DAY.plusDays(4))))
                .isFalse();
    }

    @Test
    void a_day_known_new_that_a_concurrent_sync_stored_meanwhile_ends_upserted_with_the_new_values() {
        UUID brand = UUID.randomUUID();
        String account = "act_" + TestGraphSimulator.newAccountId();
        StoredDays stored = rows.storedDays(brand, account, DAY, DAY.plusDays(1));
        rows.upsert(page(account, brand, "1.00", DAY));

        assertThat(rows.upsert(page(account, brand, "2.50", DAY, DAY.plusDays(1)), stored))
                .isEqualTo(4);

        assertThat(count("SELECT count(*) FROM meta_sync.meta_ads_performance WHERE ad_account_id = ?", account))
                .isEqualTo(4);
        assertThat(count(
                        "SELECT count(*) FROM meta_sync.meta_ads_performance WHERE ad_account_id = ? AND spend = 2.50",
                        account))
                .isEqualTo(4);
    }

    @Test
    void a_day_the_chunk_wrote_is_known_stored_so_reading_it_again_replaces_it() {
        UUID brand = UUID.randomUUID();
        String account = "act_" + TestGraphSimulator.newAccountId();
        StoredDays stored = rows.storedDays(brand, account, DAY, DAY.plusDays(1));
        rows.upsert(page(account, brand, "1.00", DAY), stored);

        assertThat(stored.noneStored(page(account, brand, "2.50", DAY))).isFalse();
        assertThat(stored.noneStored(page(account, brand, "2.50", DAY.plusDays(1))))
                .isTrue();
        assertThat(rows.upsert(page(account, brand, "2.50", DAY), stored)).isEqualTo(2);
        assertThat(count(
                        "SELECT count(*) FROM meta_sync.meta_ads_performance WHERE ad_account_id = ? AND spend = 2.50",
                        account))
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM meta_sync.meta_ads_performance WHERE ad_account_id = ?", account))
                .isEqualTo(2);
    }

    /** Two ads' rows for each day. */
    private static List<PerformanceRow> page(String account, UUID brand, String spend, LocalDate... days) {
        Instant syncedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID run = UUID.randomUUID();
        List<PerformanceRow> page = new ArrayList<>();
        for (LocalDate day : days) {
            for (String ad : List.of("ad-1", "ad-2")) {
                page.add(TypicalRows.row(account, ad, "Ad " + ad, day, brand, spend, syncedAt, run));
            }
        }
        return page;
    }
}
