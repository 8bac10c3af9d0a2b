package com.viraltracker.metasync.graph;

import com.facebook.ads.sdk.APIContext;
import com.facebook.ads.sdk.APINodeList;
import com.facebook.ads.sdk.AdAccount;
import com.facebook.ads.sdk.AdReportRun;
import com.facebook.ads.sdk.AdsInsights;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Large ranges through Meta's async report runs: {@code POST act_<id>/insights} starts one, its status is
 * polled until "Job Completed", then its rows are paged from {@code <report_run_id>/insights}. A run that ends in
 * "Job Failed" is what Meta does with a report too large to compute (and, now and then, with any): a request that
 * could ask for less throws {@link TooMuchDataException}, one that cannot (a day of one campaign) is started again a
 * few times.
 */
public class AsyncInsightsReport {
    static final String COMPLETED = "Job Completed";
    static final String FAILED = "Job Failed";
    static final String SKIPPED = "Job Skipped";

    private final GraphCalls calls;
    private final InsightsPager pager;
    private final GraphProperties properties;

    public AsyncInsightsReport(GraphCalls calls, InsightsPager pager, GraphProperties properties) {
        this.calls = calls;
        this.pager = pager;
        this.properties = properties;
    }

    public long read(InsightsRequest request, Consumer<List<AdsInsights>> sink) {
        APIContext context = request.context();
        String account = request.account();
        LocalDate since = request.since();
        LocalDate until = request.until();
        CallStats stats = request.stats();
        for (int start = 0; ; start++) {
            String runId = create(context, request);
            if (awaitCompletion(context, account, runId, stats)) {
                APINodeList<AdsInsights> first = calls.call(
                        account,
                        stats,
                        () -> new AdReportRun(runId, context)
                                .getInsights()
                                .setParam("limit", properties.pageSize())
                                .execute());
                return pager.forEachPage(account, stats, first, sink);
            }
            if (request.splittable()) {
                throw new TooMuchDataException(request, "Meta's async report run ended in \"" + FAILED + "\"");
            }
            if (start >= properties.asyncRestarts()) {
                throw GraphFailure.temporarilyUnavailable("Meta's async report runs for " + account + " (" + since
                        + " to " + until + ") kept ending in \"" + FAILED + "\" (" + (start + 1) + " runs)");
            }
        }
    }

    private String create(APIContext context, InsightsRequest request) {
        String account = request.account();
        request.stats().asyncReport();
        calls.metrics().asyncReportStarted();
        AdReportRun run = calls.call(account, request.stats(), () -> {
            var post = new AdAccount(account, context)
                    .getInsightsAsync()
                    .setLevel(InsightsFields.LEVEL)
                    .setTimeIncrement(InsightsFields.TIME_INCREMENT)
                    .setTimeRange(InsightsFields.timeRange(request.since(), request.until()))
                    .setParam("fields", String.join(",", InsightsFields.FIELDS));
            if (request.filtering() != null) {
                post.setParam("filtering", request.filtering());
            }
            return post.execute();
        });
        return run.getId();
    }

    /** True when the run completed; false when Meta says it failed. */
    private boolean awaitCompletion(APIContext context, String account, String runId, CallStats stats) {
        long deadline = System.nanoTime() + properties.asyncTimeout().toNanos();
        while (true) {
            AdReportRun status = calls.call(
                    account,
                    stats,
                    () -> new AdReportRun.APIRequestGet(runId, context)
                            .requestField("async_status")
                            .requestField("async_percent_completion")
                            .execute());
            String state = status.getFieldAsyncStatus();
            if (COMPLETED.equals(state)) {
                return true;
            }
            if (FAILED.equals(state) || SKIPPED.equals(state)) {
                return false;
            }
            if (System.nanoTime() > deadline) {
                throw GraphFailure.temporarilyUnavailable("Meta's async report run " + runId + " for " + account
                        + " was still \"" + state + "\" after " + properties.asyncTimeout());
            }
            pause(properties.asyncPollInterval());
        }
    }

    private static void pause(Duration interval) {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an async report run", e);
        }
    }
}
