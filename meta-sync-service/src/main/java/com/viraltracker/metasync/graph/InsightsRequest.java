package com.viraltracker.metasync.graph;

import com.facebook.ads.sdk.APIContext;
import java.time.LocalDate;
import java.util.List;

/**
 * One account's daily ad insights for the days {@code since} to {@code until}, asked with {@code context}'s token;
 * {@code stats} counts the calls it takes.
 *
 * @param campaignIds only these campaigns' ads (a {@code campaign.id} filter), or null for all of the account's
 */
public record InsightsRequest(
        APIContext context,
        String account,
        LocalDate since,
        LocalDate until,
        CallStats stats,
        List<String> campaignIds) {

    public InsightsRequest(APIContext context, String account, LocalDate since, LocalDate until, CallStats stats) {
        this(context, account, since, until, stats, null);
    }

    public InsightsRequest {
        campaignIds = campaignIds == null ? null : List.copyOf(campaignIds);
    }

    public long days() {
        return until.toEpochDay() - since.toEpochDay() + 1;
    }

    /** The same request for other days. */
    public InsightsRequest forDays(LocalDate first, LocalDate last) {
        return new InsightsRequest(context, account, first, last, stats, campaignIds);
    }

    /** The same request for one campaign's ads. */
    public InsightsRequest forCampaign(String campaignId) {
        return new InsightsRequest(context, account, since, until, stats, List.of(campaignId));
    }

    /** Whether Meta could be asked for less: fewer days, or one campaign at a time. */
    public boolean splittable() {
        return days() > 1 || campaignIds == null || campaignIds.size() > 1;
    }

    /** The {@code filtering} parameter, or null without a campaign filter. */
    String filtering() {
        if (campaignIds == null) {
            return null;
        }
        StringBuilder ids = new StringBuilder();
        campaignIds.forEach(id ->
                ids.append(ids.isEmpty() ? "" : ",").append('"').append(id).append('"'));
        return "[{\"field\":\"campaign.id\",\"operator\":\"IN\",\"value\":[" + ids + "]}]";
    }
}
