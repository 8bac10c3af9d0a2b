package com.viraltracker.support.kafka;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the project's topics are created when a service starts and they are missing.
 *
 * @param partitions        partitions per topic; the brand id is the key, so this bounds per-type parallelism
 * @param replicationFactor replicas per partition; 1 for a local broker, 3 for a production cluster
 */
@Validated
@ConfigurationProperties("viraltracker.kafka.topics")
public record TopicsProperties(
        @Min(1) @Max(1000) Integer partitions,
        @Min(1) @Max(10) Integer replicationFactor) {
    public TopicsProperties {
        partitions = partitions == null ? 3 : partitions;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
    }
}
