package com.viraltracker.events.request;

import java.time.Instant;
import java.util.UUID;

final class RequestChecks {
    private RequestChecks() {}

    static void requireEnvelope(UUID runId, UUID brandId, Instant scheduledFor) {
        if (runId == null) {
            throw new IllegalArgumentException("run_id is required");
        }
        if (brandId == null) {
            throw new IllegalArgumentException("brand_id is required");
        }
        if (scheduledFor == null) {
            throw new IllegalArgumentException("scheduled_for is required");
        }
    }
}
