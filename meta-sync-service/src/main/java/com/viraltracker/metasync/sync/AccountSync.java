package com.viraltracker.metasync.sync;

import com.facebook.ads.sdk.APIContext;
import com.facebook.ads.sdk.AdsInsights;
import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.metasync.accounts.BrandAdAccount;
import com.viraltracker.metasync.accounts.BrandAdAccounts;
import com.viraltracker.metasync.connections.FacebookConnections;
import com.viraltracker.metasync.graph.CallStats;
import com.viraltracker.metasync.graph.GraphContexts;
import com.viraltracker.metasync.graph.InsightsReader;
import com.viraltracker.metasync.graph.InsightsRequest;
import com.viraltracker.metasync.tokens.AccountTokens;
import com.viraltracker.metasync.tokens.TokenOwner;
import com.viraltracker.metasync.tokens.TokenUnreadableException;
import com.viraltracker.support.worker.JobFailedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Syncs one linked account: reads its insights page by page and upserts each day once all its rows arrived, then
 * records from which day on its stored numbers are not final yet.
 */
@Component
public class AccountSync {
    private final InsightsReader reader;
    private final GraphContexts contexts;
    private final AccountTokens tokens;
    private final PerformanceRows rows;
    private final BrandAdAccounts accounts;
    private final Clock clock;
    private final RestatementWindow restatement;
    private final FacebookConnections connections;
    private final Counter rowsUpserted;

    public AccountSync(
            InsightsReader reader,
            GraphContexts contexts,
            AccountTokens tokens,
            PerformanceRows rows,
            BrandAdAccounts accounts,
            Clock clock,
            RestatementWindow restatement,
            FacebookConnections connections,
            MeterRegistry registry) {
        this.reader = reader;
        this.contexts = contexts;
        this.tokens = tokens;
        this.rows = rows;
        this.accounts = accounts;
        this.clock = clock;
        this.restatement = restatement;
        this.connections = connections;
        this.rowsUpserted = Counter.builder("viraltracker.meta.rows.upserted")
                .description("meta_ads_performance rows written (inserted or replaced)")
                .register(registry);
    }

    /** What one account's sync did. */
    public record Result(String adAccountId, SyncRange range, long rowsUpserted, CallStats stats) {}

    /**
     * Syncs the last {@code daysBack} days, and every older stored day Meta may still have revised since its last
     * sync (see {@link RestatementWindow}).
     */
    public Result sync(BrandAdAccount account, int daysBack, UUID runId, CallStats stats) {
        SyncRange range = SyncRange.of(
                daysBack,
                accounts.restatingSince(account.brandId(), account.adAccountId()),
                ZoneId.of(account.timeZone()),
                clock);
        Instant syncedAt = clock.instant();
        long[] upserted = {0};
        APIContext context = contexts.forAccount(ownToken(account));
        WholeDays days = new WholeDays();
        var request = new InsightsRequest(context, account.adAccountId(), range.since(), range.until(), stats);
        reader.read(request, (List<AdsInsights> page) -> {
            List<PerformanceRow> mapped = page.stream()
                    .map(insight -> InsightsRowMapper.map(
                            insight, account.adAccountId(), account.brandId(), account.currency(), syncedAt, runId))
                    .toList();
            upserted[0] += write(days.add(mapped));
        });
        upserted[0] += write(days.rest());
        accounts.markSynced(
                account.brandId(),
                account.adAccountId(),
                clock.instant(),
                range.restatingAfterSync(restatement.restatementWindowDays()));
        return new Result(account.adAccountId(), range, upserted[0], stats);
    }

    /**
     * The token the account is read with: its Facebook connection's, its own (an account outside our Business
     * Manager), or null for the system user's.
     */
    private String ownToken(BrandAdAccount account) {
        if (account.connectionId() != null) {
            try {
                return connections
                        .tokenOf(account.brandId(), account.connectionId())
                        .orElseThrow(() -> new JobFailedException(
                                ErrorCategory.AUTH,
                                "the Facebook connection " + account.connectionId() + " that " + account.adAccountId()
                                        + " of brand " + account.brandId() + " was linked through is gone; connect"
                                        + " Facebook again in the brand's settings and link the account"));
            } catch (TokenUnreadableException e) {
                throw new JobFailedException(ErrorCategory.INTERNAL, e.getMessage());
            }
        }
        if (!account.hasAccessToken()) {
            return null;
        }
        try {
            return tokens.tokenOf(new TokenOwner(account.brandId(), account.adAccountId()))
                    .orElse(null);
        } catch (TokenUnreadableException e) {
            throw new JobFailedException(ErrorCategory.INTERNAL, e.getMessage());
        }
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
