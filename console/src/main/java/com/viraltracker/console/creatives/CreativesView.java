package com.viraltracker.console.creatives;

import com.viraltracker.console.api.GeneratedAd;
import com.viraltracker.console.api.Product;
import com.viraltracker.console.api.Section;
import com.viraltracker.console.web.BrandHeader;
import java.util.List;
import java.util.Map;

/**
 * The Creatives page: the brand's products (each with its image and its generated ads) and the form for a new one.
 *
 * @param errors  a refused form's reasons by input, {@code general} for the rest
 * @param entered what was typed into the refused form
 */
public record CreativesView(
        BrandHeader brand,
        Section<List<ProductCard>> products,
        Map<String, String> errors,
        Map<String, String> entered,
        String flash) {
    public static final List<String> TEMPLATE_MODES = List.of("random", "all");
    public static final List<String> COLOR_MODES = List.of("original", "brand", "complementary");
    public static final int MAX_VARIATIONS = 10;

    public CreativesView {
        errors = Map.copyOf(errors);
        entered = Map.copyOf(entered);
    }

    /** A product and the ads generated for it, newest first. */
    public record ProductCard(Product product, Section<List<GeneratedAd>> ads) {}

    public List<Integer> variationChoices() {
        return java.util.stream.IntStream.rangeClosed(1, MAX_VARIATIONS).boxed().toList();
    }
}
