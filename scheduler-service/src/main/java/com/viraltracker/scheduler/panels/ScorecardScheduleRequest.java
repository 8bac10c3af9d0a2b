package com.viraltracker.scheduler.panels;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** A weekly scorecard: every {@code dayOfWeek} at {@code hour} in {@code timezone}. */
public record ScorecardScheduleRequest(
        @Schema(example = "MONDAY", defaultValue = "MONDAY") String dayOfWeek,

        @Schema(minimum = "0", maximum = "23", defaultValue = "9")
        Integer hour,

        @Schema(defaultValue = "America/Los_Angeles") String timezone,
        @Schema(defaultValue = "7") Integer daysBack,
        @Schema(defaultValue = "10.0") BigDecimal minSpend,
        String exportEmail) {}
