package com.viraltracker.scheduler.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class ReportTimesTest {
    private static final Instant WRITTEN = Instant.parse("2026-01-12T14:00:00.123Z");
    private static final Instant PRODUCED = Instant.parse("2026-01-12T14:00:01Z");

    @Test
    void a_result_was_sent_at_its_cloudevents_time() {
        assertThat(ReportTimes.of(record("2026-01-12T14:00:00.123Z", TimestampType.CREATE_TIME)))
                .isEqualTo(WRITTEN);
    }

    @Test
    void without_a_readable_event_time_the_records_timestamp_says_when() {
        assertThat(ReportTimes.of(record("yesterday", TimestampType.CREATE_TIME)))
                .isEqualTo(PRODUCED);
        assertThat(ReportTimes.of(record(null, TimestampType.CREATE_TIME))).isEqualTo(PRODUCED);
    }

    @Test
    void a_record_without_any_time_has_none() {
        assertThat(ReportTimes.of(record(null, TimestampType.NO_TIMESTAMP_TYPE)))
                .isNull();
    }

    private static ConsumerRecord<String, String> record(String eventTime, TimestampType timestampType) {
        RecordHeaders headers = new RecordHeaders();
        if (eventTime != null) {
            headers.add("ce_time", eventTime.getBytes(StandardCharsets.UTF_8));
        }
        long timestamp = timestampType == TimestampType.NO_TIMESTAMP_TYPE ? -1 : PRODUCED.toEpochMilli();
        return new ConsumerRecord<>(
                "viraltracker.job-results.v1",
                0,
                0,
                timestamp,
                timestampType,
                0,
                0,
                "key",
                "{}",
                headers,
                Optional.empty());
    }
}
