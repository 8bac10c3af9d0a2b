package com.viraltracker.events.parameters;

import com.viraltracker.events.JobDescriptors;
import com.viraltracker.events.JobType;
import com.viraltracker.events.serde.EventJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

    /**
     * Reads the parameters of work for {@code brandId}, applying the {@link BrandRule} as well as the job type's
     * rules.
     *
     * @throws InvalidParametersException naming every bad field, a {@code brand_id} of another brand included
     */
    static JobParameters parse(JobType type, UUID brandId, Map<String, ?> raw) {
        List<FieldViolation> violations = new ArrayList<>();
        BrandRule.check(brandId, raw).ifPresent(violations::add);
        JobParameters parsed = null;
        try {
            parsed = parse(type, raw);
        } catch (InvalidParametersException e) {
            violations.addAll(e.violations());
        }
        if (!violations.isEmpty()) {
            throw new InvalidParametersException(violations);
        }
        return parsed;
    }

    /** The parameters as the plain JSON object that is stored in jsonb and sent on the wire. */
    default Map<String, Object> toMap() {
        return EventJson.toMap(this);
    }
}
