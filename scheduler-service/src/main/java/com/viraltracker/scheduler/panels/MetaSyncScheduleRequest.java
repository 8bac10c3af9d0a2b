package com.viraltracker.scheduler.panels;

import com.viraltracker.events.serde.SnakeCase;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The seed's "Automated Sync Schedule" panel: sync every day at {@code hour} in {@code timezone}, {@code days_back}
 * days at a time.
 */
@SnakeCase
public record MetaSyncScheduleRequest(
        @Schema(minimum = "0", maximum = "23") Integer hour,
        @Schema(defaultValue = "America/Los_Angeles") String timezone,

        @Schema(
                allowableValues = {"3", "7", "14", "30"},
                defaultValue = "7")
        Integer daysBack) {}
