package com.viraltracker.faultsuite.poison;

import com.viraltracker.events.JobType;
import com.viraltracker.events.Topics;
import com.viraltracker.faultsuite.flow.Brands;
import com.viraltracker.faultsuite.report.Report;
import com.viraltracker.faultsuite.stack.FaultStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Scenario 4: malformed and schema-violating messages on every consumed topic, each followed by a good message.
 * Every bad one must reach {@code <topic>.dlt} with the reason in its headers; the good one behind it must be
 * processed (its run recorded by the scheduler).
 */
public final class PoisonScenario {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final FaultStack stack;
    private final Report.Section report;

    public PoisonScenario(FaultStack stack, Report report) {
        this.stack = stack;
        this.report = report.section("4. Poison messages on every consumed topic");
    }

    /** One poison message's fate: dead-lettered with which reason, or not. */
    public record Fate(String topic, String kind, boolean deadLettered, String reason) {}

    /** What happened: each poison's fate and, per topic, whether the good message behind the poison was processed. */
    public record Outcome(List<Fate> fates, Map<String, Boolean> goodMessageProcessed) {}

    public Outcome run(Brands.Brand brand) {
        Map<String, List<Poison>> poisons = new HashMap<>();
        Map<String, UUID> goodRuns = new HashMap<>();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (JobType type : JobType.values()) {
                String topic = Topics.jobRequests(type);
                UUID good = UUID.randomUUID();
                poisons.put(topic, Poison.forTopic(request(UUID.randomUUID(), brand), null));
                poisons.get(topic).forEach(p -> producer.send(new ProducerRecord<>(topic, p.key(), p.value())));
                producer.send(new ProducerRecord<>(topic, brand.id().toString(), bytes(request(good, brand))));
                goodRuns.put(topic, good);
            }
            UUID good = UUID.randomUUID();
            poisons.put(
                    Topics.JOB_RESULTS,
                    Poison.forTopic(
                            result(UUID.randomUUID(), brand, "meta_sync"),
                            result(UUID.randomUUID(), brand, "teleport")));
            poisons.get(Topics.JOB_RESULTS)
                    .forEach(p -> producer.send(new ProducerRecord<>(Topics.JOB_RESULTS, p.key(), p.value())));
            producer.send(new ProducerRecord<>(
                    Topics.JOB_RESULTS, brand.id().toString(), bytes(result(good, brand, "meta_sync"))));
            goodRuns.put(Topics.JOB_RESULTS, good);
            producer.flush();
        }
        Map<String, Boolean> processed = new HashMap<>();
        goodRuns.forEach((topic, run) -> processed.put(topic, awaitRun(run, topic.equals(Topics.JOB_RESULTS))));
        List<Fate> fates = new ArrayList<>();
        poisons.forEach((topic, list) -> fates.addAll(deadLetterFates(topic, list)));
        fates.forEach(f -> report.figure(
                "`" + f.topic() + "` " + f.kind(), f.deadLettered() ? "on .dlt: " + f.reason() : "**not on .dlt**"));
        processed.forEach((topic, ok) -> report.figure(
                "`" + topic + "` good message behind the poison", ok ? "processed" : "**not processed**"));
        return new Outcome(fates, processed);
    }

    /**
     * A valid request of any job type: one parameters object serves them all, since each type reads its own
     * fields and ignores the others' (as every reader of the wire format must).
     */
    private static String request(UUID run, Brands.Brand brand) {
        String parameters = "{\"days_back\": 1, \"min_spend\": 0, \"product_id\": \"" + brand.productId()
                + "\", \"template_mode\": \"random\", \"num_variations\": 1}";
        return "{\"run_id\": \"" + run + "\", \"brand_id\": \"" + brand.id() + "\", \"scheduled_for\": \""
                + Instant.now() + "\", \"parameters\": " + parameters + "}";
    }

    private static String result(UUID run, Brands.Brand brand, String jobType) {
        return "{\"run_id\": \"" + run + "\", \"brand_id\": \"" + brand.id() + "\", \"job_type\": \"" + jobType
                + "\", \"status\": \"SUCCEEDED\", \"attempt\": 1, \"scheduled_for\": \"" + Instant.now()
                + "\", \"started_at\": \"" + Instant.now() + "\", \"finished_at\": \"" + Instant.now()
                + "\", \"summary\": {}, \"worker\": \"fault-suite\"}";
    }

    /** The good message was processed: the scheduler has its run, finished when a worker had to do it. */
    private boolean awaitRun(UUID run, boolean recordedIsEnough) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            String status = stack.sql.text("SELECT status FROM job_runs WHERE id = '" + run + "'");
            if (status != null && (recordedIsEnough || status.equals("succeeded") || status.equals("failed"))) {
                return true;
            }
            sleep();
        }
        return false;
    }

    private List<Fate> deadLetterFates(String topic, List<Poison> poisons) {
        Map<String, ConsumerRecord<String, byte[]>> found = new HashMap<>();
        Instant deadline = Instant.now().plus(TIMEOUT);
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(Topics.deadLetter(topic)));
            while (found.size() < poisons.size() && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (record.key() != null
                            && poisons.stream().anyMatch(p -> p.key().equals(record.key()))) {
                        found.put(record.key(), record);
                    }
                });
            }
        }
        return poisons.stream()
                .map(p -> {
                    ConsumerRecord<String, byte[]> record = found.get(p.key());
                    return new Fate(topic, p.kind(), record != null, record == null ? null : reason(record));
                })
                .toList();
    }

    /** spring-kafka's reason header: the exception's message, shortened for the report. */
    private static String reason(ConsumerRecord<String, byte[]> record) {
        Header message = record.headers().lastHeader("kafka_dlt-exception-message");
        if (message == null) {
            return null;
        }
        String text = new String(message.value(), StandardCharsets.UTF_8)
                .replace('|', '/')
                .replace('\n', ' ');
        int cause = text.lastIndexOf("Exception: ");
        text = cause >= 0 ? text.substring(cause + "Exception: ".length()) : text;
        return text.length() > 110 ? text.substring(0, 110) + "…" : text;
    }

    private KafkaProducer<String, byte[]> producer() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.broker.bootstrapServers());
        properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 1_000_000);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.broker.bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-suite-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static void sleep() {
        try {
            TimeUnit.MILLISECONDS.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
