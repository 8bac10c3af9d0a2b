package com.viraltracker.metasync.graph;

import com.facebook.ads.sdk.APIContext;
import com.facebook.ads.sdk.APINodeList;
import com.facebook.ads.sdk.AdAccount;
import com.facebook.ads.sdk.AdsInsights;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Ad-level daily insights of one account and range, page by page: synchronously for short ranges, through an
 * async report run for long ones or when Meta answers 100/1487534 ("too many rows"). When Meta cannot compute that
 * much data (error 1 "reduce the amount of data", or a report run ending in "Job Failed") it throws
 * {@link TooMuchDataException}, for the caller to ask for less.
 */
public class InsightsReader {
    static final String CAMPAIGN_LEVEL = "campaign";

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
            first = calls.call(account, stats, () -> {
                var get = new AdAccount(account, context)
                        .getInsights()
                        .setLevel(InsightsFields.LEVEL)
                        .setTimeIncrement(InsightsFields.TIME_INCREMENT)
                        .setTimeRange(InsightsFields.timeRange(request.since(), request.until()))
                        .setLimit((long) properties.pageSize())
                        .requestFields(InsightsFields.FIELDS);
                if (request.filtering() != null) {
                    get.setFiltering(request.filtering());
                }
                return get.execute();
            });
        } catch (GraphFailure failure) {
            if (failure.kind() == GraphFailureKind.USE_ASYNC) {
                return asyncReport.read(request, sink);
            }
            if (failure.kind() == GraphFailureKind.REDUCE_DATA && request.splittable()) {
                throw new TooMuchDataException(request, "Meta asked for less data (" + failure.describe() + ")");
            }
            throw failure;
        }
        return pager.forEachPage(account, stats, first, sink);
    }

    /**
     * The ids of the request's campaigns that have data in its range: one campaign-level row each, a small
     * answer even where the ad-level rows of the same days are too much for Meta to compute at once.
     */
    public List<String> campaignsWithData(InsightsRequest request) {
        String account = request.account();
        APINodeList<AdsInsights> page = calls.call(account, request.stats(), () -> {
            var get = new AdAccount(account, request.context())
                    .getInsights()
                    .setLevel(CAMPAIGN_LEVEL)
                    .setTimeRange(InsightsFields.timeRange(request.since(), request.until()))
                    .setLimit((long) properties.pageSize())
                    .requestField("campaign_id");
            if (request.filtering() != null) {
                get.setFiltering(request.filtering());
            }
            return get.execute();
        });
        List<String> campaigns = new ArrayList<>();
        pager.forEachPage(
                account, request.stats(), page, rows -> rows.forEach(row -> campaigns.add(row.getFieldCampaignId())));
        return campaigns;
    }
}
