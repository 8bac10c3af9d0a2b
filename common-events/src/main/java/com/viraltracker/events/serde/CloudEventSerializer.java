package com.viraltracker.events.serde;

import com.viraltracker.events.CloudEventHeaders;
import com.viraltracker.events.request.JobRequested;
import com.viraltracker.events.result.JobResult;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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

    private final Clock clock;
    private String source = DEFAULT_SOURCE;

    public CloudEventSerializer() {
        this(Clock.systemUTC());
    }

    public CloudEventSerializer(Clock clock) {
        this.clock = clock;
    }

    public CloudEventSerializer withSource(String source) {
        this.source = source;
        return this;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Object configured = configs.get(SOURCE_CONFIG);
        if (configured != null) {
            source = configured.toString();
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
        String type;
        String subject;
        if (data instanceof JobRequested request) {
            id = request.runId().toString();
            type = request.jobType().requestedEventType();
            subject = request.brandId().toString();
        } else if (data instanceof JobResult result) {
            id = result.eventId();
            type = result.eventType();
            subject = result.brandId() == null ? null : result.brandId().toString();
        } else {
            throw new IllegalArgumentException("not a viraltracker event: " + data.getClass().getName());
        }
        put(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        put(headers, CloudEventHeaders.ID, id);
        put(headers, CloudEventHeaders.TYPE, type);
        put(headers, CloudEventHeaders.SOURCE, source);
        put(headers, CloudEventHeaders.TIME, clock.instant().toString());
        put(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        if (subject != null) {
            put(headers, CloudEventHeaders.SUBJECT, subject);
        }
        return EventJson.write(data);
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
