package com.viraltracker.events.parameters;

import com.viraltracker.events.JobDescriptors;
import com.viraltracker.events.JobType;
import com.viraltracker.events.serde.EventJson;
import java.util.Map;

/** The typed, validated parameters of one job type, with the seed's defaults applied. */
public sealed interface JobParameters permits MetaSyncParameters, ScorecardParameters, AdCreationParameters {

    /**
     * Reads a schedule's jsonb parameters (or a REST body) for the given job type.
     *
     * @throws InvalidParametersException naming every bad field
     */
    static JobParameters parse(JobType type, Map<String, ?> raw) {
        return JobDescriptors.of(type).readParameters(raw);
    }

    /** The parameters as the plain JSON object that is stored in jsonb and sent on the wire. */
    default Map<String, Object> toMap() {
        return EventJson.toMap(this);
    }
}
