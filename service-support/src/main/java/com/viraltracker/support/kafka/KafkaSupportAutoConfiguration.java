package com.viraltracker.support.kafka;

import com.viraltracker.events.Topics;
import com.viraltracker.events.serde.CloudEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;

/** The producers every service uses, and the project's topics (created at start-up when missing). */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(TopicsProperties.class)
public class KafkaSupportAutoConfiguration {

    /** SASL and TLS to the broker, from {@code viraltracker.kafka.security.*}; static: it post-processes beans. */
    @Bean
    static BeanPostProcessor kafkaSecurityApplier(Environment environment) {
        return new KafkaSecurityApplier(environment);
    }

    /** Events go out through an idempotent producer that waits for every in-sync replica. */
    @Bean
    @ConditionalOnMissingBean(name = "eventKafkaTemplate")
    public KafkaTemplate<String, Object> eventKafkaTemplate(
            KafkaProperties properties,
            @Value("${spring.application.name:viraltracker}") String application,
            ObjectProvider<MeterRegistry> registry) {
        Map<String, Object> config = reliableProducerConfig(properties);
        config.put(CloudEventSerializer.SOURCE_CONFIG, "/viraltracker/" + application);
        var factory = new DefaultKafkaProducerFactory<String, Object>(
                config, new StringSerializer(), new CloudEventSerializer().withSource("/viraltracker/" + application));
        bindClientMetrics(factory, registry);
        return new KafkaTemplate<>(factory);
    }

    /** Dead letters are the original bytes, copied unchanged with the reason in headers. */
    @Bean
    @ConditionalOnMissingBean(name = "deadLetterKafkaTemplate")
    public KafkaTemplate<String, byte[]> deadLetterKafkaTemplate(
            KafkaProperties properties, ObjectProvider<MeterRegistry> registry) {
        var factory = new DefaultKafkaProducerFactory<String, byte[]>(
                reliableProducerConfig(properties), new StringSerializer(), new ByteArraySerializer());
        bindClientMetrics(factory, registry);
        return new KafkaTemplate<>(factory);
    }

    @Bean
    @ConditionalOnMissingBean
    public EventPublisher eventPublisher(KafkaTemplate<String, Object> eventKafkaTemplate) {
        return new EventPublisher(eventKafkaTemplate);
    }

    @Bean
    public KafkaAdmin.NewTopics viraltrackerTopics(TopicsProperties topics) {
        return new KafkaAdmin.NewTopics(Topics.all().stream()
                .map(name -> new NewTopic(
                        name, topics.partitions(), topics.replicationFactor().shortValue()))
                .toArray(NewTopic[]::new));
    }

    /** Kafka's producer metrics (record errors, request latency) in the service's registry, when it has one. */
    private static void bindClientMetrics(
            DefaultKafkaProducerFactory<?, ?> factory, ObjectProvider<MeterRegistry> registry) {
        registry.ifAvailable(meters -> factory.addListener(new MicrometerProducerListener<>(meters)));
    }

    private static Map<String, Object> reliableProducerConfig(KafkaProperties properties) {
        Map<String, Object> config = new HashMap<>(properties.buildProducerProperties());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        // The dispatcher sends a claim's events (hundreds) at once: 64 KiB batches instead of the default 16 KiB
        // mean a quarter of the batches for the broker to validate and append. Memory: one open batch per partition.
        config.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return config;
    }
}
