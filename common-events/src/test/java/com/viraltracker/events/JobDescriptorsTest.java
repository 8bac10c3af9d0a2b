package com.viraltracker.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.viraltracker.events.parameters.JobParameters;
import com.viraltracker.events.parameters.MetaSyncParameters;
import com.viraltracker.events.request.JobRequested;
import com.viraltracker.events.serde.CloudEventSerializer;
import com.viraltracker.events.serde.JobRequestReader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class JobDescriptorsTest {
    private static final UUID RUN = UUID.fromString("6f1c2a7e-0b1d-4c55-9a0e-3f0f4d0c1a01");
    private static final UUID JOB = UUID.fromString("1d6b1e4a-2f55-4e1b-8d2c-9a7b6c5d4e3f");
    private static final UUID BRAND = UUID.fromString("bc8461a8-232d-4765-8775-c75eaafc5503");
    private static final Instant DUE = Instant.parse("2026-01-12T14:00:00Z");

    /** Valid parameters of each job type; a new job type needs one here too. */
    private static final Map<JobType, Map<String, Object>> EXAMPLES = Map.of(
            JobType.AD_CREATION,
            Map.of("product_id", "9b2e4c1d-7a3f-4b6e-8c5d-1e2f3a4b5c6d", "template_mode", "random"),
            JobType.META_SYNC,
            Map.of("days_back", 3),
            JobType.SCORECARD,
            Map.of("days_back", 14, "min_spend", 0));

    @ParameterizedTest
    @EnumSource(JobType.class)
    void every_job_type_has_one_entry_whose_request_record_carries_its_parameters(JobType type) {
        JobDescriptor<?, ?> job = JobDescriptors.of(type);

        assertThat(job).isNotNull();
        assertThat(job.type()).isEqualTo(type);
        assertThat(job.requestClass().isRecord()).isTrue();
        RecordComponent parameters = Arrays.stream(job.requestClass().getRecordComponents())
                .filter(component -> component.getName().equals("parameters"))
                .findFirst()
                .orElseThrow();
        assertThat(parameters.getType()).isEqualTo(job.parameterClass());
        assertThat(job.defaultTimeout()).isPositive();
        assertThat(job.defaultMaxAttempts()).isPositive();
        assertThat(job.requestTopic()).isEqualTo("viraltracker.jobs." + type.wireName() + ".v1");
        assertThat(EXAMPLES).as("example parameters of " + type).containsKey(type);
    }

    @Test
    void the_registry_lists_each_job_type_once_in_enum_order() {
        assertThat(JobDescriptors.all()).extracting(JobDescriptor::type).containsExactly(JobType.values());
    }

    @ParameterizedTest
    @EnumSource(JobType.class)
    void an_entry_builds_a_request_of_its_own_type_that_reads_back_from_its_topic(JobType type) {
        JobDescriptor<?, ?> job = JobDescriptors.of(type);
        JobParameters parameters = job.readParameters(EXAMPLES.get(type));

        JobRequested request = job.request(RUN, JOB, BRAND, DUE, 2, parameters);

        assertThat(request).isInstanceOf(job.requestClass());
        assertThat(request.jobType()).isEqualTo(type);
        assertThat(request.parameters()).isEqualTo(parameters);
        byte[] wire = new CloudEventSerializer().serialize(job.requestTopic(), new RecordHeaders(), request);
        assertThat(JobRequestReader.read(type, wire)).isEqualTo(request);
    }

    @Test
    void an_entry_refuses_the_parameters_of_another_job_type() {
        JobParameters metaSync = JobDescriptors.META_SYNC.readParameters(Map.of());

        assertThatThrownBy(() -> JobDescriptors.SCORECARD.request(RUN, JOB, BRAND, DUE, 1, metaSync))
                .isInstanceOf(ClassCastException.class);
    }

    @Test
    void typed_entries_read_typed_parameters_with_the_seeds_defaults() {
        MetaSyncParameters parameters = JobDescriptors.META_SYNC.readParameters(null);

        assertThat(parameters.daysBack()).isEqualTo(MetaSyncParameters.DEFAULT_DAYS_BACK);
    }

    @ParameterizedTest
    @CsvSource({
        "AD_CREATION, com.viraltracker.job.ad_creation.requested.v1, PT20M",
        "META_SYNC,   com.viraltracker.job.meta_sync.requested.v1,   PT30M",
        "SCORECARD,   com.viraltracker.job.scorecard.requested.v1,   PT15M"
    })
    void each_request_carries_its_cloudevents_type_and_each_type_has_its_default_timeout(
            JobType type, String eventType, Duration timeout) {
        JobDescriptor<?, ?> job = JobDescriptors.of(type);
        var headers = new RecordHeaders();

        new CloudEventSerializer()
                .serialize(
                        job.requestTopic(),
                        headers,
                        job.request(RUN, JOB, BRAND, DUE, 1, job.readParameters(EXAMPLES.get(type))));

        assertThat(new String(headers.lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo(eventType);
        assertThat(job.requestedEventType()).isEqualTo(eventType);
        assertThat(job.defaultTimeout()).isEqualTo(timeout);
    }
}
