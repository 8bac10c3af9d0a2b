package com.viraltracker.scheduler.runs;

import com.viraltracker.scheduler.api.PageView;
import com.viraltracker.scheduler.api.Paging;
import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The run history: a job's runs, newest first, and one run. */
@RestController
public class RunsController {
    private final RunService runs;

    public RunsController(RunService runs) {
        this.runs = runs;
    }

    @Operation(summary = "List a schedule's runs, newest first")
    @GetMapping("/api/v1/jobs/{jobId}/runs")
    public Mono<PageView<JobRun>> listForJob(
            @PathVariable UUID jobId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Paging.check(page, size);
        return runs.listForJob(jobId, page, size).map(found -> PageView.of(found));
    }

    @Operation(summary = "Get a run", operationId = "getRun")
    @GetMapping("/api/v1/runs/{id}")
    public Mono<JobRun> get(@PathVariable UUID id) {
        return runs.get(id);
    }
}
