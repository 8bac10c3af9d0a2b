package com.viraltracker.metasync.graph;

import java.time.LocalDate;
import java.util.List;

/** What a sync asks the Insights API for: ad level, one row per day, these fields. */
public final class InsightsFields {
    public static final String LEVEL = "ad";
    public static final String TIME_INCREMENT = "1";
    public static final List<String> FIELDS = List.of(
            "account_currency",
            "campaign_id",
            "campaign_name",
            "adset_id",
            "adset_name",
            "ad_id",
            "ad_name",
            "spend",
            "impressions",
            "reach",
            "clicks",
            "inline_link_clicks",
            "ctr",
            "cpc",
            "cpm",
            "actions",
            "action_values",
            "purchase_roas");

    private InsightsFields() {}

    /** The {@code time_range} parameter: {@code {"since":"2026-03-01","until":"2026-03-07"}}. */
    public static String timeRange(LocalDate since, LocalDate until) {
        return "{\"since\":\"" + since + "\",\"until\":\"" + until + "\"}";
    }
}
