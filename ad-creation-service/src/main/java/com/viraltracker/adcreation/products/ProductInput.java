package com.viraltracker.adcreation.products;

import com.viraltracker.adcreation.color.Rgb;
import com.viraltracker.events.parameters.FieldViolation;
import com.viraltracker.events.serde.SnakeCase;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The body of {@code POST /api/v1/products} and {@code PUT /api/v1/products/{id}}. */
@SnakeCase
public record ProductInput(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID brandId,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Salmon Crunch Dog Treats")
        String name,

        @Schema(example = "Crunchy salmon bites for dogs of every size")
        String description,

        List<String> benefits,
        @Schema(example = "12.99") BigDecimal price,
        @Schema(defaultValue = "USD") String currency,
        String offer,
        List<String> brandColors) {
    public static final int MAX_NAME = 120;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_BENEFITS = 10;
    public static final int MAX_BENEFIT = 200;
    public static final int MAX_OFFER = 120;
    public static final int MAX_BRAND_COLORS = 5;
    public static final BigDecimal MAX_PRICE = new BigDecimal("1000000");

    /** The input trimmed and normalised (colours as lower-case {@code #rrggbb}), or every reason it is not valid. */
    public ProductInput validated() {
        List<FieldViolation> violations = new ArrayList<>();
        if (brandId == null) {
            violations.add(new FieldViolation("brand_id", "is required"));
        }
        String cleanName = trim(name);
        if (cleanName == null) {
            violations.add(new FieldViolation("name", "is required"));
        } else if (cleanName.length() > MAX_NAME) {
            violations.add(new FieldViolation("name", "must be at most " + MAX_NAME + " characters"));
        }
        String cleanDescription = trim(description) == null ? "" : trim(description);
        if (cleanDescription.length() > MAX_DESCRIPTION) {
            violations.add(new FieldViolation("description", "must be at most " + MAX_DESCRIPTION + " characters"));
        }
        List<String> cleanBenefits = new ArrayList<>();
        List<String> givenBenefits = benefits == null ? List.of() : benefits;
        if (givenBenefits.size() > MAX_BENEFITS) {
            violations.add(new FieldViolation("benefits", "must have at most " + MAX_BENEFITS + " items"));
        }
        for (int i = 0; i < givenBenefits.size(); i++) {
            String benefit = trim(givenBenefits.get(i));
            if (benefit == null) {
                violations.add(new FieldViolation("benefits[" + i + "]", "must not be blank"));
            } else if (benefit.length() > MAX_BENEFIT) {
                violations.add(
                        new FieldViolation("benefits[" + i + "]", "must be at most " + MAX_BENEFIT + " characters"));
            } else {
                cleanBenefits.add(benefit);
            }
        }
        if (price != null && (price.signum() < 0 || price.compareTo(MAX_PRICE) > 0)) {
            violations.add(new FieldViolation("price", "must be between 0 and " + MAX_PRICE.toPlainString()));
        } else if (price != null && price.stripTrailingZeros().scale() > 2) {
            violations.add(new FieldViolation("price", "must have at most 2 decimal places"));
        }
        String cleanCurrency = trim(currency) == null ? "USD" : trim(currency).toUpperCase(Locale.ROOT);
        if (!isCurrency(cleanCurrency)) {
            violations.add(new FieldViolation("currency", "must be an ISO 4217 code such as USD"));
        }
        String cleanOffer = trim(offer);
        if (cleanOffer != null && cleanOffer.length() > MAX_OFFER) {
            violations.add(new FieldViolation("offer", "must be at most " + MAX_OFFER + " characters"));
        }
        List<String> colors = new ArrayList<>();
        List<String> givenColors = brandColors == null ? List.of() : brandColors;
        if (givenColors.size() > MAX_BRAND_COLORS) {
            violations.add(new FieldViolation("brand_colors", "must have at most " + MAX_BRAND_COLORS + " colours"));
        }
        for (int i = 0; i < givenColors.size(); i++) {
            if (Rgb.isHex(givenColors.get(i))) {
                colors.add(Rgb.parse(givenColors.get(i)).hex());
            } else {
                violations.add(new FieldViolation("brand_colors[" + i + "]", "must be a hex colour such as #1a2b3c"));
            }
        }
        if (!violations.isEmpty()) {
            throw new com.viraltracker.support.web.FieldProblemException(violations);
        }
        return new ProductInput(
                brandId,
                cleanName,
                cleanDescription,
                List.copyOf(cleanBenefits),
                price,
                cleanCurrency,
                cleanOffer,
                List.copyOf(colors));
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
