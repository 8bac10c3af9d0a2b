package com.viraltracker.benchmarks.dispatch;

import com.viraltracker.testing.TopicProbe;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What reached a job topic for one round (records keyed by the round's brand): how many, how many distinct runs,
 * and when the broker appended the last one. Duplicates get two seconds after the last expected record to show.
 */
public record Published(
        long records, long distinctRuns, long lastAppendedAtMillis, List<ConsumerRecord<String, byte[]>> all) {

    /**
     * Waits for the broker's end offsets to show {@code expected} new records before reading any: a consumer
     * fetching alongside would take CPU from the broker and from the dispatcher being measured.
     * Each record's LogAppendTime still tells when it was written.
     */
    public static Published await(TopicProbe probe, String brand, int expected, Duration timeout)
            throws InterruptedException {
        probe.awaitAppended(expected, timeout);
        probe.await(r -> brand.equals(r.key()), expected, timeout);
        List<ConsumerRecord<String, byte[]>> all = probe.drain(Duration.ofSeconds(2)).stream()
                .filter(r -> brand.equals(r.key()))
                .toList();
        Set<String> runs = new HashSet<>();
        long last = 0;
        for (ConsumerRecord<String, byte[]> record : all) {
            runs.add(TopicProbe.header(record, "ce_id"));
            last = Math.max(last, record.timestamp());
        }
        return new Published(all.size(), runs.size(), last, all);
    }

    public long duplicates() {
        return records - distinctRuns;
    }

    public long missing(long expected) {
        return Math.max(0, expected - distinctRuns);
    }
}
