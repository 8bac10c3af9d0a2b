package com.viraltracker.metasync.graph;

import com.facebook.ads.sdk.APIContext;
import com.facebook.ads.sdk.APINodeList;
import com.facebook.ads.sdk.AdAccount;
import com.facebook.ads.sdk.AdsInsights;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

/**
 * Ad-level daily insights of one account and range, page by page: synchronously for short ranges, through an
 * async report run for long ones or when Meta answers 100/1487534 ("too many rows").
 */
public class InsightsReader {
    private final GraphCalls calls;
    private final InsightsPager pager;
    private final AsyncInsightsReport asyncReport;
    private final GraphProperties properties;

    public InsightsReader(
            GraphCalls calls, InsightsPager pager, AsyncInsightsReport asyncReport, GraphProperties properties) {
        this.calls = calls;
        this.pager = pager;
        this.asyncReport = asyncReport;
        this.properties = properties;
    }

    /** Hands each page of rows to {@code sink}; returns how many rows Meta sent. Calls use {@code context}'s token. */
    public long read(InsightsRequest request, Consumer<List<AdsInsights>> sink) {
        APIContext context = request.context();
        String account = request.account();
        CallStats stats = request.stats();
        long days = ChronoUnit.DAYS.between(request.since(), request.until()) + 1;
        if (days > properties.asyncDaysThreshold()) {
            return asyncReport.read(request, sink);
        }
        APINodeList<AdsInsights> first;
        try {
            first = calls.call(
                    account,
                    stats,
                    () -> new AdAccount(account, context)
                            .getInsights()
                            .setLevel(InsightsFields.LEVEL)
                            .setTimeIncrement(InsightsFields.TIME_INCREMENT)
                            .setTimeRange(InsightsFields.timeRange(request.since(), request.until()))
                            .setLimit((long) properties.pageSize())
                            .requestFields(InsightsFields.FIELDS)
                            .execute());
        } catch (GraphFailure failure) {
            if (failure.kind() == GraphFailureKind.USE_ASYNC) {
                return asyncReport.read(request, sink);
            }
            throw failure;
        }
        return pager.forEachPage(account, stats, first, sink);
    }
}
