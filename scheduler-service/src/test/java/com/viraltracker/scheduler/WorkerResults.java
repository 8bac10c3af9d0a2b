package com.viraltracker.scheduler;

import com.viraltracker.events.Topics;
import com.viraltracker.events.result.JobResult;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What a worker would do in a scheduler test: report a run's result on Kafka; and waiting for the run to show it. */
public final class WorkerResults {
    private WorkerResults() {}

    public static void send(KafkaTemplate<String, Object> events, JobResult result) {
        try {
            events.send(Topics.JOB_RESULTS, result.brandId().toString(), result).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Polls {@code GET /api/v1/runs/{id}} until the run has the status, for up to 20 s. */
    public static void awaitStatus(WebTestClient web, UUID runId, String status) {
        Instant deadline = Instant.now().plusSeconds(20);
        String seen = null;
        while (Instant.now().isBefore(deadline)) {
            var response = web.get().uri("/api/v1/runs/{id}", runId).exchange().returnResult(Map.class);
            if (response.getStatus().is2xxSuccessful()) {
                Map<?, ?> body = response.getResponseBody().blockFirst();
                seen = body == null ? null : (String) body.get("status");
                if (status.equals(seen)) {
                    return;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for run " + runId, e);
            }
        }
        throw new AssertionError("run " + runId + " did not become " + status + " (last seen " + seen + ")");
    }
}
