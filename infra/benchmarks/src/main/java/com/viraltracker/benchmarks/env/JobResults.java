package com.viraltracker.benchmarks.env;

import com.viraltracker.events.Topics;
import com.viraltracker.events.request.JobRequested;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.result.ResultStatus;
import com.viraltracker.events.serde.JobResultDeserializer;
import com.viraltracker.testing.TopicProbe;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Asks a worker service for one run over Kafka, as the scheduler would, and waits for its terminal result. */
public final class JobResults {
    private JobResults() {}

    /** A run's terminal result and the wall time from the broker's ack of the request to the result's arrival. */
    public record Outcome(JobResult result, long wallMillis) {
        public long workerMillis() {
            return Duration.between(result.startedAt(), result.finishedAt()).toMillis();
        }
    }

    public static Outcome run(KafkaProducer<String, Object> producer, JobRequested request, Duration timeout)
            throws Exception {
        try (TopicProbe results = TopicProbe.fromNow(Topics.JOB_RESULTS);
                JobResultDeserializer deserializer = new JobResultDeserializer()) {
            producer.send(new ProducerRecord<>(
                            request.jobType().requestTopic(), request.brandId().toString(), request))
                    .get(30, TimeUnit.SECONDS);
            long sent = System.nanoTime();
            ConsumerRecord<String, byte[]> record = results.awaitOne(
                    r -> {
                        JobResult result = deserializer.deserialize(r.topic(), r.headers(), r.value());
                        return result.runId().equals(request.runId())
                                && result.status().isTerminal();
                    },
                    timeout);
            long wall = Duration.ofNanos(System.nanoTime() - sent).toMillis();
            JobResult result = deserializer.deserialize(record.topic(), record.headers(), record.value());
            if (result.status() != ResultStatus.SUCCEEDED) {
                throw new IllegalStateException("run " + request.runId() + " " + result.status() + ": "
                        + result.errorCategory() + " " + result.errorMessage());
            }
            return new Outcome(result, wall);
        }
    }
}
