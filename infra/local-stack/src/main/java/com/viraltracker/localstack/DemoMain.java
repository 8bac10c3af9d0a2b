package com.viraltracker.localstack;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./stack demo}: the seed's brand, named Wonder Paws, with a simulated ad account, a product, a daily Meta sync,
 * a weekly scorecard and a weekly ad creation schedule, all made through the REST APIs; each run once now; then
 * what came out. Running it again reuses what exists.
 */
public final class DemoMain {
    static final String BRAND = "bc8461a8-232d-4765-8775-c75eaafc5503";
    static final String BRAND_NAME = "Wonder Paws";
    static final String ZONE = "America/Los_Angeles";
    private static final Set<String> FINISHED = Set.of("succeeded", "failed", "timed_out");

    // The demo acts as the brand's operator would, not as an admin: it shows what an operator's token can do.
    private final Http http = new Http(StackTokens.mint(
            StackTokens.secretFromEnvironment(),
            "stack-demo",
            "operator",
            List.of(UUID.fromString(BRAND)),
            Duration.ofMinutes(30)));
    private final DemoUrls urls;

    private DemoMain(DemoUrls urls) {
        this.urls = urls;
    }

    public static void main(String[] args) {
        Arguments arguments = Arguments.parse(args);
        DemoUrls urls = DemoUrls.from(arguments);
        try {
            new DemoMain(urls).run();
        } catch (IllegalStateException e) {
            System.err.println("demo failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() {
        System.out.println(BRAND_NAME + " (brand " + BRAND + ")");
        // The console shows the brand by this name; meta-sync-service owns brand profiles.
        JsonNode profile = http.put(urls.metaSync() + "/api/v1/brands/" + BRAND, Map.of("name", BRAND_NAME));
        step("brand profile named " + profile.path("name").asString() + " (by "
                + profile.path("updated_by").asString() + ")");
        String account = urls.adAccountId();
        if (urls.simulated()) {
            // Six weeks of history and 48 ads: enough for a week's scorecard, the week before it, and a few ads
            // at either end of the ROAS range.
            http.put(
                    urls.simulator() + "/_admin/accounts/" + account,
                    Map.of(
                            "name",
                            "Wonder Paws US",
                            "currency",
                            "USD",
                            "time_zone",
                            ZONE,
                            "history_days",
                            42,
                            "campaigns",
                            4,
                            "ad_sets_per_campaign",
                            3,
                            "ads_per_ad_set",
                            4));
        }
        JsonNode linked = http.post(
                urls.metaSync() + "/api/v1/brands/" + BRAND + "/ad-accounts", Map.of("ad_account_id", account));
        step("linked ad account " + linked.path("ad_account_id").asString() + " ("
                + linked.path("name").asString() + ", "
                + linked.path("currency").asString() + ", "
                + linked.path("time_zone").asString() + ")");
        String product = new DemoProduct(http, urls.adCreation()).ensure(BRAND);
        step("product " + product + " with its image");

        JsonNode sync = http.put(
                urls.scheduler() + "/api/v1/brands/" + BRAND + "/meta-sync-schedule",
                Map.of("hour", 6, "timezone", ZONE, "days_back", 7));
        Map<String, Object> scorecardPanel = new LinkedHashMap<>();
        scorecardPanel.put("day_of_week", "MONDAY");
        scorecardPanel.put("hour", 9);
        scorecardPanel.put("timezone", ZONE);
        scorecardPanel.put("days_back", 7);
        scorecardPanel.put("min_spend", 10.0);
        scorecardPanel.put("export_email", urls.email());
        JsonNode scorecard =
                http.put(urls.scheduler() + "/api/v1/brands/" + BRAND + "/scorecard-schedule", scorecardPanel);
        String adCreation = ensureAdCreationSchedule(product);
        step("schedules: daily Meta sync (6 AM " + ZONE + ", 7 days), weekly scorecard (Mondays 9 AM, e-mailed to "
                + urls.email() + "), weekly ad creation");

        String backfill = ensureBackfill();
        if (backfill != null) {
            step("backfill of 14 days (one-time job) " + describe(awaitFirstRun(backfill)));
        }
        JsonNode syncRun = awaitRun(runNow(sync.path("job_id").asString()));
        step("meta_sync run " + describe(syncRun));
        JsonNode scorecardRun = runNow(scorecard.path("job_id").asString());
        JsonNode adRun = runNow(adCreation);
        scorecardRun = awaitRun(scorecardRun);
        step("scorecard run " + describe(scorecardRun));
        adRun = awaitRun(adRun);
        step("ad_creation run " + describe(adRun));

        System.out.println();
        System.out.print(StatusMain.schedules(http, urls.scheduler()));
        System.out.println();
        new DemoReport(http, urls).print(BRAND, product);
        boolean allSucceeded = List.of(syncRun, scorecardRun, adRun).stream()
                .allMatch(run -> run.path("status").asString().equals("succeeded"));
        if (!allSucceeded) {
            throw new IllegalStateException("not every run succeeded; see ./stack logs <service>");
        }
        if (urls.console() != null) {
            System.out.println();
            System.out.println("Open the console: " + urls.console() + "/sign-in — choose Wonder Paws and a role, then "
                    + "Ad Performance shows what was synced and its ⏰ Automated Sync Schedule panel.");
        }
    }

    private String ensureAdCreationSchedule(String product) {
        JsonNode existing = http.get(urls.scheduler() + "/api/v1/jobs?brand_id=" + BRAND + "&job_type=ad_creation");
        for (JsonNode job : existing.path("items")) {
            if (job.path("name").asString().equals("Weekly ad variations")) {
                return job.path("id").asString();
            }
        }
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("brand_id", BRAND);
        job.put("name", "Weekly ad variations");
        job.put("job_type", "ad_creation");
        job.put("schedule_type", "recurring");
        job.put("cron_expression", "0 8 * * 3");
        job.put("timezone", ZONE);
        job.put(
                "parameters",
                Map.of("product_id", product, "template_mode", "all", "num_variations", 3, "color_mode", "brand"));
        return http.post(urls.scheduler() + "/api/v1/jobs", job).path("id").asString();
    }

    /** A one-time 14-day sync, made once per brand, so the scorecard can compare the week with the one before. */
    private String ensureBackfill() {
        JsonNode existing = http.get(urls.scheduler() + "/api/v1/jobs?brand_id=" + BRAND + "&job_type=meta_sync");
        for (JsonNode job : existing.path("items")) {
            if (job.path("name").asString().equals("Initial backfill (14 days)")) {
                return null;
            }
        }
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("brand_id", BRAND);
        job.put("name", "Initial backfill (14 days)");
        job.put("job_type", "meta_sync");
        job.put("schedule_type", "one_time");
        job.put("run_at", Instant.now().toString());
        job.put("parameters", Map.of("days_back", 14));
        return http.post(urls.scheduler() + "/api/v1/jobs", job).path("id").asString();
    }

    /** The first run the dispatcher makes of a one-time job that is due now, once it has finished. */
    private JsonNode awaitFirstRun(String jobId) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (true) {
            JsonNode runs = http.get(urls.scheduler() + "/api/v1/jobs/" + jobId + "/runs")
                    .path("items");
            if (!runs.isEmpty()) {
                return awaitRun(runs.get(0));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("one-time job " + jobId + " was not dispatched within a minute");
            }
            sleep(Duration.ofMillis(300));
        }
    }

    private JsonNode runNow(String jobId) {
        return http.post(urls.scheduler() + "/api/v1/jobs/" + jobId + "/run", Map.of());
    }

    private JsonNode awaitRun(JsonNode run) {
        String id = run.path("id").asString();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            JsonNode current = http.get(urls.scheduler() + "/api/v1/runs/" + id);
            if (FINISHED.contains(current.path("status").asString())) {
                return current;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        "run " + id + " still " + current.path("status").asString() + " after 3 minutes");
            }
            sleep(Duration.ofMillis(500));
        }
    }

    static String describe(JsonNode run) {
        String status = run.path("status").asString();
        if (status.equals("succeeded")) {
            return "succeeded " + run.path("summary");
        }
        return status + " " + run.path("error_category").asString("") + ": "
                + run.path("error_message").asString("");
    }

    private static void step(String text) {
        System.out.println("  * " + text);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
