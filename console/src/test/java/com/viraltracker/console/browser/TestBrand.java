package com.viraltracker.console.browser;

import com.viraltracker.graphsim.AccountSpec;
import com.viraltracker.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;

/**
 * A brand of one test, set up through the REST APIs as its operator would: named, with a simulated USD ad account
 * in Los Angeles time linked, and (when asked) 30 days of performance synced by a one-time backfill.
 */
record TestBrand(UUID id, String name, String adAccountId) {
    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(120);

    /** A named brand with no ad account. */
    static TestBrand unlinked(BrowserStack.Running stack, String name) {
        TestBrand brand = new TestBrand(UUID.randomUUID(), name, null);
        stack.metaSync(brand.operatorToken()).put("/api/v1/brands/" + brand.id, Map.of("name", name));
        return brand;
    }

    /** A named brand with a linked account of 18 ads whose last 30 days are synced. */
    static TestBrand synced(BrowserStack.Running stack, String name) {
        return synced(stack, name, 3, 2, 3);
    }

    /** A named brand with a linked account of campaigns × ad sets × ads whose last 30 days are synced. */
    static TestBrand synced(BrowserStack.Running stack, String name, int campaigns, int adSetsEach, int adsEach) {
        TestBrand brand = linked(stack, name, campaigns, adSetsEach, adsEach);
        brand.runOnce(stack, "meta_sync", Map.of("days_back", 30));
        return brand;
    }

    /** A named brand with a linked account of 18 ads, nothing synced yet. */
    static TestBrand linked(BrowserStack.Running stack, String name) {
        return linked(stack, name, 3, 2, 3);
    }

    private static TestBrand linked(
            BrowserStack.Running stack, String name, int campaigns, int adSetsEach, int adsEach) {
        String account = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        stack.simulator.account(AccountSpec.of(account)
                .withName(name + " US")
                .withCurrency("USD")
                .withTimeZone(LOS_ANGELES)
                .withAds(campaigns, adSetsEach, adsEach)
                .withHistoryDays(60));
        TestBrand brand = new TestBrand(UUID.randomUUID(), name, "act_" + account);
        Rest metaSync = stack.metaSync(brand.operatorToken());
        metaSync.put("/api/v1/brands/" + brand.id, Map.of("name", name));
        metaSync.post("/api/v1/brands/" + brand.id + "/ad-accounts", Map.of("ad_account_id", brand.adAccountId));
        return brand;
    }

    String operatorToken() {
        return TestTokens.operator(id);
    }

    /** A one-time job due now, and its first run once finished (it must succeed). */
    JsonNode runOnce(BrowserStack.Running stack, String jobType, Map<String, Object> parameters) {
        Rest scheduler = stack.scheduler(operatorToken());
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("brand_id", id.toString());
        job.put("name", "Test " + jobType);
        job.put("job_type", jobType);
        job.put("schedule_type", "one_time");
        job.put("run_at", Instant.now().toString());
        job.put("parameters", parameters);
        String jobId = scheduler.post("/api/v1/jobs", job).path("id").asString();
        JsonNode run = awaitFinished(scheduler, "/api/v1/jobs/" + jobId + "/runs");
        if (!run.path("status").asString().equals("succeeded")) {
            throw new AssertionError("the " + jobType + " run of " + name + " did not succeed: " + run);
        }
        return run;
    }

    private static JsonNode awaitFinished(Rest scheduler, String runsPath) {
        Instant deadline = Instant.now().plus(RUN_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            JsonNode runs = scheduler.get(runsPath).path("items");
            if (!runs.isEmpty()) {
                String status = runs.get(0).path("status").asString();
                if (status.equals("succeeded") || status.equals("failed") || status.equals("timed_out")) {
                    return runs.get(0);
                }
            }
            pause();
        }
        throw new AssertionError("no finished run at " + runsPath + " within " + RUN_TIMEOUT);
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
