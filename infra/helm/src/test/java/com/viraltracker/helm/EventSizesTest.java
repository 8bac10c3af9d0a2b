package com.viraltracker.helm;

import static org.assertj.core.api.SoftAssertions.assertSoftly;

import com.viraltracker.events.parameters.MetaSyncParameters;
import com.viraltracker.events.parameters.ScorecardParameters;
import com.viraltracker.events.request.JobRequested;
import com.viraltracker.events.request.MetaSyncRequested;
import com.viraltracker.events.request.ScorecardRequested;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.serde.CloudEventSerializer;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/**
 * The README's capacity model states the bytes of each event on the topics; they are measured here with the
 * services' own serializer, so a changed event changes the test before it silently changes the model.
 */
class EventSizesTest {
    private static final Instant DUE = Instant.parse("2026-12-07T14:00:00Z");
    private final CloudEventSerializer serializer =
            new CloudEventSerializer().withSource("/viraltracker/scheduler-service");

    @Test
    void the_readme_states_the_bytes_each_event_takes_on_its_topic() throws IOException {
        JobRequested sync = new MetaSyncRequested(
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), DUE, 1, MetaSyncParameters.defaults());
        JobRequested scorecard = new ScorecardRequested(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                DUE,
                1,
                new ScorecardParameters(
                        7,
                        ScorecardParameters.DEFAULT_MIN_SPEND,
                        "marketing@example.com",
                        ScorecardParameters.DEFAULT_TOP_PERFORMER_ROAS,
                        ScorecardParameters.DEFAULT_NEEDS_ATTENTION_ROAS));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("accounts", List.of("act_1000000000000001", "act_1000000000000002"));
        summary.put("since", "2026-12-01");
        summary.put("until", "2026-12-07");
        summary.put("rows_upserted", 3500);
        summary.put("api_calls", 8);
        summary.put("retries", 0);
        summary.put("async_reports", 0);
        summary.put("throttle_pauses", 0);
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("meta_sync request", bytes(sync));
        sizes.put("scorecard request (with export_email)", bytes(scorecard));
        sizes.put("STARTED result", bytes(JobResult.started(sync.envelope(), DUE, "meta-sync-service")));
        sizes.put(
                "meta_sync SUCCEEDED result (2 accounts)",
                bytes(JobResult.succeeded(sync.envelope(), DUE, DUE.plusSeconds(20), summary, "meta-sync-service")));

        String readme = Files.readString(Chart.DIRECTORY.resolve("README.md"));

        assertSoftly(soft ->
                sizes.forEach((event, size) -> soft.assertThat(readme).contains("| " + event + " | " + size + " B |")));
    }

    /** Key (the brand id), value and CloudEvents headers, as the producer hands them to Kafka. */
    private int bytes(Object event) {
        RecordHeaders headers = new RecordHeaders();
        byte[] value = serializer.serialize("topic", headers, event);
        int headerBytes = 0;
        for (Header header : headers) {
            headerBytes += header.key().length() + header.value().length;
        }
        return 36 + value.length + headerBytes;
    }
}
