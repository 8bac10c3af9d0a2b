package com.viraltracker.metasync.sync;

import com.facebook.ads.sdk.APIContext;
import com.facebook.ads.sdk.AdsInsights;
import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.metasync.accounts.BrandAdAccount;
import com.viraltracker.metasync.accounts.BrandAdAccounts;
import com.viraltracker.metasync.connections.FacebookConnections;
import com.viraltracker.metasync.graph.CallStats;
import com.viraltracker.metasync.graph.GraphContexts;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Syncs one linked account: reads its range chunk by chunk (a few at a time), asks once per chunk which of its days
 * are stored, upserts each day once all its rows arrived, records each chunk once it is stored (so a later attempt
 * of the run skips it), then records from which day on its stored numbers are not final yet.
 */
@Component
public class AccountSync {
    private final ShrinkingReader reader;
    private final GraphContexts contexts;
    private final AccountTokens tokens;
    private final PerformanceRows rows;
    private final BrandAdAccounts accounts;
    private final FinishedChunks finishedChunks;
    private final UsageGate usageGate;
    private final BackfillProperties backfill;
    private final BackfillMetrics metrics;
    private final Clock clock;
    private final RestatementWindow restatement;
    private final FacebookConnections connections;
    private final Counter rowsUpserted;

    public AccountSync(
            ShrinkingReader reader,
            GraphContexts contexts,
            AccountTokens tokens,
            PerformanceRows rows,
            BrandAdAccounts accounts,
            FinishedChunks finishedChunks,
            UsageGate usageGate,
            BackfillProperties backfill,
            BackfillMetrics metrics,
            Clock clock,
            RestatementWindow restatement,
            FacebookConnections connections,
            MeterRegistry registry) {
        this.reader = reader;
        this.contexts = contexts;
        this.tokens = tokens;
        this.rows = rows;
        this.accounts = accounts;
        this.finishedChunks = finishedChunks;
        this.usageGate = usageGate;
        this.backfill = backfill;
        this.metrics = metrics;
        this.clock = clock;
        this.restatement = restatement;
        this.connections = connections;
        this.rowsUpserted = Counter.builder("viraltracker.meta.rows.upserted")
                .description("meta_ads_performance rows written (inserted or replaced)")
                .register(registry);
    }

    /** What one account's sync has to read: its range and the chunks of it no earlier attempt finished. */
    public record Plan(BrandAdAccount account, SyncRange range, ChunkPlan chunks) {}

    /** What one account's sync did. */
    public record Result(String adAccountId, SyncRange range, long rowsUpserted, ChunkPlan chunks, CallStats stats) {}

    /** Told of each chunk once it is stored (from the thread that read it). */
    @FunctionalInterface
    public interface ChunkListener {
        void finished(Chunk chunk);
    }

    /**
     * The last {@code daysBack} days, and every older stored day Meta may still have revised since its last sync
     * (see {@link RestatementWindow}), less the chunks this run already finished.
     */
    public Plan plan(BrandAdAccount account, int daysBack, UUID runId) {
        SyncRange range = SyncRange.of(
                daysBack,
                accounts.restatingSince(account.brandId(), account.adAccountId()),
                ZoneId.of(account.timeZone()),
                clock);
        ChunkPlan chunks = ChunkPlan.of(range, backfill.chunkDays(), finishedChunks.of(runId, account.adAccountId()));
        return new Plan(account, range, chunks);
    }

    public Result sync(Plan plan, UUID runId, CallStats stats, ChunkListener listener) {
        BrandAdAccount account = plan.account();
        List<Chunk> pending = plan.chunks().pending();
        metrics.resumed(plan.chunks().finished());
        Instant syncedAt = clock.instant();
        APIContext context = contexts.forAccount(ownToken(account));
        AtomicLong upserted = new AtomicLong();
        AtomicBoolean failed = new AtomicBoolean();
        Runnable[] tasks = pending.stream()
                .map(chunk -> (Runnable) () -> {
                    if (failed.get()) {
                        return;
                    }
                    try {
                        upserted.addAndGet(readChunk(account, chunk, context, syncedAt, runId, stats));
                        listener.finished(chunk);
                    } catch (RuntimeException e) {
                        failed.set(true);
                        throw e;
                    }
                })
                .toArray(Runnable[]::new);
        runAtMost(backfill.maxChunksInFlight(), tasks);
        accounts.markSynced(
                account.brandId(),
                account.adAccountId(),
                clock.instant(),
                plan.range().restatingAfterSync(restatement.restatementWindowDays()));
        return new Result(account.adAccountId(), plan.range(), upserted.get(), plan.chunks(), stats);
    }

    private long readChunk(
            BrandAdAccount account, Chunk chunk, APIContext context, Instant syncedAt, UUID runId, CallStats stats) {
        usageGate.awaitBelowCeiling(context, account.adAccountId(), stats);
        WholeDays days = new WholeDays();
        StoredDays stored = rows.storedDays(account.brandId(), account.adAccountId(), chunk.since(), chunk.until());
        long[] written = {0};
        var request = new InsightsRequest(context, account.adAccountId(), chunk.since(), chunk.until(), stats);
        reader.read(request, (List<AdsInsights> page) -> {
            List<PerformanceRow> mapped = page.stream()
                    .map(insight -> InsightsRowMapper.map(
                            insight, account.adAccountId(), account.brandId(), account.currency(), syncedAt, runId))
                    .toList();
            written[0] += write(days.add(mapped), stored);
        });
        written[0] += write(days.rest(), stored);
        finishedChunks.record(runId, account.adAccountId(), chunk, written[0], clock.instant());
        metrics.completed();
        return written[0];
    }

    /**
     * Runs the tasks with at most {@code inFlight} at a time (on this thread when one is allowed or there is one
     * task); once one fails no further task starts, and the first failure is rethrown after the others ended.
     */
    private static void runAtMost(int inFlight, Runnable[] tasks) {
        if (inFlight <= 1 || tasks.length <= 1) {
            for (Runnable task : tasks) {
                task.run();
            }
            return;
        }
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(inFlight, tasks.length), runnable -> {
            Thread thread = new Thread(runnable, "meta-sync-chunk");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable task : tasks) {
                futures.add(executor.submit(task));
            }
            RuntimeException first = null;
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    if (first == null) {
                        first = e.getCause() instanceof RuntimeException runtime
                                ? runtime
                                : new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while reading chunks", e);
                }
            }
            if (first != null) {
                throw first;
            }
        } finally {
            executor.shutdownNow();
        }
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

    private long write(List<PerformanceRow> wholeDays, StoredDays stored) {
        if (wholeDays.isEmpty()) {
            return 0;
        }
        long written = rows.upsert(wholeDays, stored);
        rowsUpserted.increment(written);
        return written;
    }
}
