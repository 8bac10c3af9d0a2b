package com.viraltracker.scheduler.dispatch;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * The run id of a scheduled occurrence, derived from the schedule and the occurrence's due time instead of drawn
 * at random. The dispatcher publishes before its claim commits; if the commit never happens (a crash, a lost
 * connection), the occurrence is claimed again and published again under the same run id, which workers already
 * treat as a duplicate. A random id would make the second publish look like a new run.
 */
final class OccurrenceRunIds {
    private OccurrenceRunIds() {}

    static UUID of(UUID jobId, Instant scheduledFor) {
        String name =
                "viraltracker:occurrence:" + jobId + "@" + scheduledFor.getEpochSecond() + "." + scheduledFor.getNano();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
