package com.viraltracker.faultsuite.flow;

import com.viraltracker.faultsuite.stack.FaultStack;
import com.viraltracker.graphsim.AccountSpec;
import com.viraltracker.testing.TestImages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Brands set up as a user would, through the REST APIs: a linked simulated ad account and a product with an image. */
public final class Brands {
    /** Ads per simulated account: one campaign, one ad set, three ads. */
    public static final int ADS_PER_ACCOUNT = 3;

    private static final AtomicLong NEXT_ACCOUNT = new AtomicLong(7_100_000_000L);

    private Brands() {}

    /** A brand of the suite: its id, its linked ad account (digits only) and its product. */
    public record Brand(UUID id, String adAccountId, UUID productId) {}

    public static Brand create(FaultStack stack) {
        return create(stack, UUID.randomUUID());
    }

    /** A brand with the given id (the key of its events, so the id chooses their partition). */
    public static Brand create(FaultStack stack, UUID id) {
        String account = String.valueOf(NEXT_ACCOUNT.incrementAndGet());
        stack.simulator.account(
                AccountSpec.of(account).withAds(1, 1, ADS_PER_ACCOUNT).withHistoryDays(60));
        stack.rest(FaultStack.META_SYNC)
                .post("/api/v1/brands/" + id + "/ad-accounts", Map.of("ad_account_id", "act_" + account));
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("brand_id", id.toString());
        product.put("name", "Calming Chews " + account);
        product.put("description", "Soft chews that help anxious dogs settle.");
        product.put("benefits", List.of("Calmer walks", "Vet-formulated"));
        product.put("price", 29.99);
        product.put("brand_colors", List.of("#2e5aac", "#f4b63f"));
        String productId = stack.rest(FaultStack.AD_CREATION)
                .post("/api/v1/products", product)
                .path("id")
                .asString();
        stack.rest(FaultStack.AD_CREATION)
                .putBytes("/api/v1/products/" + productId + "/image", "image/png", TestImages.productPng(200, 200));
        return new Brand(id, account, UUID.fromString(productId));
    }
}
