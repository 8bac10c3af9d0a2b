package com.viraltracker.events.parameters;

import com.viraltracker.events.JobType;
import com.viraltracker.events.serde.EventJson;
import java.util.Map;
import tools.jackson.core.JacksonException;

/** The typed, validated parameters of one job type, with the seed's defaults applied. */
public sealed interface JobParameters permits MetaSyncParameters, ScorecardParameters, AdCreationParameters {

    /**
     * Reads a schedule's jsonb parameters (or a REST body) for the given job type.
     *
     * @throws InvalidParametersException naming every bad field
     */
    static JobParameters parse(JobType type, Map<String, ?> raw) {
        Map<String, ?> values = raw == null ? Map.of() : raw;
        try {
            return EventJson.mapper().convertValue(values, parameterClass(type));
        } catch (JacksonException e) {
            InvalidParametersException cause = EventJson.findCause(e, InvalidParametersException.class);
            if (cause != null) {
                throw cause;
            }
            throw new InvalidParametersException(java.util.List.of(
                    new FieldViolation("parameters", "could not be read: " + e.getOriginalMessage())));
        }
    }

    static Class<? extends JobParameters> parameterClass(JobType type) {
        return switch (type) {
            case META_SYNC -> MetaSyncParameters.class;
            case SCORECARD -> ScorecardParameters.class;
            case AD_CREATION -> AdCreationParameters.class;
        };
    }

    /** The parameters as the plain JSON object that is stored in jsonb and sent on the wire. */
    default Map<String, Object> toMap() {
        return EventJson.toMap(this);
    }
}
