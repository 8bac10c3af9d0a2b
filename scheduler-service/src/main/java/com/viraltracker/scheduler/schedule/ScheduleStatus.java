package com.viraltracker.scheduler.schedule;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** active: dispatched when due; paused: kept but not dispatched; completed: a one-time job that ran. */
public enum ScheduleStatus {
    ACTIVE,
    PAUSED,
    COMPLETED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ScheduleStatus> fromWireName(String wireName) {
        return Arrays.stream(values())
                .filter(status -> status.wireName().equals(wireName))
                .findFirst();
    }
}
