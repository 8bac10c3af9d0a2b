package com.viraltracker.events.serde;

import org.apache.kafka.common.errors.SerializationException;

/** A message that is not one of our events at all; it belongs on the dead-letter topic. */
public class MalformedEventException extends SerializationException {
    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public MalformedEventException(String message) {
        super(message);
    }
}
