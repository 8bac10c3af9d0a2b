package com.viraltracker.console.creatives;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.util.MultiValueMap;

/**
 * The new product form as ad-creation-service's input: benefits one per line, brand colours separated by commas.
 * Only the price is checked here (it must be a number to be sent at all); the service checks the rest and its
 * reasons are shown next to the inputs.
 */
final class ProductForm {
    private ProductForm() {}

    static Map<String, String> entered(MultiValueMap<String, String> form) {
        Map<String, String> entered = new LinkedHashMap<>();
        for (String input : List.of("name", "description", "price", "currency", "offer", "benefits", "brand_colors")) {
            entered.put(input, form.getFirst(input) == null ? "" : form.getFirst(input));
        }
        return entered;
    }

    static Map<String, Object> input(UUID brand, Map<String, String> entered, Map<String, String> errors) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("brand_id", brand);
        input.put("name", entered.get("name"));
        input.put("description", entered.get("description"));
        input.put("benefits", lines(entered.get("benefits"), "\\R"));
        if (!entered.get("price").isBlank()) {
            try {
                input.put("price", new BigDecimal(entered.get("price").trim()));
            } catch (NumberFormatException e) {
                errors.put("price", "Enter a price such as 29.99.");
            }
        }
        input.put("currency", entered.get("currency").isBlank() ? "USD" : entered.get("currency"));
        if (!entered.get("offer").isBlank()) {
            input.put("offer", entered.get("offer"));
        }
        input.put("brand_colors", lines(entered.get("brand_colors"), ","));
        return input;
    }

    private static List<String> lines(String text, String separator) {
        return Arrays.stream(text.split(separator))
                .map(String::trim)
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
