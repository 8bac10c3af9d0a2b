package com.viraltracker.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.parameters.AdCreationParameters;
import com.viraltracker.events.parameters.ColorMode;
import com.viraltracker.events.parameters.MetaSyncParameters;
import com.viraltracker.events.parameters.ScorecardParameters;
import com.viraltracker.events.parameters.TemplateMode;
import com.viraltracker.events.request.AdCreationRequested;
import com.viraltracker.events.request.JobRequested;
import com.viraltracker.events.request.MetaSyncRequested;
import com.viraltracker.events.request.ScorecardRequested;
import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.serde.CloudEventSerializer;
import com.viraltracker.events.serde.EventJson;
import com.viraltracker.events.serde.JobEnvelope;
import com.viraltracker.events.serde.JobRequestReader;
import com.viraltracker.events.serde.JobResultDeserializer;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Pins the wire format: each event equals its golden file, and reads back to the same record. */
class WireFormatTest {
    static final UUID RUN = UUID.fromString("6f1c2a7e-0b1d-4c55-9a0e-3f0f4d0c1a01");
    static final UUID JOB = UUID.fromString("1d6b1e4a-2f55-4e1b-8d2c-9a7b6c5d4e3f");
    static final UUID BRAND = UUID.fromString("bc8461a8-232d-4765-8775-c75eaafc5503");
    static final UUID PRODUCT = UUID.fromString("9b2e4c1d-7a3f-4b6e-8c5d-1e2f3a4b5c6d");
    static final UUID TEMPLATE = UUID.fromString("0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d");
    static final Instant DUE = Instant.parse("2026-01-12T14:00:00Z");
    static final JobEnvelope META_SYNC_RUN = new JobEnvelope(JobType.META_SYNC, RUN, JOB, BRAND, DUE, 1);

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of(
                        "meta_sync_requested.json",
                        new MetaSyncRequested(RUN, JOB, BRAND, DUE, 1, new MetaSyncParameters(7))),
                Arguments.of(
                        "scorecard_requested.json",
                        new ScorecardRequested(
                                RUN,
                                JOB,
                                BRAND,
                                DUE,
                                2,
                                new ScorecardParameters(
                                        7,
                                        new BigDecimal("10.0"),
                                        "you@example.com",
                                        new BigDecimal("2.0"),
                                        new BigDecimal("1.0")))),
                Arguments.of(
                        "ad_creation_requested.json",
                        new AdCreationRequested(
                                RUN,
                                JOB,
                                BRAND,
                                DUE,
                                1,
                                new AdCreationParameters(
                                        PRODUCT, TemplateMode.SPECIFIC, 5, ColorMode.BRAND, List.of(TEMPLATE)))),
                Arguments.of(
                        "job_result_succeeded.json",
                        JobResult.succeeded(
                                META_SYNC_RUN,
                                DUE.plusSeconds(2),
                                DUE.plusSeconds(9),
                                Map.of("rows_upserted", 140),
                                "meta-sync-service")),
                Arguments.of(
                        "job_result_progress.json",
                        JobResult.progress(
                                META_SYNC_RUN,
                                DUE.plusSeconds(2),
                                Map.of("chunks_done", 3, "chunks_total", 13, "days_stored", 270),
                                "meta-sync-service")),
                Arguments.of(
                        "job_result_failed.json",
                        JobResult.failed(
                                META_SYNC_RUN,
                                DUE.plusSeconds(2),
                                DUE.plusSeconds(3),
                                ErrorCategory.AUTH,
                                "the access token for act_1234 has expired; reconnect the ad account",
                                "meta-sync-service")),
                Arguments.of(
                        "job_result_rate_limited.json",
                        JobResult.failed(
                                        META_SYNC_RUN,
                                        DUE.plusSeconds(2),
                                        DUE.plusSeconds(3),
                                        ErrorCategory.RATE_LIMITED,
                                        "Meta kept throttling act_1234 after our retries",
                                        "meta-sync-service")
                                .withRetryAfter(DUE.plusSeconds(600))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void each_event_is_written_exactly_as_its_golden_file(String golden, Object event) throws IOException {
        JsonNode expected = EventJson.mapper().readTree(golden(golden));
        JsonNode actual = EventJson.mapper().readTree(EventJson.write(event));
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void each_golden_file_reads_back_to_the_same_record(String golden, Object event) throws IOException {
        byte[] json = golden(golden);
        Object read = event instanceof JobRequested request
                ? JobRequestReader.read(request.jobType(), json)
                : new JobResultDeserializer().deserialize(Topics.JOB_RESULTS, json);
        assertThat(read).isEqualTo(event);
    }

    @Test
    void unknown_fields_are_ignored_so_adding_an_optional_field_stays_compatible() {
        String json = """
                {"run_id":"%s","brand_id":"%s","scheduled_for":"2026-01-12T14:00:00Z","attempt":1,
                 "priority":"high","parameters":{"days_back":3,"future_option":true}}""".formatted(RUN, BRAND);
        JobRequested read = JobRequestReader.read(JobType.META_SYNC, json.getBytes(StandardCharsets.UTF_8));
        assertThat(read).isEqualTo(new MetaSyncRequested(RUN, null, BRAND, DUE, 1, new MetaSyncParameters(3)));
    }

    @Test
    void an_external_producer_may_leave_out_the_job_id_and_attempt() {
        String json = """
                {"run_id":"%s","brand_id":"%s","scheduled_for":"2026-01-12T14:00:00Z"}""".formatted(RUN, BRAND);
        JobRequested read = JobRequestReader.read(JobType.META_SYNC, json.getBytes(StandardCharsets.UTF_8));
        assertThat(read).isEqualTo(new MetaSyncRequested(RUN, null, BRAND, DUE, 1, new MetaSyncParameters(7)));
    }

    @Test
    void headers_follow_the_cloudevents_kafka_binding() {
        var headers = new RecordHeaders();
        var serializer = new CloudEventSerializer(Clock.fixed(DUE, ZoneOffset.UTC)).withSource("/viraltracker/test");
        var event = new MetaSyncRequested(RUN, JOB, BRAND, DUE, 1, new MetaSyncParameters(7));
        serializer.serialize(JobType.META_SYNC.requestTopic(), headers, event);
        assertThat(header(headers, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(headers, "ce_id")).isEqualTo(RUN.toString());
        assertThat(header(headers, "ce_type")).isEqualTo("com.viraltracker.job.meta_sync.requested.v1");
        assertThat(header(headers, "ce_source")).isEqualTo("/viraltracker/test");
        assertThat(header(headers, "ce_time")).isEqualTo("2026-01-12T14:00:00Z");
        assertThat(header(headers, "content-type")).isEqualTo("application/json");
    }

    @Test
    void a_result_id_is_unique_per_attempt_status_and_progress_report_and_the_same_when_resent() {
        JobEnvelope secondAttempt = new JobEnvelope(JobType.META_SYNC, RUN, JOB, BRAND, DUE, 2);
        JobResult started = JobResult.started(META_SYNC_RUN, DUE, "w");
        JobResult startedAgain = JobResult.started(secondAttempt, DUE, "w");
        JobResult third = JobResult.progress(META_SYNC_RUN, DUE, Map.of("chunks_done", 3, "chunks_total", 13), "w");
        JobResult fourth = JobResult.progress(META_SYNC_RUN, DUE, Map.of("chunks_done", 4, "chunks_total", 13), "w");
        JobResult thirdResent =
                JobResult.progress(META_SYNC_RUN, DUE, Map.of("chunks_total", 13, "chunks_done", 3), "w");

        assertThat(started.eventId()).isEqualTo(RUN + ":started");
        assertThat(startedAgain.eventId()).isEqualTo(RUN + ":started:2");
        assertThat(third.eventId()).startsWith(RUN + ":progress:").isNotEqualTo(fourth.eventId());
        assertThat(thirdResent.eventId()).isEqualTo(third.eventId());
        assertThat(third.status().isTerminal()).isFalse();
    }

    @Test
    void each_event_carries_the_time_it_was_written_to_the_millisecond_and_a_header_replaces_an_earlier_one() {
        Instant[] now = {Instant.parse("2026-01-12T14:00:00.123456Z")};
        var serializer = new CloudEventSerializer(new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        });
        var event = new MetaSyncRequested(RUN, JOB, BRAND, DUE, 1, new MetaSyncParameters(7));
        var first = new RecordHeaders();
        serializer.serialize(JobType.META_SYNC.requestTopic(), first, event);
        now[0] = now[0].plusMillis(2);
        var second = new RecordHeaders();
        second.add("ce_time", "stale".getBytes(StandardCharsets.UTF_8));
        serializer.serialize(JobType.META_SYNC.requestTopic(), second, event);

        assertThat(header(first, "ce_time")).isEqualTo("2026-01-12T14:00:00.123Z");
        assertThat(header(second, "ce_time")).isEqualTo("2026-01-12T14:00:00.125Z");
        assertThat(second.headers("ce_time")).hasSize(1);
    }

    @Test
    void topic_names_follow_the_contract() {
        assertThat(JobType.META_SYNC.requestTopic()).isEqualTo("viraltracker.jobs.meta_sync.v1");
        assertThat(JobType.SCORECARD.requestTopic()).isEqualTo("viraltracker.jobs.scorecard.v1");
        assertThat(JobType.AD_CREATION.requestTopic()).isEqualTo("viraltracker.jobs.ad_creation.v1");
        assertThat(Topics.deadLetter(Topics.JOB_RESULTS)).isEqualTo("viraltracker.job-results.v1.dlt");
        assertThat(Topics.all()).hasSize(8);
    }

    private static String header(RecordHeaders headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static byte[] golden(String name) throws IOException {
        try (InputStream in = WireFormatTest.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as("golden file %s", name).isNotNull();
            return in.readAllBytes();
        }
    }
}
