package com.viraltracker.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** Schedules through the scheduler's REST API, and time passing for them through its database. */
final class Schedules {
    private static final Set<String> FINISHED = Set.of("succeeded", "failed", "timed_out");

    private final E2eStack.Running stack;

    Schedules(E2eStack.Running stack) {
        this.stack = stack;
    }

    String createRecurring(Brand brand, String jobType, String cron, Map<String, Object> parameters) {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("brand_id", brand.id().toString());
        job.put("name", "e2e " + jobType);
        job.put("job_type", jobType);
        job.put("schedule_type", "recurring");
        job.put("cron_expression", cron);
        job.put("timezone", "America/Los_Angeles");
        job.put("parameters", parameters);
        return stack.scheduler().post("/api/v1/jobs", job).path("id").asString();
    }

    /**
     * Lets the clock reach the schedules' next occurrence: their {@code next_run_at} becomes now, as if the time
     * had come. The dispatcher, woken by the table's trigger, claims them like any due row.
     */
    void makeDue(String... jobIds) {
        stack.sql("UPDATE scheduled_jobs SET next_run_at = now() WHERE id IN ("
                + Arrays.stream(jobIds).map(id -> "'" + id + "'").collect(Collectors.joining(", ")) + ")");
    }

    /** The schedule once its last run has finished (succeeded, failed or timed out). */
    JsonNode awaitLastRunFinished(String jobId, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            JsonNode job = stack.scheduler().get("/api/v1/jobs/" + jobId);
            if (FINISHED.contains(job.path("last_run_status").asString(""))) {
                return job;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("schedule " + jobId + " had no finished run within " + timeout + ": " + job
                        + "\nruns: " + stack.scheduler().get("/api/v1/jobs/" + jobId + "/runs"));
            }
            pause();
        }
    }

    /**
     * The schedule's newest run once the schedule shows {@code status} as its last run's, polled often enough to
     * catch a run that is {@code retrying} for a second before its next attempt.
     */
    JsonNode awaitLastRunStatus(String jobId, String status, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            JsonNode job = stack.scheduler().get("/api/v1/jobs/" + jobId);
            if (job.path("last_run_status").asString("").equals(status)) {
                return lastRun(jobId);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("schedule " + jobId + " showed no " + status + " run within " + timeout + ": "
                        + job + "\nruns: " + stack.scheduler().get("/api/v1/jobs/" + jobId + "/runs"));
            }
            sleep(100);
        }
    }

    /** One run as the scheduler's REST API shows it. */
    JsonNode run(String runId) {
        return stack.scheduler().get("/api/v1/runs/" + runId);
    }

    /** The newest run of the schedule. */
    JsonNode lastRun(String jobId) {
        JsonNode runs = stack.scheduler().get("/api/v1/jobs/" + jobId + "/runs").path("items");
        if (runs.isEmpty()) {
            throw new AssertionError("schedule " + jobId + " has no runs");
        }
        return runs.get(0);
    }

    static void pause() {
        sleep(300);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
