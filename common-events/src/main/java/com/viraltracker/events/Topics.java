package com.viraltracker.events;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Every topic name in one place. Adding an optional field is compatible; anything else is a new .v2 topic. */
public final class Topics {
    public static final String PREFIX = "viraltracker.";
    public static final String JOB_RESULTS = PREFIX + "job-results.v1";
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {}

    public static String jobRequests(JobType type) {
        return PREFIX + "jobs." + type.wireName() + ".v1";
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** The job topics, the result topic and the dead-letter topic of each. */
    public static List<String> all() {
        List<String> primary = Stream.concat(
                        Arrays.stream(JobType.values()).map(Topics::jobRequests), Stream.of(JOB_RESULTS))
                .toList();
        return Stream.concat(primary.stream(), primary.stream().map(Topics::deadLetter))
                .toList();
    }
}
