package com.viraltracker.metasync.graph;

import com.facebook.ads.sdk.APINodeList;
import com.facebook.ads.sdk.AdsInsights;
import com.google.gson.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Walks insights pages by Meta's rule: follow {@code paging.next} while there is one. The SDK's own iterator
 * also re-sends the request whenever a page carries {@code cursors.after} without {@code next} (which Meta's
 * last page does), costing a call per sync and looping forever against a server that repeats itself; this
 * pager stops at the first page without {@code next} and refuses to fetch the same URL twice.
 */
public class InsightsPager {
    /** A bound well above any real sync (37 months x thousands of ads at 500 rows a page), against loops. */
    static final int MAX_PAGES = 100_000;

    private final GraphCalls calls;

    public InsightsPager(GraphCalls calls) {
        this.calls = calls;
    }

    /** Hands each page's rows to {@code sink}, first page included, and returns how many rows there were. */
    public long forEachPage(
            String account, CallStats stats, APINodeList<AdsInsights> first, Consumer<List<AdsInsights>> sink) {
        Set<String> followed = new HashSet<>();
        APINodeList<AdsInsights> page = first;
        long rows = 0;
        for (int pages = 1; ; pages++) {
            sink.accept(page);
            rows += page.size();
            String next = nextUrl(page);
            if (next == null) {
                return rows;
            }
            if (!followed.add(next) || pages >= MAX_PAGES) {
                throw new IllegalStateException("the Graph API sent the same next page twice for " + account
                        + " (after " + pages + " pages); stopping instead of looping");
            }
            APINodeList<AdsInsights> current = page;
            page = calls.call(account, stats, current::nextPage);
            if (page == null) {
                return rows;
            }
        }
    }

    static String nextUrl(APINodeList<AdsInsights> page) {
        JsonObject raw = page.getRawResponseAsJsonObject();
        if (raw == null || !raw.has("paging") || !raw.get("paging").isJsonObject()) {
            return null;
        }
        JsonObject paging = raw.getAsJsonObject("paging");
        return paging.has("next") && !paging.get("next").isJsonNull()
                ? paging.get("next").getAsString()
                : null;
    }
}
