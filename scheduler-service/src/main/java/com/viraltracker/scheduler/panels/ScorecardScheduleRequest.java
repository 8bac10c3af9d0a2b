package com.viraltracker.scheduler.panels;

import com.viraltracker.events.serde.SnakeCase;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** A weekly scorecard: every {@code day_of_week} at {@code hour} in {@code timezone}. */
@SnakeCase
public record ScorecardScheduleRequest(
        @Schema(example = "MONDAY", defaultValue = "MONDAY") String dayOfWeek,

        @Schema(minimum = "0", maximum = "23", defaultValue = "9")
        Integer hour,

        @Schema(defaultValue = "America/Los_Angeles") String timezone,
        @Schema(defaultValue = "7") Integer daysBack,
        @Schema(defaultValue = "10.0") BigDecimal minSpend,

        @Schema(format = "email", example = "marketing@brand.example")
        String exportEmail) {}
