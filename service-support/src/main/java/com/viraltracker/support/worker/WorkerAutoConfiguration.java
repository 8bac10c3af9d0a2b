package com.viraltracker.support.worker;

import com.viraltracker.support.kafka.DeadLetterErrorHandlers;
import com.viraltracker.support.kafka.EventPublisher;
import com.viraltracker.support.kafka.KafkaSupportAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Turns a service with a {@link JobHandler} bean into a worker: one listener container on the handler's job
 * topic, with the shared scaffolding and dead-letter handling around it.
 */
@AutoConfiguration(after = KafkaSupportAutoConfiguration.class)
@ConditionalOnBean(JobHandler.class)
public class WorkerAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    public FailureClassifier failureClassifier() {
        return new FailureClassifier();
    }

    @Bean
    public ProcessedRuns processedRuns(DatabaseClient databaseClient) {
        return new ProcessedRuns(databaseClient);
    }

    @Bean
    public WorkerMetrics workerMetrics(MeterRegistry registry) {
        return new WorkerMetrics(registry);
    }

    @Bean
    public JobRequestListener jobRequestListener(
            JobHandler<?> handler,
            EventPublisher publisher,
            ProcessedRuns processedRuns,
            FailureClassifier classifier,
            WorkerMetrics metrics,
            Clock clock,
            @Value("${spring.application.name:worker}") String application) {
        return new JobRequestListener(handler, publisher, processedRuns, classifier, metrics, clock, application);
    }

    @Bean
    public RunProgress runProgress(
            EventPublisher publisher, Clock clock, @Value("${spring.application.name:worker}") String application) {
        return new RunProgress(publisher, clock, application);
    }

    /**
     * The listener container; its consumer group is per job type, so each worker service's instances share
     * the topic's partitions and every request is handled by one of them.
     */
    @Bean
    public ConcurrentMessageListenerContainer<String, byte[]> jobRequestContainer(
            JobRequestListener listener,
            KafkaProperties kafka,
            KafkaTemplate<String, byte[]> deadLetterKafkaTemplate,
            WorkerMetrics metrics,
            MeterRegistry registry,
            @Value("${viraltracker.worker.concurrency:3}") int concurrency) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.putIfAbsent(
                ConsumerConfig.GROUP_ID_CONFIG,
                "viraltracker-" + listener.jobType().wireName() + "-worker");
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A run can take minutes (a large sync); fetch one request at a time so none waits behind another.
        config.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        config.putIfAbsent(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 30 * 60 * 1000);
        var consumers =
                new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        // Kafka's own client metrics (records-lag-max among them: the consumer lag the alerts watch).
        consumers.addListener(new MicrometerConsumerListener<>(registry));
        var properties = new ContainerProperties(listener.jobType().requestTopic());
        properties.setMessageListener(listener);
        properties.setAckMode(ContainerProperties.AckMode.RECORD);
        var container = new ConcurrentMessageListenerContainer<>(consumers, properties);
        container.setConcurrency(concurrency);
        metrics.expectDeadLetters(listener.jobType().requestTopic());
        container.setCommonErrorHandler(DeadLetterErrorHandlers.create(deadLetterKafkaTemplate, metrics::deadLettered));
        container.setBeanName("jobRequestContainer");
        return container;
    }
}
