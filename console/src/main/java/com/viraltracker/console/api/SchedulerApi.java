package com.viraltracker.console.api;

import com.viraltracker.console.signin.ConsoleUser;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/** scheduler-service: the brand's panel schedules, one-time jobs, runs, run now and run again. */
public final class SchedulerApi {
    static final String META_SYNC_PANEL = "/api/v1/brands/{brand}/meta-sync-schedule";
    static final String SCORECARD_PANEL = "/api/v1/brands/{brand}/scorecard-schedule";

    private final ServiceApi api;

    SchedulerApi(ServiceApi api) {
        this.api = api;
    }

    /** The brand's daily sync, or nothing when it has none. */
    public Mono<PanelSchedule> syncSchedule(ConsoleUser user, UUID brand) {
        return panel(user, META_SYNC_PANEL, brand);
    }

    public Mono<PanelSchedule> enableSync(ConsoleUser user, UUID brand, int hour, String timezone, int daysBack) {
        Map<String, Object> body = Map.of("hour", hour, "timezone", timezone, "days_back", daysBack);
        return api.send(user, HttpMethod.PUT, uri -> uri.path(META_SYNC_PANEL).build(brand), body, PanelSchedule.class);
    }

    public Mono<Void> removeSync(ConsoleUser user, UUID brand) {
        return api.send(
                user, HttpMethod.DELETE, uri -> uri.path(META_SYNC_PANEL).build(brand), (Object) null, Void.class);
    }

    /** The brand's weekly scorecard, or nothing when it has none. */
    public Mono<PanelSchedule> scorecardSchedule(ConsoleUser user, UUID brand) {
        return panel(user, SCORECARD_PANEL, brand);
    }

    public Mono<PanelSchedule> saveScorecardSchedule(
            ConsoleUser user,
            UUID brand,
            String dayOfWeek,
            int hour,
            String timezone,
            int daysBack,
            BigDecimal minSpend,
            String exportEmail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("day_of_week", dayOfWeek);
        body.put("hour", hour);
        body.put("timezone", timezone);
        body.put("days_back", daysBack);
        body.put("min_spend", minSpend);
        if (exportEmail != null && !exportEmail.isBlank()) {
            body.put("export_email", exportEmail.trim());
        }
        return api.send(user, HttpMethod.PUT, uri -> uri.path(SCORECARD_PANEL).build(brand), body, PanelSchedule.class);
    }

    public Mono<Void> removeScorecardSchedule(ConsoleUser user, UUID brand) {
        return api.send(
                user, HttpMethod.DELETE, uri -> uri.path(SCORECARD_PANEL).build(brand), (Object) null, Void.class);
    }

    public Mono<Run> runNow(ConsoleUser user, UUID job) {
        return api.send(
                user, HttpMethod.POST, uri -> uri.path("/api/v1/jobs/{job}/run").build(job), Map.of(), Run.class);
    }

    public Mono<Run> run(ConsoleUser user, UUID run) {
        return api.get(user, uri -> uri.path("/api/v1/runs/{run}").build(run), Run.class);
    }

    /** "Run again": a new manual run with the given run's job type and parameters. */
    public Mono<Run> rerun(ConsoleUser user, UUID run) {
        return api.send(
                user,
                HttpMethod.POST,
                uri -> uri.path("/api/v1/runs/{run}/rerun").build(run),
                Map.of(),
                Run.class);
    }

    /** The brand's runs across its schedules, newest first; {@code status} and {@code jobType} may be null. */
    public Mono<RunPage> runs(ConsoleUser user, UUID brand, String status, String jobType, int page, int size) {
        return api.get(
                user,
                uri -> uri.path("/api/v1/brands/{brand}/runs")
                        .queryParamIfPresent("status", java.util.Optional.ofNullable(status))
                        .queryParamIfPresent("job_type", java.util.Optional.ofNullable(jobType))
                        .queryParam("page", page)
                        .queryParam("size", size)
                        .build(brand),
                RunPage.class);
    }

    public Mono<JobPage> jobs(ConsoleUser user, UUID brand) {
        return api.get(
                user,
                uri -> uri.path("/api/v1/jobs")
                        .queryParam("brand_id", brand)
                        .queryParam("size", 100)
                        .build(),
                JobPage.class);
    }

    /** A one-time job due now: the dispatcher starts its run within moments ("Generate variations"). */
    public Mono<Job> runOnce(
            ConsoleUser user, UUID brand, String name, String jobType, Map<String, Object> parameters, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("brand_id", brand);
        body.put("name", name);
        body.put("job_type", jobType);
        body.put("schedule_type", "one_time");
        body.put("run_at", now);
        body.put("parameters", parameters);
        return api.send(user, HttpMethod.POST, uri -> uri.path("/api/v1/jobs").build(), body, Job.class);
    }

    private Mono<PanelSchedule> panel(ConsoleUser user, String path, UUID brand) {
        return api.get(user, uri -> uri.path(path).build(brand), PanelSchedule.class)
                .onErrorResume(ApiNotFoundException.class, e -> Mono.empty());
    }
}
