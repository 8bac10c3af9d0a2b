package com.viraltracker.scheduler.runs;

import com.viraltracker.scheduler.schedule.Page;
import com.viraltracker.scheduler.schedule.ScheduleService;
import com.viraltracker.support.security.BrandAccess;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Reads of the run history, scoped to the caller's brands: another brand's run is not found. */
@Service
public class RunService {
    private final RunRepository runs;
    private final ScheduleService schedules;
    private final BrandAccess brandAccess;

    public RunService(RunRepository runs, ScheduleService schedules, BrandAccess brandAccess) {
        this.runs = runs;
        this.schedules = schedules;
        this.brandAccess = brandAccess;
    }

    public Mono<JobRun> get(UUID id) {
        return brandAccess.owned(runs.findById(id), JobRun::brandId, "run", id);
    }

    /** The schedule's runs, when the schedule is the caller's. */
    public Mono<Page<JobRun>> listForJob(UUID jobId, int page, int size) {
        return schedules.get(jobId).then(runs.listForJob(jobId, page, size));
    }
}
