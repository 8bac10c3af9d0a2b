package com.viraltracker.scheduler.results;

import com.viraltracker.events.Topics;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.result.ResultStatus;
import com.viraltracker.events.serde.JobResultDeserializer;
import com.viraltracker.scheduler.metrics.ProgressReportCounter;
import com.viraltracker.support.kafka.DeadLetterErrorHandlers;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

/** Consumes {@code viraltracker.job-results.v1}; unreadable results go to its dead-letter topic. */
@Configuration
public class ResultsConsumerConfiguration {
    static final String GROUP = "viraltracker-scheduler";

    @Bean
    public ConcurrentMessageListenerContainer<String, JobResult> resultsContainer(
            KafkaProperties kafka,
            ResultApplier applier,
            KafkaTemplate<String, byte[]> deadLetterKafkaTemplate,
            MeterRegistry registry) {
        ProgressReportCounter progressReports = new ProgressReportCounter(registry);
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.putIfAbsent(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        var consumers = new DefaultKafkaConsumerFactory<>(
                config, new StringDeserializer(), new ErrorHandlingDeserializer<>(new JobResultDeserializer()));
        // Kafka's client metrics, records-lag-max among them: how far the scheduler is behind the results.
        consumers.addListener(new MicrometerConsumerListener<>(registry));
        var properties = new ContainerProperties(Topics.JOB_RESULTS);
        properties.setAckMode(ContainerProperties.AckMode.BATCH);
        properties.setMessageListener((MessageListener<String, JobResult>) record -> {
            JobResult result = record.value();
            boolean changed = Boolean.TRUE.equals(
                    applier.apply(result, ReportTimes.of(record)).block(Duration.ofSeconds(30)));
            Counter.builder("viraltracker.scheduler.results.applied")
                    .description("Results consumed, by whether they changed a run")
                    .tag("status", result.status().name())
                    .tag("changed", String.valueOf(changed))
                    .register(registry)
                    .increment();
            if (changed && result.status() == ResultStatus.PROGRESS) {
                progressReports.increment(result.jobType());
            }
        });
        var container = new ConcurrentMessageListenerContainer<>(consumers, properties);
        container.setConcurrency(1);
        container.setCommonErrorHandler(DeadLetterErrorHandlers.create(
                deadLetterKafkaTemplate,
                topic -> Counter.builder("viraltracker.scheduler.dead.lettered")
                        .tag("topic", topic)
                        .register(registry)
                        .increment()));
        container.setBeanName("resultsContainer");
        return container;
    }
}
