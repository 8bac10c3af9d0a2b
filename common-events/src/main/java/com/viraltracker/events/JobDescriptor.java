package com.viraltracker.events;

import com.viraltracker.events.parameters.FieldViolation;
import com.viraltracker.events.parameters.InvalidParametersException;
import com.viraltracker.events.parameters.JobParameters;
import com.viraltracker.events.request.JobRequested;
import com.viraltracker.events.serde.EventJson;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.core.JacksonException;

/**
 * Everything the system knows about one job type, typed by its parameters and its request record. The entries
 * live in {@link JobDescriptors}; code that needs something per job type asks the entry instead of switching
 * over {@link JobType}.
 *
 * @param type           the job type's wire name
 * @param parameterClass the typed, validated parameters a run of this type carries
 * @param requestClass   the request record on {@link #requestTopic()}
 * @param constructor    makes a request from its envelope and parameters (the request record's constructor)
 * @param defaultTimeout how long a run may go without a terminal result before the scheduler times it out,
 *                       unless a deployment configures another
 * @param defaultMaxAttempts how many attempts a run gets in all when its attempts fail with a retryable category
 *                       (the first included), unless a deployment configures another
 * @param <P>            the parameters
 * @param <R>            the request record
 */
public record JobDescriptor<P extends JobParameters, R extends JobRequested>(
        JobType type,
        Class<P> parameterClass,
        Class<R> requestClass,
        RequestConstructor<P, R> constructor,
        Duration defaultTimeout,
        int defaultMaxAttempts) {

    /** The canonical constructor of a request record, as in {@code MetaSyncRequested::new}. */
    @FunctionalInterface
    public interface RequestConstructor<P extends JobParameters, R extends JobRequested> {
        R create(UUID runId, UUID jobId, UUID brandId, Instant scheduledFor, int attempt, P parameters);
    }

    public JobDescriptor {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(parameterClass, "parameterClass");
        Objects.requireNonNull(requestClass, "requestClass");
        Objects.requireNonNull(constructor, "constructor");
        if (defaultTimeout == null || defaultTimeout.isNegative() || defaultTimeout.isZero()) {
            throw new IllegalArgumentException(type + ": the default timeout must be positive");
        }
        if (defaultMaxAttempts < 1) {
            throw new IllegalArgumentException(type + ": a run needs at least one attempt");
        }
    }

    /** The topic that carries requests of this type. */
    public String requestTopic() {
        return type.requestTopic();
    }

    /** The CloudEvents type of a request of this type. */
    public String requestedEventType() {
        return "com.viraltracker.job." + type.wireName() + ".requested.v1";
    }

    /**
     * Reads a schedule's jsonb parameters (or a REST body), applying the seed's defaults.
     *
     * @param raw the plain JSON object; null reads as empty
     * @throws InvalidParametersException naming every bad field
     */
    public P readParameters(Map<String, ?> raw) {
        Map<String, ?> values = raw == null ? Map.of() : raw;
        try {
            return EventJson.mapper().convertValue(values, parameterClass);
        } catch (JacksonException e) {
            InvalidParametersException cause = EventJson.findCause(e, InvalidParametersException.class);
            if (cause != null) {
                throw cause;
            }
            throw new InvalidParametersException(
                    List.of(new FieldViolation("parameters", "could not be read: " + e.getOriginalMessage())));
        }
    }

    /**
     * The request event of one run.
     *
     * @throws ClassCastException when {@code parameters} are another job type's
     */
    public R request(
            UUID runId, UUID jobId, UUID brandId, Instant scheduledFor, int attempt, JobParameters parameters) {
        return constructor.create(runId, jobId, brandId, scheduledFor, attempt, parameterClass.cast(parameters));
    }
}
