package com.viraltracker.benchmarks.env;

import com.viraltracker.benchmarks.Sizes;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One brand with ads × days performance rows (ad account {@value #AD_ACCOUNT}, USD, through yesterday in
 * {@link #ZONE}) among other brands' rows, written straight into meta-sync's table. Loaded once per run and shared:
 * the scorecard scenario generates its scorecards, the console scenario shows its pages.
 *
 * @param loadSeconds how long loading took (INSERT … SELECT, VACUUM ANALYZE)
 */
public record LargeBrand(UUID id, LocalDate first, LocalDate last, long rows, long totalRows, double loadSeconds) {
    /** scorecard-service's default reporting zone and the console's default: the period ends yesterday there. */
    public static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

    public static final String AD_ACCOUNT = "act_1";

    private static final String BRAND_ROWS = """
            INSERT INTO meta_sync.meta_ads_performance (ad_account_id, ad_id, date, brand_id, ad_name, campaign_name,
                currency, spend, impressions, clicks, purchases, purchase_value, synced_at)
            SELECT '%s', 'ad_' || a, ?::date - d, ?::uuid, 'Ad ' || a, 'Campaign ' || (a %% 40), 'USD',
                   ((a * 7 + d * 3) %% 5000) / 100.0, 1000 + a, 10 + d %% 50, (a + d) %% 4,
                   ((a * 11 + d * 5) %% 9000) / 100.0, now()
              FROM generate_series(1, ?) a, generate_series(0, ? - 1) d""".formatted(AD_ACCOUNT);
    private static final String OTHER_ROWS = """
            INSERT INTO meta_sync.meta_ads_performance (ad_account_id, ad_id, date, brand_id, ad_name, campaign_name,
                currency, spend, impressions, clicks, purchases, purchase_value, synced_at)
            SELECT 'act_' || (b + 10), 'ad_' || a, ?::date - d, md5('bench brand ' || b)::uuid, 'Ad ' || a,
                   'Campaign ' || (a % 40), 'EUR', ((a * 3 + d) % 4000) / 100.0, 500 + a, 5 + d % 20, (a + d) % 3,
                   ((a * 5 + d * 7) % 7000) / 100.0, now()
              FROM generate_series(1, ?) b, generate_series(1, ?) a, generate_series(0, ? - 1) d""";

    /** Replaces every performance row with the large brand's and the other brands', and checks the counts. */
    public static LargeBrand load(Database database, Sizes sizes) throws Exception {
        UUID brand = UUID.randomUUID();
        LocalDate yesterday = LocalDate.now(ZONE).minusDays(1);
        LocalDate first = yesterday.minusDays(sizes.scorecardDays() - 1L);
        long started = System.nanoTime();
        database.execute("TRUNCATE meta_sync.meta_ads_performance");
        database.update(BRAND_ROWS, yesterday, brand.toString(), sizes.scorecardAds(), sizes.scorecardDays());
        database.update(OTHER_ROWS, yesterday, sizes.otherBrands(), sizes.otherBrandAds(), sizes.scorecardDays());
        database.execute("VACUUM ANALYZE meta_sync.meta_ads_performance");
        database.checkpoint();
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        long total = database.count("SELECT count(*) FROM meta_sync.meta_ads_performance");
        long brandRows = database.count(
                "SELECT count(*) FROM meta_sync.meta_ads_performance WHERE brand_id = ?::uuid "
                        + "AND date BETWEEN ? AND ?",
                brand.toString(),
                first,
                yesterday);
        if (total != sizes.scorecardTotalRows() || brandRows != sizes.scorecardBrandRows()) {
            throw new IllegalStateException("loaded " + total + " rows, " + brandRows + " of the brand in the period");
        }
        return new LargeBrand(brand, first, yesterday, brandRows, total, loadSeconds);
    }

    public int days() {
        return (int) (last.toEpochDay() - first.toEpochDay()) + 1;
    }
}
