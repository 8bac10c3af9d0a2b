package com.viraltracker.adcreation;

import com.viraltracker.adcreation.products.Product;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Products as tests need them, from the ordinary to the unreasonable. */
public final class TestProducts {
    private TestProducts() {}

    public static Product serum(List<String> brandColors) {
        return new Product(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Glow Serum",
                "A lightweight vitamin C serum that brightens dull skin in two weeks. Fragrance free.",
                List.of("Brighter skin in 14 days", "Fragrance free", "Dermatologist tested"),
                new BigDecimal("24.99"),
                "USD",
                "20% off your first order",
                brandColors,
                null,
                Instant.EPOCH,
                Instant.EPOCH,
                "test-products",
                "test-products");
    }

    /** Every field at its longest, with words too long for any line. */
    public static Product verbose(List<String> brandColors) {
        String longWord = "Supercalifragilisticexpialidociouslyhydrating";
        return new Product(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "The Extraordinarily Long-Named Overnight Restorative Hydration Mask Deluxe Edition " + longWord,
                ("Wake up to skin that feels rested and renewed after a single night, with a formula built around "
                                + "ceramides, squalane and a blend of botanical oils. ")
                        .repeat(8),
                List.of(
                        longWord + " formula keeps skin hydrated for seventy-two hours without feeling greasy",
                        "Clinically shown to reduce the appearance of fine lines and uneven texture in four weeks",
                        "Vegan, cruelty free, and made without parabens, sulfates, silicones or synthetic dyes"),
                new BigDecimal("1299.95"),
                "EUR",
                "Buy two and get a third one completely free, plus complimentary shipping on every order",
                brandColors,
                null,
                Instant.EPOCH,
                Instant.EPOCH,
                "test-products",
                "test-products");
    }

    /** Just a name. */
    public static Product bare() {
        BigDecimal noPrice = null;
        String noOffer = null;
        return new Product(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Plain Mug",
                "",
                List.of(),
                noPrice,
                "USD",
                noOffer,
                List.of(),
                null,
                Instant.EPOCH,
                Instant.EPOCH,
                "test-products",
                "test-products");
    }
}
