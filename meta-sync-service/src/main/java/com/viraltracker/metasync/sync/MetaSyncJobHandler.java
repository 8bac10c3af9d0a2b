package com.viraltracker.metasync.sync;

import com.viraltracker.events.JobType;
import com.viraltracker.events.request.MetaSyncRequested;
import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.metasync.accounts.BrandAdAccount;
import com.viraltracker.metasync.accounts.BrandAdAccounts;
import com.viraltracker.metasync.connections.FacebookConnections;
import com.viraltracker.metasync.graph.AccountUnavailableException;
import com.viraltracker.metasync.graph.CallStats;
import com.viraltracker.metasync.graph.GraphFailure;
import com.viraltracker.support.worker.JobFailedException;
import com.viraltracker.support.worker.JobHandler;
import com.viraltracker.support.worker.RunProgress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A meta_sync run: every ad account linked to the brand, each for the last {@code days_back} days in its own
 * time zone, read in chunks; a redelivery or a later attempt of the run reads only the chunks no earlier one
 * finished, and a run of more than one chunk reports its progress after each. One failing account does not stop
 * the others; the run then fails with the first failure's category (and retry-after hint), naming every account
 * that failed, while the accounts that synced keep their rows.
 */
@Component
public class MetaSyncJobHandler implements JobHandler<MetaSyncRequested> {
    private static final Logger log = LoggerFactory.getLogger(MetaSyncJobHandler.class);

    private final BrandAdAccounts accounts;
    private final AccountSync accountSync;
    private final FinishedChunks finishedChunks;
    private final RunProgress runProgress;
    private final BackfillProperties backfill;
    private final Clock clock;
    private final FacebookConnections connections;

    public MetaSyncJobHandler(
            BrandAdAccounts accounts,
            AccountSync accountSync,
            FinishedChunks finishedChunks,
            RunProgress runProgress,
            BackfillProperties backfill,
            Clock clock,
            FacebookConnections connections) {
        this.accounts = accounts;
        this.accountSync = accountSync;
        this.finishedChunks = finishedChunks;
        this.runProgress = runProgress;
        this.backfill = backfill;
        this.clock = clock;
        this.connections = connections;
    }

    @Override
    public JobType jobType() {
        return JobType.META_SYNC;
    }

    @Override
    public Map<String, Object> handle(MetaSyncRequested request) {
        List<BrandAdAccount> linked = accounts.findByBrandBlocking(request.brandId());
        if (linked.isEmpty()) {
            throw new JobFailedException(
                    ErrorCategory.NOT_FOUND,
                    "brand " + request.brandId() + " has no linked Meta "
                            + "ad account; link one with POST /api/v1/brands/" + request.brandId() + "/ad-accounts");
        }
        int daysBack = request.parameters().daysBack();
        finishedChunks.prune(clock.instant().minus(backfill.keepFinishedChunks()));
        List<AccountSync.Plan> plans = linked.stream()
                .map(account -> accountSync.plan(account, daysBack, request.runId()))
                .toList();
        BackfillProgress progress = new BackfillProgress(runProgress, request, plans);
        List<AccountSync.Result> done = new ArrayList<>();
        List<JobFailedException> failures = new ArrayList<>();
        List<CallStats> allStats = new ArrayList<>();
        for (AccountSync.Plan plan : plans) {
            BrandAdAccount account = plan.account();
            CallStats stats = new CallStats();
            allStats.add(stats);
            try {
                done.add(accountSync.sync(plan, request.runId(), stats, progress::chunkFinished));
            } catch (GraphFailure | AccountUnavailableException | JobFailedException e) {
                JobFailedException failure = SyncFailures.of(account, e);
                if (account.connectionId() != null && SyncFailures.tokenRefused(e)) {
                    // Shown at once as needing a reconnect, without waiting for the daily check.
                    connections.markInvalid(account.connectionId(), failure.getMessage(), clock.instant());
                }
                log.warn(
                        "meta_sync run {}: {} failed ({}): {}",
                        request.runId(),
                        account.adAccountId(),
                        failure.category(),
                        failure.getMessage());
                failures.add(failure);
            }
        }
        if (!failures.isEmpty()) {
            throw combined(failures, done, linked.size(), allStats);
        }
        Map<String, Object> summary = summary(done, allStats);
        summary.put("chunks", progress.figures().get(BackfillProgress.CHUNKS_TOTAL));
        summary.put(
                "chunks_resumed",
                plans.stream().mapToInt(plan -> plan.chunks().finished()).sum());
        return summary;
    }

    private static JobFailedException combined(
            List<JobFailedException> failures, List<AccountSync.Result> done, int accounts, List<CallStats> stats) {
        JobFailedException first = failures.get(0);
        StringBuilder message = new StringBuilder();
        failures.forEach(
                failure -> message.append(message.isEmpty() ? "" : " | ").append(failure.getMessage()));
        if (!done.isEmpty()) {
            message.append(" (")
                    .append(done.size())
                    .append(" of ")
                    .append(accounts)
                    .append(" accounts synced: ")
                    .append(done.stream()
                            .mapToLong(AccountSync.Result::rowsUpserted)
                            .sum())
                    .append(" rows)");
        }
        message.append(" [api calls ")
                .append(stats.stream().mapToInt(CallStats::calls).sum())
                .append(", retries ")
                .append(stats.stream().mapToInt(CallStats::retries).sum())
                .append("]");
        return new JobFailedException(first.category(), message.toString(), first, first.retryAfter());
    }

    private static Map<String, Object> summary(List<AccountSync.Result> done, List<CallStats> stats) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put(
                "accounts", done.stream().map(AccountSync.Result::adAccountId).toList());
        summary.put(
                "since",
                done.stream()
                        .map(r -> r.range().since())
                        .min(Comparator.naturalOrder())
                        .map(LocalDate::toString)
                        .orElse(null));
        summary.put(
                "until",
                done.stream()
                        .map(r -> r.range().until())
                        .max(Comparator.naturalOrder())
                        .map(LocalDate::toString)
                        .orElse(null));
        summary.put(
                "rows_upserted",
                done.stream().mapToLong(AccountSync.Result::rowsUpserted).sum());
        summary.put("api_calls", stats.stream().mapToInt(CallStats::calls).sum());
        summary.put("retries", stats.stream().mapToInt(CallStats::retries).sum());
        summary.put(
                "async_reports",
                stats.stream().mapToInt(CallStats::asyncReports).sum());
        summary.put(
                "throttle_pauses",
                stats.stream().mapToInt(CallStats::throttlePauses).sum());
        return summary;
    }
}
