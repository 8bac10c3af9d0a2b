package com.viraltracker.scheduler.api;

import com.viraltracker.events.JobType;
import com.viraltracker.scheduler.runs.RunView;
import com.viraltracker.scheduler.schedule.ScheduleFilter;
import com.viraltracker.scheduler.schedule.ScheduleService;
import com.viraltracker.scheduler.schedule.ScheduleStatus;
import com.viraltracker.support.web.FieldProblemException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Schedules: create, list, read, change, delete, pause, resume and run now. */
@RestController
@RequestMapping("/api/v1/jobs")
public class JobsController {
    private final ScheduleService schedules;

    public JobsController(ScheduleService schedules) {
        this.schedules = schedules;
    }

    @PostMapping
    public Mono<ResponseEntity<JobView>> create(@RequestBody JobRequest request) {
        return schedules
                .create(request.definition())
                .map(job -> ResponseEntity.created(URI.create("/api/v1/jobs/" + job.id()))
                        .body(JobView.of(job)));
    }

    @GetMapping
    public Mono<PageView<JobView>> list(
            @RequestParam(required = false) UUID brandId,
            @RequestParam(required = false) String jobType,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Paging.check(page, size);
        JobType type = jobType == null
                ? null
                : JobType.fromWireName(jobType)
                        .orElseThrow(() ->
                                new FieldProblemException("jobType", "must be one of " + List.of(JobType.wireNames())));
        ScheduleStatus scheduleStatus = status == null
                ? null
                : ScheduleStatus.fromWireName(status)
                        .orElseThrow(
                                () -> new FieldProblemException("status", "must be one of active, paused, completed"));
        return schedules
                .list(new ScheduleFilter(brandId, type, scheduleStatus), page, size)
                .map(found -> PageView.of(found.map(JobView::of)));
    }

    @GetMapping("/{id}")
    public Mono<JobView> get(@PathVariable UUID id) {
        return schedules.get(id).map(JobView::of);
    }

    @PatchMapping("/{id}")
    public Mono<JobView> update(@PathVariable UUID id, @RequestBody JobRequest changes) {
        if (changes.brandId() != null || changes.jobType() != null || changes.scheduleType() != null) {
            throw new FieldProblemException(
                    changes.brandId() != null ? "brandId" : changes.jobType() != null ? "jobType" : "scheduleType",
                    "cannot be changed; create a new job instead");
        }
        return schedules.update(id, changes.definition()).map(JobView::of);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public Mono<Void> delete(@PathVariable UUID id) {
        return schedules.delete(id);
    }

    @PostMapping("/{id}/pause")
    public Mono<JobView> pause(@PathVariable UUID id) {
        return schedules.pause(id).map(JobView::of);
    }

    @PostMapping("/{id}/resume")
    public Mono<JobView> resume(@PathVariable UUID id) {
        return schedules.resume(id).map(JobView::of);
    }

    /** Runs the job now as a {@code manual} run; the schedule itself does not change. */
    @PostMapping("/{id}/run")
    public Mono<ResponseEntity<RunView>> runNow(@PathVariable UUID id) {
        return schedules
                .runNow(id)
                .map(run -> ResponseEntity.status(HttpStatus.ACCEPTED)
                        .location(URI.create("/api/v1/runs/" + run.id()))
                        .body(RunView.of(run)));
    }
}
