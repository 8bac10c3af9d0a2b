package com.viraltracker.scheduler.schedule;

import com.viraltracker.events.JobType;
import com.viraltracker.events.parameters.JobParameters;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The typed parameters of a schedule. The seed keeps an ad creation job's product and template mode in their
 * own columns rather than in {@code parameters}; the columns win over the jsonb when both are set.
 */
public final class JobParametersAssembler {
    private JobParametersAssembler() {}

    /** @throws com.viraltracker.events.parameters.InvalidParametersException also when they name another brand */
    public static JobParameters assemble(
            JobType type, UUID brandId, Map<String, Object> parameters, UUID productId, String templateMode) {
        Map<String, Object> merged = new HashMap<>(parameters == null ? Map.of() : parameters);
        if (type == JobType.AD_CREATION) {
            if (productId != null) {
                merged.put("product_id", productId.toString());
            }
            if (templateMode != null) {
                merged.put("template_mode", templateMode);
            }
        }
        return JobParameters.parse(type, brandId, merged);
    }

    public static JobParameters assemble(ScheduledJob job) {
        return assemble(job.jobType(), job.brandId(), job.parameters(), job.productId(), job.templateMode());
    }
}
