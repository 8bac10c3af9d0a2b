package com.viraltracker.support.kafka;

import com.viraltracker.events.Topics;
import com.viraltracker.events.request.JobRequested;
import com.viraltracker.events.result.JobResult;
import java.util.concurrent.CompletableFuture;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes our events with the brand id as key (so one brand's events stay in order) through an idempotent
 * producer with {@code acks=all}. The futures complete when the broker has acknowledged the write.
 */
public class EventPublisher {
    private final KafkaTemplate<String, Object> template;

    public EventPublisher(KafkaTemplate<String, Object> template) {
        this.template = template;
    }

    public CompletableFuture<SendResult<String, Object>> publish(JobRequested request) {
        return template.send(request.jobType().requestTopic(), request.brandId().toString(), request);
    }

    public CompletableFuture<SendResult<String, Object>> publish(JobResult result) {
        String key = result.brandId() == null
                ? result.runId().toString()
                : result.brandId().toString();
        return template.send(Topics.JOB_RESULTS, key, result);
    }

    public void flush() {
        template.flush();
    }
}
