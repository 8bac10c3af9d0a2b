package com.viraltracker.testing;

import com.viraltracker.events.Topics;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real Kafka broker (KRaft mode, from Kafka's own jars) per test JVM, or the external cluster named by
 * {@code KAFKA_BOOTSTRAP_SERVERS}. Every project topic exists before the first test uses it.
 */
public final class KafkaTestBroker {
    public static final String BOOTSTRAP_ENV = "KAFKA_BOOTSTRAP_SERVERS";
    public static final int PARTITIONS = 3;

    private static String bootstrapServers;

    private KafkaTestBroker() {}

    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            String external = System.getenv(BOOTSTRAP_ENV);
            bootstrapServers = external != null && !external.isBlank() ? external.trim() : startEmbedded();
        }
        return bootstrapServers;
    }

    private static String startEmbedded() {
        EmbeddedKafkaKraftBroker broker =
                new EmbeddedKafkaKraftBroker(1, PARTITIONS, Topics.all().toArray(String[]::new));
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.brokerProperty("transaction.state.log.replication.factor", "1");
        broker.brokerProperty("transaction.state.log.min.isr", "1");
        broker.brokerProperty("offsets.topic.num.partitions", "3");
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "kafka-test-broker-shutdown"));
        return broker.getBrokersAsString();
    }
}
