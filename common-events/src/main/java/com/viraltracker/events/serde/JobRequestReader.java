package com.viraltracker.events.serde;

import com.viraltracker.events.JobDescriptors;
import com.viraltracker.events.JobType;
import com.viraltracker.events.parameters.InvalidParametersException;
import com.viraltracker.events.request.JobRequested;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reads a job request from the bytes on a job topic, telling malformed messages from invalid parameters. */
public final class JobRequestReader {
    private JobRequestReader() {}

    /**
     * @throws MalformedEventException      when the bytes are not a request of this type (to the dead-letter topic)
     * @throws RejectedJobRequestException  when the request is well-formed but its parameters are invalid
     */
    public static JobRequested read(JobType type, byte[] data) {
        if (data == null || data.length == 0) {
            throw new MalformedEventException("empty message on " + type.requestTopic());
        }
        JsonNode tree;
        try {
            tree = EventJson.mapper().readTree(data);
        } catch (JacksonException e) {
            throw new MalformedEventException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new MalformedEventException("expected a JSON object for a " + type + " request");
        }
        try {
            return EventJson.mapper().treeToValue(tree, JobDescriptors.of(type).requestClass());
        } catch (JacksonException | IllegalArgumentException e) {
            InvalidParametersException invalid = EventJson.findCause(e, InvalidParametersException.class);
            if (invalid != null) {
                throw new RejectedJobRequestException(envelope(type, tree), invalid);
            }
            IllegalArgumentException broken = EventJson.findCause(e, IllegalArgumentException.class);
            String reason = broken != null
                    ? broken.getMessage()
                    : e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage();
            throw new MalformedEventException("not a valid " + type + " request: " + reason, e);
        }
    }

    private static JobEnvelope envelope(JobType type, JsonNode tree) {
        try {
            UUID runId = UUID.fromString(tree.path("run_id").asString());
            UUID brandId = UUID.fromString(tree.path("brand_id").asString());
            String jobId = tree.path("job_id").asString(null);
            String scheduledFor = tree.path("scheduled_for").asString(null);
            return new JobEnvelope(
                    type,
                    runId,
                    uuidOrNull(jobId),
                    brandId,
                    scheduledFor == null ? null : Instant.parse(scheduledFor),
                    Math.max(tree.path("attempt").asInt(1), 1));
        } catch (RuntimeException e) {
            throw new MalformedEventException(
                    "not a valid " + type + " request: run_id and brand_id are required UUIDs", e);
        }
    }

    private static UUID uuidOrNull(String value) {
        return value == null || value.isBlank() ? null : UUID.fromString(value);
    }
}
