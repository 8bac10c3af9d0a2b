package com.viraltracker.graphsim;

import java.time.ZoneId;

/**
 * What one simulated ad account looks like: its identity (as {@code GET act_<id>} answers it) and the shape of
 * the synthetic history its insights are drawn from.
 *
 * @param id                 the numeric id, without the {@code act_} prefix
 * @param accountStatus      Meta's numeric status (1 = active, 2 = disabled, ...)
 * @param campaigns          how many campaigns the account has
 * @param adSetsPerCampaign  ad sets in each campaign
 * @param adsPerAdSet        ads in each ad set
 * @param historyDays        how many days back (from today in the account's time zone) the ads have data
 * @param syncRowLimit       a synchronous insights request for more rows than this fails with 100/1487534,
 *                           as Meta does, so callers must use an async report run
 */
public record AccountSpec(
        String id,
        String name,
        String currency,
        ZoneId timeZone,
        int accountStatus,
        int campaigns,
        int adSetsPerCampaign,
        int adsPerAdSet,
        int historyDays,
        int syncRowLimit) {

    public AccountSpec {
        if (id == null || !id.matches("\\d{1,20}")) {
            throw new IllegalArgumentException("account id must be digits (without act_): " + id);
        }
        if (campaigns < 0 || adSetsPerCampaign < 1 || adsPerAdSet < 1 || historyDays < 0 || syncRowLimit < 1) {
            throw new IllegalArgumentException("account shape must be non-negative (ad sets, ads, row limit >= 1)");
        }
        name = name == null ? "Simulated account " + id : name;
        currency = currency == null ? "USD" : currency;
        timeZone = timeZone == null ? ZoneId.of("America/Los_Angeles") : timeZone;
    }

    /** Two campaigns of one ad set with two ads each: four ads, 400 days of history, in USD and Los Angeles time. */
    public static AccountSpec of(String id) {
        return new AccountSpec(stripPrefix(id), null, "USD", ZoneId.of("America/Los_Angeles"), 1, 2, 1, 2, 400, 10_000);
    }

    public static String stripPrefix(String id) {
        return id != null && id.startsWith("act_") ? id.substring(4) : id;
    }

    public String actId() {
        return "act_" + id;
    }

    public int adCount() {
        return campaigns * adSetsPerCampaign * adsPerAdSet;
    }

    public AccountSpec withName(String value) {
        return new AccountSpec(
                id,
                value,
                currency,
                timeZone,
                accountStatus,
                campaigns,
                adSetsPerCampaign,
                adsPerAdSet,
                historyDays,
                syncRowLimit);
    }

    public AccountSpec withCurrency(String value) {
        return new AccountSpec(
                id,
                name,
                value,
                timeZone,
                accountStatus,
                campaigns,
                adSetsPerCampaign,
                adsPerAdSet,
                historyDays,
                syncRowLimit);
    }

    public AccountSpec withTimeZone(ZoneId value) {
        return new AccountSpec(
                id,
                name,
                currency,
                value,
                accountStatus,
                campaigns,
                adSetsPerCampaign,
                adsPerAdSet,
                historyDays,
                syncRowLimit);
    }

    public AccountSpec withAccountStatus(int value) {
        return new AccountSpec(
                id,
                name,
                currency,
                timeZone,
                value,
                campaigns,
                adSetsPerCampaign,
                adsPerAdSet,
                historyDays,
                syncRowLimit);
    }

    public AccountSpec withAds(int campaignCount, int adSetsEach, int adsEach) {
        return new AccountSpec(
                id,
                name,
                currency,
                timeZone,
                accountStatus,
                campaignCount,
                adSetsEach,
                adsEach,
                historyDays,
                syncRowLimit);
    }

    public AccountSpec withHistoryDays(int value) {
        return new AccountSpec(
                id,
                name,
                currency,
                timeZone,
                accountStatus,
                campaigns,
                adSetsPerCampaign,
                adsPerAdSet,
                value,
                syncRowLimit);
    }

    public AccountSpec withSyncRowLimit(int value) {
        return new AccountSpec(
                id,
                name,
                currency,
                timeZone,
                accountStatus,
                campaigns,
                adSetsPerCampaign,
                adsPerAdSet,
                historyDays,
                value);
    }
}
