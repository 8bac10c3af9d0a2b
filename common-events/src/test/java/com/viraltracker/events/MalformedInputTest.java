package com.viraltracker.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.viraltracker.events.parameters.FieldViolation;
import com.viraltracker.events.parameters.InvalidParametersException;
import com.viraltracker.events.parameters.JobParameters;
import com.viraltracker.events.parameters.MetaSyncParameters;
import com.viraltracker.events.parameters.ScorecardParameters;
import com.viraltracker.events.serde.JobRequestReader;
import com.viraltracker.events.serde.JobResultDeserializer;
import com.viraltracker.events.serde.MalformedEventException;
import com.viraltracker.events.serde.RejectedJobRequestException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MalformedInputTest {
    private static final String BRAND = "bc8461a8-232d-4765-8775-c75eaafc5503";
    private static final String RUN = "6f1c2a7e-0b1d-4c55-9a0e-3f0f4d0c1a01";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not json",
                "[1,2,3]",
                "42",
                "{\"run_id\": ",
                "{\"brand_id\":\"" + BRAND + "\",\"scheduled_for\":\"2026-01-12T14:00:00Z\"}",
                "{\"run_id\":\"nope\",\"brand_id\":\"" + BRAND + "\",\"scheduled_for\":\"2026-01-12T14:00:00Z\"}",
                "{\"run_id\":\"" + RUN + "\",\"scheduled_for\":\"2026-01-12T14:00:00Z\"}",
                "{\"run_id\":\"" + RUN + "\",\"brand_id\":\"" + BRAND + "\",\"scheduled_for\":\"yesterday\"}",
                "{\"run_id\":\"" + RUN + "\",\"brand_id\":\"" + BRAND
                        + "\",\"scheduled_for\":\"2026-01-12T14:00:00Z\",\"attempt\":\"x\"}",
                "{} trailing"
            })
    void a_message_that_is_not_a_request_is_malformed_with_a_reason(String json) {
        assertThatThrownBy(() -> JobRequestReader.read(JobType.META_SYNC, json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(json.isEmpty() ? "empty" : "");
    }

    @Test
    void a_well_formed_request_with_bad_parameters_is_rejected_with_its_identity_and_every_bad_field() {
        String json = """
                {"run_id":"%s","brand_id":"%s","scheduled_for":"2026-01-12T14:00:00Z","attempt":1,
                 "parameters":{"days_back":"seven","min_spend":-5,"export_email":"nobody"}}""".formatted(RUN, BRAND);
        var rejected = org.assertj.core.api.Assertions.catchThrowableOfType(
                RejectedJobRequestException.class,
                () -> JobRequestReader.read(JobType.SCORECARD, json.getBytes(StandardCharsets.UTF_8)));
        assertThat(rejected.envelope().runId().toString()).isEqualTo(RUN);
        assertThat(rejected.envelope().brandId().toString()).isEqualTo(BRAND);
        assertThat(rejected.violations())
                .extracting(FieldViolation::field)
                .containsExactly("days_back", "min_spend", "export_email");
    }

    @Test
    void an_unreadable_result_is_malformed() {
        var deserializer = new JobResultDeserializer();
        assertThatThrownBy(() -> deserializer.deserialize(Topics.JOB_RESULTS, "{\"status\":\"DONE\"}".getBytes()))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> deserializer.deserialize(
                        Topics.JOB_RESULTS,
                        ("{\"run_id\":\"" + RUN + "\",\"job_type\":\"meta_sync\",\"status\":\"FAILED\"}").getBytes()))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("error_category");
        assertThatThrownBy(() -> deserializer.deserialize(
                        Topics.JOB_RESULTS,
                        ("{\"run_id\":\"" + RUN + "\",\"job_type\":\"tiktok\",\"status\":\"STARTED\"}").getBytes()))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void parameters_get_the_seeds_defaults() {
        assertThat(JobParameters.parse(JobType.META_SYNC, Map.of())).isEqualTo(new MetaSyncParameters(7));
        ScorecardParameters scorecard = (ScorecardParameters) JobParameters.parse(JobType.SCORECARD, null);
        assertThat(scorecard.daysBack()).isEqualTo(7);
        assertThat(scorecard.minSpend()).isEqualByComparingTo("10.0");
        assertThat(scorecard.exportEmail()).isNull();
        assertThat(scorecard.topPerformerRoas()).isEqualByComparingTo("2.0");
        assertThat(scorecard.needsAttentionRoas()).isEqualByComparingTo("1.0");
    }

    @Test
    void meta_sync_days_back_is_bounded_by_metas_37_months() {
        assertThat(JobParameters.parse(JobType.META_SYNC, Map.of("days_back", 1123)))
                .isEqualTo(new MetaSyncParameters(1123));
        assertThat(JobParameters.parse(JobType.META_SYNC, Map.of("days_back", "30")))
                .isEqualTo(new MetaSyncParameters(30));
        assertThatThrownBy(() -> JobParameters.parse(JobType.META_SYNC, Map.of("days_back", 1124)))
                .isInstanceOf(InvalidParametersException.class)
                .hasMessageContaining("days_back: must be between 1 and 1123");
        assertThatThrownBy(() -> JobParameters.parse(JobType.META_SYNC, Map.of("days_back", 2.5)))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> JobParameters.parse(JobType.META_SYNC, Map.of("days_back", true)))
                .hasMessageContaining("must be a number");
    }

    @Test
    void ad_creation_names_every_missing_or_bad_field_at_once() {
        var invalid = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidParametersException.class,
                () -> JobParameters.parse(JobType.AD_CREATION, Map.of("num_variations", 51, "color_mode", "neon")));
        assertThat(invalid.violations())
                .extracting(FieldViolation::field)
                .containsExactly("product_id", "template_mode", "num_variations", "color_mode");
        var specific = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidParametersException.class,
                () -> JobParameters.parse(JobType.AD_CREATION, Map.of("product_id", RUN, "template_mode", "specific")));
        assertThat(specific.violations()).extracting(FieldViolation::field).containsExactly("template_ids");
    }

    @Test
    void scorecard_thresholds_must_not_cross() {
        assertThatThrownBy(() -> JobParameters.parse(
                        JobType.SCORECARD,
                        Map.of("top_performer_roas", new BigDecimal("1.5"), "needs_attention_roas", 2)))
                .hasMessageContaining("needs_attention_roas");
    }

    @Test
    void job_types_are_read_by_their_wire_names_only() {
        assertThat(JobType.fromWireName("meta_sync")).contains(JobType.META_SYNC);
        assertThat(JobType.fromWireName("META_SYNC")).isEmpty();
        assertThat(JobType.ofRequestTopic("viraltracker.jobs.scorecard.v1")).contains(JobType.SCORECARD);
    }
}
