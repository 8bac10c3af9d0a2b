package com.viraltracker.console.runs;

import com.viraltracker.console.api.ApiProblemException;
import com.viraltracker.console.api.SchedulerApi;
import com.viraltracker.console.api.Section;
import com.viraltracker.console.api.ServiceUnavailableException;
import com.viraltracker.console.signin.ConsoleUser;
import com.viraltracker.console.web.BrandPages;
import com.viraltracker.console.web.FieldErrors;
import com.viraltracker.console.web.Flash;
import com.viraltracker.console.web.Htmx;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The brand's run history, and "Run again" on a run that failed. */
@Controller
public class RunsController {
    static final int PAGE_SIZE = 25;
    static final String UNAVAILABLE = "Run history is unavailable right now.";

    private final BrandPages brands;
    private final SchedulerApi scheduler;

    public RunsController(BrandPages brands, SchedulerApi scheduler) {
        this.brands = brands;
        this.scheduler = scheduler;
    }

    @GetMapping("/brands/{brand}/runs")
    public Mono<Rendering> page(
            @AuthenticationPrincipal ConsoleUser user,
            @PathVariable UUID brand,
            @RequestParam(required = false) String status,
            @RequestParam(name = "job_type", required = false) String jobType,
            @RequestParam(defaultValue = "0") int page,
            ServerWebExchange exchange) {
        String chosenStatus = blankToNull(status);
        String chosenType = blankToNull(jobType);
        int chosenPage = Math.max(0, page);
        return brands.openAfterPost(user, brand, exchange)
                .flatMap(opened -> scheduler
                        .runs(user, brand, chosenStatus, chosenType, chosenPage, PAGE_SIZE)
                        .map(Section::of)
                        .onErrorResume(ServiceUnavailableException.class, e -> Mono.just(Section.missing(UNAVAILABLE)))
                        .map(runs -> new RunsView(
                                opened.header(), chosenStatus, chosenType, chosenPage, runs, Map.of(), opened.flash()))
                        .onErrorResume(
                                ApiProblemException.class,
                                problem -> Mono.just(new RunsView(
                                        opened.header(),
                                        chosenStatus,
                                        chosenType,
                                        chosenPage,
                                        Section.of(null),
                                        FieldErrors.of(problem, "filter", "status", "job_type"),
                                        null))))
                .map(view -> Rendering.view(Htmx.isHtmx(exchange) ? "runs :: table" : "runs")
                        .modelAttribute("page", view)
                        .build());
    }

    /** Starts the run again (a new manual run with the same type and parameters) and shows the history. */
    @PostMapping("/brands/{brand}/runs/{run}/rerun")
    public Mono<Rendering> runAgain(
            @AuthenticationPrincipal ConsoleUser user,
            @PathVariable UUID brand,
            @PathVariable UUID run,
            ServerWebExchange exchange) {
        return brands.open(user, brand)
                .then(
                        user.mayChange(brand)
                                ? scheduler
                                        .run(user, run)
                                        .filter(found -> found.brandId() == null || brand.equals(found.brandId()))
                                        .switchIfEmpty(
                                                Mono.error(new com.viraltracker.console.web.PageNotFoundException()))
                                        .then(scheduler.rerun(user, run))
                                        .map(started -> "Started again: a new "
                                                + started.jobType().replace('_', ' ') + " run is "
                                                + started.status().replace('_', ' ') + ".")
                                        .onErrorResume(
                                                ApiProblemException.class,
                                                problem -> Mono.just("Could not run it again: " + problem.detail()))
                                : Mono.just("A viewer cannot run anything again."))
                .flatMap(message -> Flash.put(exchange, message))
                .thenReturn(Rendering.redirectTo("/brands/" + brand + "/runs").build());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
