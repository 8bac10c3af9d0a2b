package com.viraltracker.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what lands on a topic after the probe was opened, as raw bytes plus headers, the way any Kafka tool
 * would. Tests share one broker per JVM, so a probe starts at the end and never sees earlier tests' records.
 */
public final class TopicProbe implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
    private final Map<TopicPartition, Long> startOffsets;

    private TopicProbe(String topic) {
        consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        KafkaTestBroker.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "probe-" + UUID.randomUUID(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                new StringDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        startOffsets = new HashMap<>();
        partitions.forEach(partition -> startOffsets.put(partition, consumer.position(partition)));
    }

    public static TopicProbe fromNow(String topic) {
        return new TopicProbe(topic);
    }

    /** Waits until {@code count} records matching the predicate have arrived, and returns them. */
    public List<ConsumerRecord<String, byte[]>> await(
            Predicate<ConsumerRecord<String, byte[]>> matching, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        // Each record is tested once: re-filtering everything seen after every poll is quadratic, and a benchmark
        // waiting for 100,000 events would spend a core on it beside the broker and the service it measures.
        List<ConsumerRecord<String, byte[]>> matches = new ArrayList<>();
        int tested = 0;
        while (true) {
            for (; tested < seen.size(); tested++) {
                if (matching.test(seen.get(tested))) {
                    matches.add(seen.get(tested));
                }
            }
            if (matches.size() >= count) {
                return List.copyOf(matches);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("expected " + count + " matching records within " + timeout + " but saw "
                        + matches.size() + " (of " + seen.size() + " records)");
            }
            consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
        }
    }

    /**
     * Waits until at least {@code count} records were appended to the topic since this probe started, without
     * fetching them: the broker's end offsets only. A benchmark measuring a flood of events waits this way and
     * reads them afterwards, so that the probe does not compete for the CPU with what it measures.
     */
    public void awaitAppended(long count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        long appended;
        while ((appended = appendedSinceStart()) < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(
                        "expected " + count + " records appended within " + timeout + " but saw " + appended);
            }
            Thread.sleep(10);
        }
    }

    private long appendedSinceStart() {
        return consumer.endOffsets(startOffsets.keySet()).entrySet().stream()
                .mapToLong(end -> end.getValue() - startOffsets.get(end.getKey()))
                .sum();
    }

    public ConsumerRecord<String, byte[]> awaitOne(
            Predicate<ConsumerRecord<String, byte[]>> matching, Duration timeout) {
        return await(matching, 1, timeout).get(0);
    }

    /** Everything read so far, plus whatever arrives within {@code quietPeriod}. */
    public List<ConsumerRecord<String, byte[]>> drain(Duration quietPeriod) {
        consumer.poll(quietPeriod).forEach(seen::add);
        return List.copyOf(seen);
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
