package com.viraltracker.scheduler.results;

import com.viraltracker.events.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.TimestampType;

/**
 * When a worker sent a result: its CloudEvents {@code ce_time}, else the record's timestamp. The payload has no
 * time of its own for a progress report, and the time it is consumed would put a redelivered old report after a
 * newer one.
 */
final class ReportTimes {
    private ReportTimes() {}

    /** @return the time, or null when the record carries none (the applier then takes its own clock's now) */
    static Instant of(ConsumerRecord<?, ?> record) {
        Header time = record.headers().lastHeader(CloudEventHeaders.TIME);
        if (time != null) {
            try {
                return Instant.parse(new String(time.value(), StandardCharsets.UTF_8));
            } catch (DateTimeParseException notATime) {
                // A producer outside this project may write something else there; the record's timestamp still holds.
            }
        }
        return record.timestampType() == TimestampType.NO_TIMESTAMP_TYPE || record.timestamp() < 0
                ? null
                : Instant.ofEpochMilli(record.timestamp());
    }
}
