package com.viraltracker.metasync.sync;

import com.facebook.ads.sdk.AdsInsights;
import com.viraltracker.metasync.accounts.BrandAdAccount;
import com.viraltracker.metasync.accounts.BrandAdAccounts;
import com.viraltracker.metasync.graph.CallStats;
import com.viraltracker.metasync.graph.InsightsReader;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Syncs one linked account: reads its insights page by page and upserts each page as it arrives. */
@Component
public class AccountSync {
    private final InsightsReader reader;
    private final PerformanceRows rows;
    private final BrandAdAccounts accounts;
    private final Clock clock;
    private final Counter rowsUpserted;

    public AccountSync(InsightsReader reader, PerformanceRows rows, BrandAdAccounts accounts, Clock clock,
                       MeterRegistry registry) {
        this.reader = reader;
        this.rows = rows;
        this.accounts = accounts;
        this.clock = clock;
        this.rowsUpserted = Counter.builder("viraltracker.meta.rows.upserted")
                .description("meta_ads_performance rows written (inserted or replaced)").register(registry);
    }

    /** What one account's sync did. */
    public record Result(String adAccountId, SyncRange range, long rowsUpserted, CallStats stats) {
    }

    public Result sync(BrandAdAccount account, int daysBack, UUID runId, CallStats stats) {
        SyncRange range = SyncRange.lastDays(daysBack, ZoneId.of(account.timeZone()), clock);
        Instant syncedAt = clock.instant();
        long[] upserted = {0};
        WholeDays days = new WholeDays();
        reader.read(account.adAccountId(), range.since(), range.until(), stats, (List<AdsInsights> page) -> {
            List<PerformanceRow> mapped = page.stream()
                    .map(insight -> InsightsRowMapper.map(insight, account.adAccountId(), account.brandId(),
                            account.currency(), syncedAt, runId))
                    .toList();
            upserted[0] += write(days.add(mapped));
        });
        upserted[0] += write(days.rest());
        accounts.markSynced(account.brandId(), account.adAccountId(), clock.instant());
        return new Result(account.adAccountId(), range, upserted[0], stats);
    }

    private long write(List<PerformanceRow> wholeDays) {
        if (wholeDays.isEmpty()) {
            return 0;
        }
        long written = rows.upsert(wholeDays);
        rowsUpserted.increment(written);
        return written;
    }
}
