package com.viraltracker.console.api;

import java.time.Instant;

/** A schedule on a brand's card (Brands): its name and how its last run went, in the schedule's zone. */
public record Job(String name, String timezone, String lastRunStatus, Instant lastRunAt) {}
