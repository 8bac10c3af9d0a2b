package com.viraltracker.scheduler.api;

import com.viraltracker.events.JobType;
import com.viraltracker.scheduler.runs.JobRun;
import com.viraltracker.scheduler.schedule.ScheduleFilter;
import com.viraltracker.scheduler.schedule.ScheduleService;
import com.viraltracker.scheduler.schedule.ScheduleStatus;
import com.viraltracker.scheduler.schedule.ScheduledJob;
import com.viraltracker.support.web.FieldProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

    @Operation(summary = "Create a schedule")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<ResponseEntity<ScheduledJob>> create(@RequestBody JobRequest request) {
        return schedules
                .create(request.definition())
                .map(job -> ResponseEntity.created(URI.create("/api/v1/jobs/" + job.id()))
                        .body(job));
    }

    @Operation(summary = "List schedules, newest first")
    @GetMapping
    public Mono<PageView<ScheduledJob>> list(
            @RequestParam(name = "brand_id", required = false) UUID brandId,
            @Parameter(schema = @Schema(allowableValues = {"ad_creation", "meta_sync", "scorecard"}))
                    @RequestParam(name = "job_type", required = false)
                    String jobType,
            @Parameter(schema = @Schema(allowableValues = {"active", "paused", "completed"}))
                    @RequestParam(required = false)
                    String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Paging.check(page, size);
        JobType type = jobType == null
                ? null
                : JobType.fromWireName(jobType)
                        .orElseThrow(() -> new FieldProblemException(
                                "job_type", "must be one of " + List.of(JobType.wireNames())));
        ScheduleStatus scheduleStatus = status == null
                ? null
                : ScheduleStatus.fromWireName(status)
                        .orElseThrow(
                                () -> new FieldProblemException("status", "must be one of active, paused, completed"));
        return schedules
                .list(new ScheduleFilter(brandId, type, scheduleStatus), page, size)
                .map(found -> PageView.of(found));
    }

    @Operation(summary = "Get a schedule", operationId = "getJob")
    @GetMapping("/{id}")
    public Mono<ScheduledJob> get(@PathVariable UUID id) {
        return schedules.get(id);
    }

    @Operation(summary = "Change a schedule's name, cron, time zone, parameters or run time")
    @PatchMapping("/{id}")
    public Mono<ScheduledJob> update(@PathVariable UUID id, @RequestBody JobChanges changes) {
        if (changes.unchangeableField() != null) {
            throw new FieldProblemException(changes.unchangeableField(), "cannot be changed; create a new job instead");
        }
        return schedules.update(id, changes.definition());
    }

    @Operation(summary = "Delete a schedule; its run history is kept")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public Mono<Void> delete(@PathVariable UUID id) {
        return schedules.delete(id);
    }

    @Operation(summary = "Pause a schedule")
    @ApiResponse(responseCode = "200", description = "The schedule, paused (a paused one is left as it is)")
    @ApiResponse(responseCode = "409", description = "The schedule is completed")
    @PostMapping("/{id}/pause")
    public Mono<ScheduledJob> pause(@PathVariable UUID id) {
        return schedules.pause(id);
    }

    @Operation(summary = "Resume a schedule from its next occurrence after now")
    @ApiResponse(responseCode = "200", description = "The schedule, active again, with its next run")
    @ApiResponse(responseCode = "409", description = "The schedule is completed")
    @PostMapping("/{id}/resume")
    public Mono<ScheduledJob> resume(@PathVariable UUID id) {
        return schedules.resume(id);
    }

    /** Runs the job now as a {@code manual} run; the schedule itself does not change. */
    @Operation(summary = "Run a schedule now, as a manual run")
    @ApiResponse(responseCode = "429", description = "The brand has used its manual runs for now")
    @PostMapping("/{id}/run")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Mono<ResponseEntity<JobRun>> runNow(@PathVariable UUID id) {
        return schedules
                .runNow(id)
                .map(run -> ResponseEntity.status(HttpStatus.ACCEPTED)
                        .location(URI.create("/api/v1/runs/" + run.id()))
                        .body(run));
    }
}
