package com.viraltracker.support.kafka;

import com.viraltracker.events.Topics;
import com.viraltracker.events.serde.MalformedEventException;
import java.util.function.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Error handling for our consumers: a message that cannot be read goes straight to {@code <topic>.dlt} with
 * the reason in spring-kafka's {@code kafka_dlt-*} headers; anything else (a broker or database hiccup) is
 * retried with backoff first, and only dead-lettered when it keeps failing, so the consumer keeps going.
 */
public final class DeadLetterErrorHandlers {
    private DeadLetterErrorHandlers() {}

    public static DefaultErrorHandler create(KafkaOperations<String, byte[]> template, Consumer<String> onDeadLetter) {
        var recoverer = new DeadLetterPublishingRecoverer(template, (record, exception) -> {
            onDeadLetter.accept(record.topic());
            // Partition -1: let the producer choose, so the DLT may have fewer partitions than its source.
            return new TopicPartition(Topics.deadLetter(record.topic()), -1);
        });
        var backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxElapsedTime(60_000);
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class, DeserializationException.class);
        return handler;
    }
}
