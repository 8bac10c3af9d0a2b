package com.viraltracker.events.serde;

import com.viraltracker.events.JobDescriptors;
import com.viraltracker.events.JobType;
import com.viraltracker.events.parameters.BrandRule;
import com.viraltracker.events.parameters.FieldViolation;
import com.viraltracker.events.parameters.InvalidParametersException;
import com.viraltracker.events.request.JobRequested;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a job request from the bytes on a job topic, telling malformed messages from well-formed requests that
 * break the rules (invalid parameters, another brand named in the parameters or the key).
 */
public final class JobRequestReader {
    private JobRequestReader() {}

    /**
     * Reads a request without its Kafka key (tools, tests): only the parameters' {@code brand_id} is checked against
     * the request's brand.
     *
     * @see #read(JobType, String, byte[])
     */
    public static JobRequested read(JobType type, byte[] data) {
        return read(type, null, data);
    }

    /**
     * @param key the record's Kafka key; when present it must be the request's brand_id (the {@link BrandRule})
     * @throws MalformedEventException      when the bytes are not a request of this type (to the dead-letter topic)
     * @throws RejectedJobRequestException  when the request is well-formed but its parameters are invalid, or its
     *                                      parameters or key name another brand than its brand_id
     */
    public static JobRequested read(JobType type, String key, byte[] data) {
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
        JobRequested request;
        try {
            request =
                    EventJson.mapper().treeToValue(tree, JobDescriptors.of(type).requestClass());
        } catch (JacksonException | IllegalArgumentException e) {
            InvalidParametersException invalid = EventJson.findCause(e, InvalidParametersException.class);
            if (invalid != null) {
                JobEnvelope envelope = envelope(type, tree);
                throw rejection(envelope, key, brandRule(envelope.brandId(), tree, invalid.violations()));
            }
            IllegalArgumentException broken = EventJson.findCause(e, IllegalArgumentException.class);
            String reason = broken != null
                    ? broken.getMessage()
                    : e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage();
            throw new MalformedEventException("not a valid " + type + " request: " + reason, e);
        }
        JobEnvelope envelope = new JobEnvelope(
                type, request.runId(), request.jobId(), request.brandId(), request.scheduledFor(), request.attempt());
        RejectedJobRequestException rejected = rejection(envelope, key, brandRule(request.brandId(), tree, List.of()));
        if (rejected != null) {
            throw rejected;
        }
        return request;
    }

    /** The parameters' violations with the brand rule's added, or null when there are none. */
    private static InvalidParametersException brandRule(UUID brandId, JsonNode tree, List<FieldViolation> others) {
        JsonNode named = tree.path("parameters").path(BrandRule.PARAMETER);
        Object value = named.isString() ? named.asString() : named.isMissingNode() || named.isNull() ? null : named;
        List<FieldViolation> all = new ArrayList<>();
        BrandRule.check(brandId, value).ifPresent(all::add);
        all.addAll(others);
        return all.isEmpty() ? null : new InvalidParametersException(all);
    }

    private static RejectedJobRequestException rejection(
            JobEnvelope envelope, String key, InvalidParametersException parameters) {
        if (key != null
                && !key.toLowerCase(Locale.ROOT).equals(envelope.brandId().toString())) {
            return RejectedJobRequestException.keyOfAnotherBrand(envelope, parameters);
        }
        return parameters == null ? null : RejectedJobRequestException.invalidParameters(envelope, parameters);
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
