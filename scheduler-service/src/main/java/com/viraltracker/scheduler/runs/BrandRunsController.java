package com.viraltracker.scheduler.runs;

import com.viraltracker.scheduler.api.PageView;
import com.viraltracker.scheduler.api.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A brand's run history across its schedules, and "run again" on a finished run. */
@RestController
public class BrandRunsController {
    private final BrandRunHistoryService history;
    private final RunAgain runAgain;

    public BrandRunsController(BrandRunHistoryService history, RunAgain runAgain) {
        this.history = history;
        this.runAgain = runAgain;
    }

    @GetMapping("/api/v1/brands/{brandId}/runs")
    @Operation(
            summary = "A brand's runs across all its schedules, newest first",
            description = "Scheduled, manual and external runs of the brand, newest occurrence (scheduled_for) "
                    + "first, optionally of one status and one job type, with the schedule's name, the duration "
                    + "(started to finished) and the error category and message of a failed run, or of the failed "
                    + "attempt of a run waiting to be attempted again (status retrying, with next_attempt_at).")
    @ApiResponse(responseCode = "200", description = "one page of the brand's runs")
    public Mono<PageView<RunHistoryItem>> list(
            @PathVariable UUID brandId,
            @Parameter(
                            schema =
                                    @Schema(
                                            allowableValues = {
                                                "pending",
                                                "dispatched",
                                                "running",
                                                "retrying",
                                                "succeeded",
                                                "failed",
                                                "timed_out"
                                            }))
                    @RequestParam(required = false)
                    String status,
            @Parameter(name = "job_type", schema = @Schema(allowableValues = {"ad_creation", "meta_sync", "scorecard"}))
                    @RequestParam(name = "job_type", required = false)
                    String jobType,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Paging.check(page, size);
        return history.list(brandId, RunHistoryFilter.parse(status, jobType), page, size)
                .map(PageView::of);
    }

    @PostMapping("/api/v1/runs/{id}/rerun")
    @Operation(
            summary = "Run a finished run again",
            description = "Operator or admin. Starts a new manual run with the same job type and parameters as the "
                    + "given succeeded, failed or timed-out run, of the same schedule when it still has one; counts "
                    + "against the brand's manual run limit (RUN_NOW_LIMIT per RUN_NOW_PERIOD).")
    @ApiResponse(responseCode = "202", description = "the new run, queued")
    // The problem body of each error answer is added to the document by service-support's DocumentedProblems.
    @ApiResponse(
            responseCode = "409",
            description = "the run has not finished, was requested by another system (its parameters are not "
                    + "known), or its parameters are no longer valid")
    @ApiResponse(
            responseCode = "429",
            description = "the brand started too many manual runs; Retry-After says when to try again")
    public Mono<ResponseEntity<RunHistoryItem>> rerun(@PathVariable UUID id) {
        return runAgain.rerun(id)
                .map(run -> ResponseEntity.status(HttpStatus.ACCEPTED)
                        .location(URI.create("/api/v1/runs/" + run.runId()))
                        .body(run));
    }
}
