package com.viraltracker.faultsuite.flow;

import com.viraltracker.faultsuite.stack.FaultStack;
import com.viraltracker.graphsim.AccountSpec;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;

/** Brands set up as a user would, through the REST APIs: a linked simulated ad account and a product with an image. */
public final class Brands {
    /** Ads per simulated account: one campaign, one ad set, three ads. */
    public static final int ADS_PER_ACCOUNT = 3;
    private static final AtomicLong NEXT_ACCOUNT = new AtomicLong(7_100_000_000L);

    private Brands() {
    }

    /** A brand of the suite: its id, its linked ad account (digits only) and its product. */
    public record Brand(UUID id, String adAccountId, UUID productId) {
    }

    public static Brand create(FaultStack stack) {
        UUID id = UUID.randomUUID();
        String account = String.valueOf(NEXT_ACCOUNT.incrementAndGet());
        stack.simulator.account(AccountSpec.of(account).withAds(1, 1, ADS_PER_ACCOUNT).withHistoryDays(60));
        stack.rest(FaultStack.META_SYNC).post("/api/v1/brands/" + id + "/ad-accounts",
                Map.of("ad_account_id", "act_" + account));
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("brand_id", id.toString());
        product.put("name", "Calming Chews " + account);
        product.put("description", "Soft chews that help anxious dogs settle.");
        product.put("benefits", List.of("Calmer walks", "Vet-formulated"));
        product.put("price", 29.99);
        product.put("brand_colors", List.of("#2e5aac", "#f4b63f"));
        String productId = stack.rest(FaultStack.AD_CREATION).post("/api/v1/products", product).path("id").asString();
        stack.rest(FaultStack.AD_CREATION).putBytes("/api/v1/products/" + productId + "/image", "image/png", png());
        return new Brand(id, account, UUID.fromString(productId));
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xfdf1dc));
        g.fillRect(0, 0, 200, 200);
        g.setColor(new Color(0x2e5aac));
        g.fillRoundRect(60, 50, 80, 110, 15, 15);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
