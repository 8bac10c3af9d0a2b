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
        return product(
                "Glow Serum",
                "A lightweight vitamin C serum that brightens dull skin in two weeks. Fragrance free.",
                List.of("Brighter skin in 14 days", "Fragrance free", "Dermatologist tested"),
                "24.99",
                "USD",
                "20% off your first order",
                brandColors);
    }

    /** Every field at its longest, with words too long for any line. */
    public static Product verbose(List<String> brandColors) {
        String longWord = "Supercalifragilisticexpialidociouslyhydrating";
        return product(
                "The Extraordinarily Long-Named Overnight Restorative Hydration Mask Deluxe Edition " + longWord,
                ("Wake up to skin that feels rested and renewed after a single night, with a formula built around "
                                + "ceramides, squalane and a blend of botanical oils. ")
                        .repeat(8),
                List.of(
                        longWord + " formula keeps skin hydrated for seventy-two hours without feeling greasy",
                        "Clinically shown to reduce the appearance of fine lines and uneven texture in four weeks",
                        "Vegan, cruelty free, and made without parabens, sulfates, silicones or synthetic dyes"),
                "1299.95",
                "EUR",
                "Buy two and get a third one completely free, plus complimentary shipping on every order",
                brandColors);
    }

    /** Just a name. */
    public static Product bare() {
        String noPrice = null;
        String noOffer = null;
        return product("Plain Mug", "", List.of(), noPrice, "USD", noOffer, List.of());
    }

    /** A product of a brand of its own, without an image, as a test fixture creates it. */
    private static Product product(
            String name,
            String description,
            List<String> benefits,
            String price,
            String currency,
            String offer,
            List<String> brandColors) {
        return new Product(
                UUID.randomUUID(),
                UUID.randomUUID(),
                name,
                description,
                benefits,
                price == null ? null : new BigDecimal(price),
                currency,
                offer,
                brandColors,
                null,
                Instant.EPOCH,
                Instant.EPOCH,
                "test-products",
                "test-products");
    }
}
