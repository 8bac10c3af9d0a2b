package com.viraltracker.events.parameters;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.viraltracker.events.serde.SnakeCase;

/**
 * @param daysBack how many days, through today in the ad account's time zone, to sync. Meta keeps 37 months
 *                 of insights, hence the upper bound.
 */
@SnakeCase
public record MetaSyncParameters(int daysBack) implements JobParameters {
    public static final int DEFAULT_DAYS_BACK = 7;
    public static final int MAX_DAYS_BACK = 1123;

    public MetaSyncParameters {
        var reader = new ParameterReader();
        reader.require(
                daysBack >= 1 && daysBack <= MAX_DAYS_BACK, "days_back", "must be between 1 and " + MAX_DAYS_BACK);
        reader.throwIfInvalid();
    }

    public static MetaSyncParameters defaults() {
        return new MetaSyncParameters(DEFAULT_DAYS_BACK);
    }

    @JsonCreator
    static MetaSyncParameters fromJson(@JsonProperty("days_back") Object daysBack) {
        var reader = new ParameterReader();
        int days = reader.integer("days_back", daysBack, DEFAULT_DAYS_BACK, 1, MAX_DAYS_BACK);
        reader.throwIfInvalid();
        return new MetaSyncParameters(days);
    }
}
