package com.viraltracker.events.serde;

import com.viraltracker.events.result.JobResult;
import org.apache.kafka.common.serialization.Deserializer;
import tools.jackson.core.JacksonException;

/** Reads {@code viraltracker.job-results.v1}; anything unreadable is a {@link MalformedEventException}. */
public class JobResultDeserializer implements Deserializer<JobResult> {
    @Override
    public JobResult deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return EventJson.mapper().readValue(data, JobResult.class);
        } catch (JacksonException e) {
            IllegalArgumentException broken = EventJson.findCause(e, IllegalArgumentException.class);
            throw new MalformedEventException(
                    "not a valid job result: " + (broken != null ? broken.getMessage() : e.getOriginalMessage()), e);
        }
    }
}
