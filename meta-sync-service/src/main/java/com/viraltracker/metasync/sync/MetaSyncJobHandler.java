package com.viraltracker.metasync.sync;

import com.viraltracker.events.JobType;
import com.viraltracker.events.request.MetaSyncRequested;
import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.metasync.accounts.BrandAdAccount;
import com.viraltracker.metasync.accounts.BrandAdAccounts;
import com.viraltracker.metasync.graph.AccountUnavailableException;
import com.viraltracker.metasync.graph.CallStats;
import com.viraltracker.metasync.graph.GraphFailure;
import com.viraltracker.support.worker.JobFailedException;
import com.viraltracker.support.worker.JobHandler;
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
 * time zone. One failing account does not stop the others; the run then fails with the first failure's
 * category, naming every account that failed, while the accounts that synced keep their rows.
 */
@Component
public class MetaSyncJobHandler implements JobHandler<MetaSyncRequested> {
    private static final Logger log = LoggerFactory.getLogger(MetaSyncJobHandler.class);

    private final BrandAdAccounts accounts;
    private final AccountSync accountSync;

    public MetaSyncJobHandler(BrandAdAccounts accounts, AccountSync accountSync) {
        this.accounts = accounts;
        this.accountSync = accountSync;
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
        List<AccountSync.Result> done = new ArrayList<>();
        List<JobFailedException> failures = new ArrayList<>();
        List<CallStats> allStats = new ArrayList<>();
        for (BrandAdAccount account : linked) {
            CallStats stats = new CallStats();
            allStats.add(stats);
            try {
                done.add(accountSync.sync(account, daysBack, request.runId(), stats));
            } catch (GraphFailure | AccountUnavailableException | JobFailedException e) {
                JobFailedException failure = SyncFailures.of(account, e);
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
        return summary(done, allStats);
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
        return new JobFailedException(first.category(), message.toString(), first);
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
