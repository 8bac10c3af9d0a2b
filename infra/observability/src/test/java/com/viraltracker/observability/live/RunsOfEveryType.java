package com.viraltracker.observability.live;

import com.viraltracker.graphsim.AccountSpec;
import com.viraltracker.graphsim.Fault;
import com.viraltracker.graphsim.GraphSimulator;
import com.viraltracker.testing.TestImages;
import com.viraltracker.testing.process.ServiceProcess;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;

/**
 * Drives what a dashboard should show through the public APIs only: schedules of every job type on the scheduler,
 * each run once ("run now"), some meant to succeed and some to fail, plus an unreadable message on a job topic.
 */
final class RunsOfEveryType {
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(90);

    /** A run and the outcome it was set up to have. */
    record Run(
            String schedule,
            String jobType,
            UUID id,
            String expectedStatus,
            String expectedCategory,
            String status,
            String category) {
        boolean asExpected() {
            return expectedStatus.equals(status) && java.util.Objects.equals(expectedCategory, category);
        }
    }

    private final ServiceProcess scheduler;
    private final ServiceProcess metaSync;
    private final ServiceProcess adCreation;
    private final GraphSimulator simulator;
    private final String bootstrapServers;

    RunsOfEveryType(
            ServiceProcess scheduler,
            ServiceProcess metaSync,
            ServiceProcess adCreation,
            GraphSimulator simulator,
            String bootstrapServers) {
        this.scheduler = scheduler;
        this.metaSync = metaSync;
        this.adCreation = adCreation;
        this.simulator = simulator;
        this.bootstrapServers = bootstrapServers;
    }

    List<Run> drive() throws Exception {
        UUID brand = UUID.randomUUID();
        UUID revokedBrand = UUID.randomUUID();
        // Meta answers "too many rows" (100/1487534) to a synchronous request of more than 50 rows: a 31-day chunk
        // of this account's 4 ads goes through an async report run.
        String account = linkAccount(brand, 50);
        String revokedAccount = linkAccount(revokedBrand, 10_000);
        // One throttled answer (error 17, then a retry) on the good account; a revoked token (190) on the other.
        simulator.injectFault(account, Fault.userRateLimit().times(1));
        simulator.injectFault(revokedAccount, Fault.expiredToken());
        UUID product = productWithImage(brand);

        List<Run> runs = new ArrayList<>();
        runs.add(runNow(brand, "Daily Meta Ads Sync", "meta_sync", Map.of("days_back", 40), "succeeded", null));
        runs.add(runNow(
                revokedBrand, "Meta sync with a revoked token", "meta_sync", Map.of("days_back", 3), "failed", "AUTH"));
        runs.add(runNow(
                brand,
                "Weekly Performance Scorecard",
                "scorecard",
                Map.of("days_back", 7, "min_spend", 10.0, "export_email", "marketing@brand.example"),
                "succeeded",
                null));
        runs.add(runNow(
                brand,
                "Ad creation",
                "ad_creation",
                Map.of("product_id", product.toString(), "template_mode", "random", "num_variations", 2),
                "succeeded",
                null));
        runs.add(runNow(
                brand,
                "Ad creation for a deleted product",
                "ad_creation",
                Map.of("product_id", UUID.randomUUID().toString(), "template_mode", "random"),
                "failed",
                "NOT_FOUND"));
        publishUnreadableRequest("viraltracker.jobs.scorecard.v1");
        return runs;
    }

    /** @param syncRowLimit above this many rows Meta answers a synchronous request "too many rows" */
    private String linkAccount(UUID brand, int syncRowLimit) throws Exception {
        String id = "act_" + (9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));
        simulator.account(AccountSpec.of(id).withSyncRowLimit(syncRowLimit));
        Json.post(uri(metaSync, "/api/v1/brands/" + brand + "/ad-accounts"), Map.of("ad_account_id", id));
        return id;
    }

    private UUID productWithImage(UUID brand) throws Exception {
        JsonNode product = Json.post(
                uri(adCreation, "/api/v1/products"),
                Map.of(
                        "brand_id",
                        brand.toString(),
                        "name",
                        "Glow Serum",
                        "description",
                        "A vitamin C serum that brightens dull skin.",
                        "benefits",
                        List.of("Brighter skin in 14 days", "Fragrance free"),
                        "brand_colors",
                        List.of("#0b6e4f")));
        UUID id = UUID.fromString(product.get("id").asString());
        Json.put(uri(adCreation, "/api/v1/products/" + id + "/image"), "image/png", TestImages.productPng(600, 800));
        return id;
    }

    /** Creates a daily schedule, asks for a run now, and waits for the run's terminal status. */
    private Run runNow(
            UUID brand,
            String name,
            String jobType,
            Map<String, Object> parameters,
            String expectedStatus,
            String expectedCategory)
            throws Exception {
        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("brand_id", brand.toString());
        schedule.put("name", name);
        schedule.put("job_type", jobType);
        schedule.put("schedule_type", "recurring");
        schedule.put("cron_expression", "0 6 * * *");
        schedule.put("parameters", parameters);
        JsonNode job = Json.post(uri(scheduler, "/api/v1/jobs"), schedule);
        JsonNode run = Json.post(uri(scheduler, "/api/v1/jobs/" + job.get("id").asString() + "/run"), Map.of());
        UUID runId = UUID.fromString(run.get("id").asString());
        Instant deadline = Instant.now().plus(RUN_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            JsonNode current = Json.get(uri(scheduler, "/api/v1/runs/" + runId));
            String status = current.path("status").asString("");
            if (List.of("succeeded", "failed", "timed_out").contains(status)) {
                String category = current.path("error_category").isNull()
                                || current.path("error_category").isMissingNode()
                        ? null
                        : current.path("error_category").asString();
                return new Run(name, jobType, runId, expectedStatus, expectedCategory, status, category);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("run " + runId + " of \"" + name + "\" did not finish within " + RUN_TIMEOUT);
    }

    private void publishUnreadableRequest(String topic) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "observability-check", "not json at all".getBytes()))
                    .get();
        }
    }

    private static URI uri(ServiceProcess service, String path) {
        return URI.create(service.baseUrl() + path);
    }
}
