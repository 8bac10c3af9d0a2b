package com.viraltracker.graphsim;

import java.time.ZoneId;
import java.util.function.Consumer;

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
 * @param reduceDataAbove    a synchronous insights request for more rows than this fails with Meta's error 1
 *                           "Please reduce the amount of data you're asking for" (checked before
 *                           {@code syncRowLimit}); {@link Integer#MAX_VALUE}: never
 * @param asyncRowLimit      an async report run for more rows than this ends in "Job Failed", as Meta's do when a
 *                           report is too large to compute; {@link Integer#MAX_VALUE}: never
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
        int syncRowLimit,
        int reduceDataAbove,
        int asyncRowLimit) {

    public AccountSpec {
        if (id == null || !id.matches("\\d{1,20}")) {
            throw new IllegalArgumentException("account id must be digits (without act_): " + id);
        }
        if (campaigns < 0
                || adSetsPerCampaign < 1
                || adsPerAdSet < 1
                || historyDays < 0
                || syncRowLimit < 1
                || reduceDataAbove < 1
                || asyncRowLimit < 1) {
            throw new IllegalArgumentException("account shape must be non-negative (ad sets, ads, row limits >= 1)");
        }
        name = name == null ? "Simulated account " + id : name;
        currency = currency == null ? "USD" : currency;
        timeZone = timeZone == null ? ZoneId.of("America/Los_Angeles") : timeZone;
    }

    /** Two campaigns of one ad set with two ads each: four ads, 400 days of history, in USD and Los Angeles time. */
    public static AccountSpec of(String id) {
        return new AccountSpec(
                stripPrefix(id),
                null,
                "USD",
                ZoneId.of("America/Los_Angeles"),
                1,
                2,
                1,
                2,
                400,
                10_000,
                Integer.MAX_VALUE,
                Integer.MAX_VALUE);
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
        return with(copy -> copy.name = value);
    }

    public AccountSpec withCurrency(String value) {
        return with(copy -> copy.currency = value);
    }

    public AccountSpec withTimeZone(ZoneId value) {
        return with(copy -> copy.timeZone = value);
    }

    public AccountSpec withAccountStatus(int value) {
        return with(copy -> copy.accountStatus = value);
    }

    public AccountSpec withAds(int campaignCount, int adSetsEach, int adsEach) {
        return with(copy -> {
            copy.campaigns = campaignCount;
            copy.adSetsPerCampaign = adSetsEach;
            copy.adsPerAdSet = adsEach;
        });
    }

    public AccountSpec withHistoryDays(int value) {
        return with(copy -> copy.historyDays = value);
    }

    public AccountSpec withSyncRowLimit(int value) {
        return with(copy -> copy.syncRowLimit = value);
    }

    /** Synchronous requests for more rows than this answer error 1, "Please reduce the amount of data...". */
    public AccountSpec withReduceDataAbove(int rows) {
        return with(copy -> copy.reduceDataAbove = rows);
    }

    /** Async report runs for more rows than this end in "Job Failed". */
    public AccountSpec withAsyncRowLimit(int rows) {
        return with(copy -> copy.asyncRowLimit = rows);
    }

    /** This spec with what {@code change} sets on a copy of its components, checked as any new spec is. */
    private AccountSpec with(Consumer<Components> change) {
        Components copy = new Components(this);
        change.accept(copy);
        return new AccountSpec(
                id,
                copy.name,
                copy.currency,
                copy.timeZone,
                copy.accountStatus,
                copy.campaigns,
                copy.adSetsPerCampaign,
                copy.adsPerAdSet,
                copy.historyDays,
                copy.syncRowLimit,
                copy.reduceDataAbove,
                copy.asyncRowLimit);
    }

    /** The components a {@code with…} method may change, so that each names only its own. */
    private static final class Components {
        String name;
        String currency;
        ZoneId timeZone;
        int accountStatus;
        int campaigns;
        int adSetsPerCampaign;
        int adsPerAdSet;
        int historyDays;
        int syncRowLimit;
        int reduceDataAbove;
        int asyncRowLimit;

        Components(AccountSpec spec) {
            name = spec.name;
            currency = spec.currency;
            timeZone = spec.timeZone;
            accountStatus = spec.accountStatus;
            campaigns = spec.campaigns;
            adSetsPerCampaign = spec.adSetsPerCampaign;
            adsPerAdSet = spec.adsPerAdSet;
            historyDays = spec.historyDays;
            syncRowLimit = spec.syncRowLimit;
            reduceDataAbove = spec.reduceDataAbove;
            asyncRowLimit = spec.asyncRowLimit;
        }
    }
}
