package com.viraltracker.e2e;

import com.viraltracker.testing.TestImages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;

/**
 * A brand of one test, set up the way a user would through the REST APIs: its own simulated ad account linked in
 * meta-sync, and (when asked) a product with an image in ad-creation.
 */
record Brand(UUID id, String adAccountId, String email) {

    static Brand linked(E2eStack.Running stack) {
        UUID id = UUID.randomUUID();
        String account = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        stack.simulatorAdmin()
                .put(
                        "/_admin/accounts/" + account,
                        Map.of(
                                "name",
                                "E2E " + account,
                                "currency",
                                "USD",
                                "time_zone",
                                "America/Los_Angeles",
                                "history_days",
                                30));
        JsonNode link = stack.metaSync()
                .post("/api/v1/brands/" + id + "/ad-accounts", Map.of("ad_account_id", "act_" + account));
        if (!link.path("ad_account_id").asString().equals("act_" + account)) {
            throw new AssertionError("ad account not linked: " + link);
        }
        return new Brand(id, account, "reports-" + id.toString().substring(0, 8) + "@e2e.example");
    }

    /** A brand that never linked an ad account (so it has no simulated one either). */
    static Brand unlinked() {
        UUID id = UUID.randomUUID();
        return new Brand(id, null, "reports-" + id.toString().substring(0, 8) + "@e2e.example");
    }

    /** A product with an uploaded PNG; returns its id. */
    String product(E2eStack.Running stack) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("brand_id", id.toString());
        input.put("name", "Calming Chews");
        input.put("description", "Soft chews that help anxious dogs settle.");
        input.put("benefits", List.of("Calmer walks", "Vet-formulated"));
        input.put("price", 29.99);
        input.put("brand_colors", List.of("#2e5aac", "#f4b63f"));
        String product =
                stack.adCreation().post("/api/v1/products", input).path("id").asString();
        stack.adCreation()
                .putBytes("/api/v1/products/" + product + "/image", "image/png", TestImages.productPng(400, 400));
        return product;
    }
}
