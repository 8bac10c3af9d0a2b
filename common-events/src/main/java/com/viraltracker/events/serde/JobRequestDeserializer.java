package com.viraltracker.events.serde;

import com.viraltracker.events.JobType;
import com.viraltracker.events.request.JobRequested;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads a job topic into the request record of that topic's job type, for tools and tests; the workers use
 * {@link JobRequestReader} directly to report invalid parameters as failed runs.
 */
public class JobRequestDeserializer implements Deserializer<JobRequested> {
    @Override
    public JobRequested deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        JobType type = JobType.ofRequestTopic(topic)
                .orElseThrow(() -> new MalformedEventException("not a job topic: " + topic));
        try {
            return JobRequestReader.read(type, data);
        } catch (RejectedJobRequestException e) {
            throw new MalformedEventException(e.getMessage(), e);
        }
    }
}
