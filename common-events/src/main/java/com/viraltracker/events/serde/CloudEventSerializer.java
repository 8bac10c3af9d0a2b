package com.viraltracker.events.serde;

import com.viraltracker.events.CloudEventHeaders;
import com.viraltracker.events.JobDescriptor;
import com.viraltracker.events.JobDescriptors;
import com.viraltracker.events.JobType;
import com.viraltracker.events.request.JobRequested;
import com.viraltracker.events.result.JobResult;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes our events as JSON with CloudEvents Kafka-binding headers (binary mode), so any Kafka tool shows
 * what an event is without our code. Configure the CloudEvents source with {@link #SOURCE_CONFIG}.
 */
public class CloudEventSerializer implements Serializer<Object> {
    public static final String SOURCE_CONFIG = "viraltracker.cloudevents.source";
    public static final String DEFAULT_SOURCE = "/viraltracker";

    private static final byte[] SPEC_VERSION = utf8(CloudEventHeaders.SPEC_VERSION_VALUE);
    private static final byte[] CONTENT_TYPE = utf8(CloudEventHeaders.JSON);
    private static final Map<JobType, byte[]> REQUESTED_TYPES = requestedTypes();

    private final Clock clock;
    private byte[] sourceBytes = utf8(DEFAULT_SOURCE);
    /** Written by whichever thread serializes first in a new millisecond; any thread's value is correct. */
    private volatile FormattedTime lastTime;

    public CloudEventSerializer() {
        this(Clock.systemUTC());
    }

    public CloudEventSerializer(Clock clock) {
        this.clock = clock;
    }

    public CloudEventSerializer withSource(String source) {
        this.sourceBytes = utf8(source);
        return this;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Object configured = configs.get(SOURCE_CONFIG);
        if (configured != null) {
            sourceBytes = utf8(configured.toString());
        }
    }

    @Override
    public byte[] serialize(String topic, Object data) {
        return data == null ? null : EventJson.write(data);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, Object data) {
        if (data == null) {
            return null;
        }
        String id;
        byte[] type;
        String subject;
        if (data instanceof JobRequested request) {
            id = request.runId().toString();
            type = REQUESTED_TYPES.get(request.jobType());
            subject = request.brandId().toString();
        } else if (data instanceof JobResult result) {
            id = result.eventId();
            type = utf8(result.eventType());
            subject = result.brandId() == null ? null : result.brandId().toString();
        } else {
            throw new IllegalArgumentException(
                    "not a viraltracker event: " + data.getClass().getName());
        }
        put(headers, CloudEventHeaders.SPEC_VERSION, SPEC_VERSION);
        put(headers, CloudEventHeaders.ID, utf8(id));
        put(headers, CloudEventHeaders.TYPE, type);
        put(headers, CloudEventHeaders.SOURCE, sourceBytes);
        put(headers, CloudEventHeaders.TIME, time());
        put(headers, CloudEventHeaders.CONTENT_TYPE, CONTENT_TYPE);
        if (subject != null) {
            put(headers, CloudEventHeaders.SUBJECT, utf8(subject));
        }
        return EventJson.write(data);
    }

    /**
     * The event time to the millisecond, formatted once per millisecond: a dispatcher publishes hundreds of events
     * within one, and formatting an Instant is costly next to the rest of a header. Header values are copied by
     * the producer into its batch, so one array can serve every record.
     */
    private byte[] time() {
        long millis = clock.millis();
        FormattedTime last = lastTime;
        if (last == null || last.millis() != millis) {
            last = new FormattedTime(millis, utf8(Instant.ofEpochMilli(millis).toString()));
            lastTime = last;
        }
        return last.utf8();
    }

    private record FormattedTime(long millis, byte[] utf8) {}

    private static void put(Headers headers, String name, byte[] value) {
        if (headers.lastHeader(name) != null) {
            headers.remove(name);
        }
        headers.add(name, value);
    }

    private static Map<JobType, byte[]> requestedTypes() {
        Map<JobType, byte[]> types = new EnumMap<>(JobType.class);
        for (JobDescriptor<?, ?> job : JobDescriptors.all()) {
            types.put(job.type(), utf8(job.requestedEventType()));
        }
        return types;
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
