package com.viraltracker.console.browser;

import com.viraltracker.events.Topics;
import com.viraltracker.events.result.JobResult;
import com.viraltracker.events.serde.CloudEventSerializer;
import com.viraltracker.testing.KafkaTestBroker;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What a worker sends about a run it is doing, on the stack's results topic, with the headers and serializer every
 * worker uses: for a long run whose pace the test sets, which no worker in the stack would keep still long enough.
 */
final class WorkerReports {
    private WorkerReports() {}

    static void send(JobResult result) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaTestBroker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new CloudEventSerializer())) {
            producer.send(new ProducerRecord<>(
                            Topics.JOB_RESULTS, result.brandId().toString(), result))
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not send " + result.status() + " of run " + result.runId(), e);
        }
    }
}
