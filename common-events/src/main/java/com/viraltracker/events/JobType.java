package com.viraltracker.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The three kinds of scheduled work. The wire name is what the seed's {@code scheduled_jobs.job_type}
 * column, the topics and the JSON all use; what else each kind needs is its entry in {@link JobDescriptors}.
 */
public enum JobType {
    AD_CREATION("ad_creation"),
    META_SYNC("meta_sync"),
    SCORECARD("scorecard");

    /** The seed's default: rows inserted without a job_type are ad creation jobs. */
    public static final JobType DEFAULT = AD_CREATION;

    private final String wireName;

    JobType(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The topic that carries requests for this job type. */
    public String requestTopic() {
        return Topics.jobRequests(this);
    }

    public static Optional<JobType> fromWireName(String wireName) {
        return Arrays.stream(values())
                .filter(type -> type.wireName.equals(wireName))
                .findFirst();
    }

    @JsonCreator
    public static JobType ofWireName(String wireName) {
        return fromWireName(wireName)
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown job type '" + wireName + "'; expected one of " + Arrays.toString(wireNames())));
    }

    public static String[] wireNames() {
        return Arrays.stream(values()).map(JobType::wireName).toArray(String[]::new);
    }

    /** The job type whose request topic this is, if any. */
    public static Optional<JobType> ofRequestTopic(String topic) {
        return Arrays.stream(values())
                .filter(type -> type.requestTopic().equals(topic))
                .findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
