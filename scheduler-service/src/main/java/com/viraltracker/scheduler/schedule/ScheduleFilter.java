package com.viraltracker.scheduler.schedule;

import com.viraltracker.events.JobType;
import java.util.UUID;

/** Which schedules to list; a null field does not filter. */
public record ScheduleFilter(UUID brandId, JobType jobType, ScheduleStatus status) {}
