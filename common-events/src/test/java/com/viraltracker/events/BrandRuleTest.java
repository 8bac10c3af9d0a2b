package com.viraltracker.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.viraltracker.events.parameters.FieldViolation;
import com.viraltracker.events.parameters.InvalidParametersException;
import com.viraltracker.events.parameters.JobParameters;
import com.viraltracker.events.parameters.MetaSyncParameters;
import com.viraltracker.events.request.JobRequested;
import com.viraltracker.events.serde.JobRequestReader;
import com.viraltracker.events.serde.RejectedJobRequestException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Work is for the brand its brand_id names; parameters and the Kafka key may repeat it but not contradict it. */
class BrandRuleTest {
    private static final UUID BRAND = UUID.fromString("bc8461a8-232d-4765-8775-c75eaafc5503");
    private static final UUID OTHER = UUID.fromString("0f6e2d8c-5b1a-4c3e-9d7f-2a4b6c8d0e1f");
    private static final String RUN = "6f1c2a7e-0b1d-4c55-9a0e-3f0f4d0c1a01";

    @Test
    void parameters_without_a_brand_or_repeating_their_own_in_any_case_are_accepted() {
        assertThat(JobParameters.parse(JobType.META_SYNC, BRAND, Map.of("days_back", 7)))
                .isEqualTo(new MetaSyncParameters(7));
        assertThat(JobParameters.parse(JobType.META_SYNC, BRAND, Map.of("brand_id", BRAND.toString())))
                .isEqualTo(new MetaSyncParameters(7));
        assertThat(JobParameters.parse(
                        JobType.META_SYNC,
                        BRAND,
                        Map.of("brand_id", BRAND.toString().toUpperCase(Locale.ROOT))))
                .isEqualTo(new MetaSyncParameters(7));
        Map<String, Object> explicitNull = new HashMap<>();
        explicitNull.put("brand_id", null);
        assertThat(JobParameters.parse(JobType.META_SYNC, BRAND, explicitNull)).isEqualTo(new MetaSyncParameters(7));
    }

    @Test
    void parameters_naming_another_brand_or_no_uuid_string_are_refused_along_with_every_other_bad_field() {
        var other = catchThrowableOfType(
                InvalidParametersException.class,
                () -> JobParameters.parse(
                        JobType.SCORECARD, BRAND, Map.of("brand_id", OTHER.toString(), "days_back", 0)));
        assertThat(other.violations()).extracting(FieldViolation::field).containsExactly("brand_id", "days_back");
        assertThat(other.violations().get(0).reason())
                .contains(BRAND.toString())
                .doesNotContain(OTHER.toString());
        for (Object notABrand : new Object[] {42, Map.of("id", BRAND.toString()), " " + BRAND, ""}) {
            assertThat(catchThrowableOfType(
                                    InvalidParametersException.class,
                                    () -> JobParameters.parse(JobType.META_SYNC, BRAND, Map.of("brand_id", notABrand)))
                            .violations())
                    .as("brand_id %s", notABrand)
                    .extracting(FieldViolation::field)
                    .containsExactly("brand_id");
        }
    }

    @Test
    void a_request_whose_parameters_name_another_brand_is_rejected_as_a_run_of_its_own_brand() {
        var rejected = catchThrowableOfType(
                RejectedJobRequestException.class,
                () -> read(null, request(BRAND, "{\"days_back\":3,\"brand_id\":\"" + OTHER + "\"}")));
        assertThat(rejected.envelope().brandId()).isEqualTo(BRAND);
        assertThat(rejected.envelope().runId()).hasToString(RUN);
        assertThat(rejected.violations()).extracting(FieldViolation::field).containsExactly("brand_id");
        assertThat(rejected.getMessage()).startsWith("invalid parameters: brand_id: names another brand");
    }

    @Test
    void a_request_whose_parameters_name_another_brand_and_break_a_rule_names_both() {
        var rejected = catchThrowableOfType(
                RejectedJobRequestException.class,
                () -> read(null, request(BRAND, "{\"days_back\":0,\"brand_id\":\"" + OTHER + "\"}")));
        assertThat(rejected.violations()).extracting(FieldViolation::field).containsExactly("brand_id", "days_back");
    }

    @Test
    void a_request_keyed_by_another_brand_is_rejected_without_repeating_the_key() {
        String key = OTHER + "\u0000";
        var rejected = catchThrowableOfType(
                RejectedJobRequestException.class, () -> read(key, request(BRAND, "{\"days_back\":3}")));
        assertThat(rejected.envelope().brandId()).isEqualTo(BRAND);
        assertThat(rejected.violations())
                .extracting(FieldViolation::field)
                .containsExactly(RejectedJobRequestException.KEY);
        assertThat(rejected.getMessage()).contains("Kafka key").doesNotContain(OTHER.toString());
        var both = catchThrowableOfType(
                RejectedJobRequestException.class, () -> read(OTHER.toString(), request(BRAND, "{\"days_back\":0}")));
        assertThat(both.violations()).extracting(FieldViolation::field).containsExactly("key", "days_back");
    }

    @Test
    void a_request_keyed_by_its_brand_or_without_a_key_is_read() {
        String json = request(BRAND, "{\"days_back\":3,\"brand_id\":\"" + BRAND + "\"}");
        assertThat(read(BRAND.toString(), json).brandId()).isEqualTo(BRAND);
        assertThat(read(BRAND.toString().toUpperCase(Locale.ROOT), json).brandId())
                .isEqualTo(BRAND);
        assertThat(read(null, json).parameters()).isEqualTo(new MetaSyncParameters(3));
    }

    private static JobRequested read(String key, String json) {
        return JobRequestReader.read(JobType.META_SYNC, key, json.getBytes(StandardCharsets.UTF_8));
    }

    private static String request(UUID brand, String parameters) {
        return """
                {"run_id":"%s","brand_id":"%s","scheduled_for":"2026-01-12T14:00:00Z","parameters":%s}""".formatted(RUN, brand, parameters);
    }
}
