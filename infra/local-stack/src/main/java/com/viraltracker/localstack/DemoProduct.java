package com.viraltracker.localstack;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import tools.jackson.databind.JsonNode;

/** The demo's product, Wonder Paws Calming Chews, with a drawn product image; made once per brand. */
final class DemoProduct {
    static final String NAME = "Wonder Paws Calming Chews";

    private final Http http;
    private final String adCreation;

    DemoProduct(Http http, String adCreation) {
        this.http = http;
        this.adCreation = adCreation;
    }

    /** The product's id; created, and given its image, when the brand has no product of that name. */
    String ensure(String brand) {
        String id = null;
        JsonNode image = null;
        for (JsonNode product : http.get(adCreation + "/api/v1/products?brand_id=" + brand)) {
            if (product.path("name").asString().equals(NAME)) {
                id = product.path("id").asString();
                image = product.get("image");
            }
        }
        if (id == null) {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("brand_id", brand);
            input.put("name", NAME);
            input.put("description", "Soft chews with chamomile and L-theanine that help anxious dogs settle.");
            input.put("benefits", List.of("Calmer walks and car rides", "Vet-formulated", "Made in the USA"));
            input.put("price", 29.99);
            input.put("currency", "USD");
            input.put("offer", "20% off your first order");
            input.put("brand_colors", List.of("#2e5aac", "#f4b63f"));
            id = http.post(adCreation + "/api/v1/products", input).path("id").asString();
        }
        if (image == null || image.isNull()) {
            http.putBytes(adCreation + "/api/v1/products/" + id + "/image", "image/png", drawImage());
        }
        return id;
    }

    /** A jar of chews on a warm backdrop: enough for the renderer to place and judge contrast against. */
    static byte[] drawImage() {
        BufferedImage image = new BufferedImage(800, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0xfdf1dc), 0, 800, new Color(0xf4b63f)));
        g.fillRect(0, 0, 800, 800);
        g.setColor(new Color(0x2e5aac));
        g.fillRoundRect(250, 220, 300, 420, 60, 60);
        g.setColor(new Color(0xffffff));
        g.fillRoundRect(280, 340, 240, 160, 30, 30);
        g.setColor(new Color(0x1d3a70));
        g.fillRoundRect(240, 170, 320, 80, 30, 30);
        g.setStroke(new BasicStroke(10));
        g.setColor(new Color(0xf4b63f));
        for (int[] toe : new int[][] {{360, 390}, {400, 375}, {440, 390}}) {
            g.fillOval(toe[0] - 15, toe[1] - 15, 30, 30);
        }
        g.fillOval(375, 410, 50, 45);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
