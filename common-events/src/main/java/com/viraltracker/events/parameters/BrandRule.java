package com.viraltracker.events.parameters;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The brand rule: a schedule or a run is for one brand, the one its {@code brand_id} names. Its parameters may
 * repeat that brand as {@code brand_id} (hand-written jsonb often does), but never name another one: the workers
 * act for the {@code brand_id} beside the parameters, so a second brand inside them would be a row that contradicts
 * itself. The same rule holds for the scheduler's REST API, for rows inserted by SQL (the scheduler's CHECK
 * constraints compare the same way) and for requests on the job topics, whose Kafka key must be their brand too.
 */
public final class BrandRule {
    /** The name of the parameter that may repeat the brand. */
    public static final String PARAMETER = "brand_id";

    private BrandRule() {}

    /**
     * @param brandId    the brand the schedule or run is for
     * @param parameters its raw parameters, as read from JSON
     * @return the violation of the parameter {@value #PARAMETER} (named relative to the parameters), if any
     */
    public static Optional<FieldViolation> check(UUID brandId, Map<String, ?> parameters) {
        if (brandId == null || parameters == null) {
            return Optional.empty();
        }
        return check(brandId, parameters.get(PARAMETER));
    }

    /**
     * @param named what the parameters hold under {@value #PARAMETER}: absent or JSON null is fine, so is the
     *              brand's id as a string in any letter case, as PostgreSQL's {@code lower(text) = uuid::text}
     */
    public static Optional<FieldViolation> check(UUID brandId, Object named) {
        if (named == null
                || named instanceof String text && text.toLowerCase(Locale.ROOT).equals(brandId.toString())) {
            return Optional.empty();
        }
        return Optional.of(new FieldViolation(
                PARAMETER, "names another brand than brand_id " + brandId + "; leave it out or set it to " + brandId));
    }
}
