package com.viraltracker.scheduler.panels;

import com.viraltracker.events.JobType;
import com.viraltracker.events.parameters.FieldViolation;
import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The seed's scheduling panel as an API: a brand's daily Meta sync and its weekly scorecard. */
@RestController
@RequestMapping("/api/v1/brands/{brandId}")
public class BrandSchedulesController {
    /** The choices the seed's panel offers. */
    static final Set<Integer> SYNC_DAYS_CHOICES = Set.of(3, 7, 14, 30);

    private final BrandSchedulePanels panels;

    public BrandSchedulesController(BrandSchedulePanels panels) {
        this.panels = panels;
    }

    @Operation(summary = "Get the brand's daily Meta sync schedule")
    @GetMapping("/meta-sync-schedule")
    public Mono<PanelScheduleView> getMetaSync(@PathVariable UUID brandId) {
        return panels.find(brandId, JobType.META_SYNC).map(PanelScheduleView::of);
    }

    @Operation(summary = "Set the brand's daily Meta sync schedule (and activate it)")
    @PutMapping("/meta-sync-schedule")
    public Mono<PanelScheduleView> putMetaSync(
            @PathVariable UUID brandId, @RequestBody MetaSyncScheduleRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        DailyCron cron = BrandSchedulePanels.hourAndDay(request.hour(), null, request.timezone(), violations);
        int daysBack = request.daysBack() == null ? 7 : request.daysBack();
        if (!SYNC_DAYS_CHOICES.contains(daysBack)) {
            violations.add(new FieldViolation("days_back", "must be one of 3, 7, 14, 30"));
        }
        BrandSchedulePanels.throwIfAny(violations);
        return panels.put(
                        brandId,
                        JobType.META_SYNC,
                        "Daily Meta Ads Sync",
                        cron,
                        request.timezone(),
                        Map.of("days_back", daysBack))
                .map(PanelScheduleView::of);
    }

    @Operation(summary = "Remove the brand's daily Meta sync schedule")
    @DeleteMapping("/meta-sync-schedule")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public Mono<Void> deleteMetaSync(@PathVariable UUID brandId) {
        return panels.delete(brandId, JobType.META_SYNC);
    }

    @Operation(summary = "Get the brand's weekly scorecard schedule")
    @GetMapping("/scorecard-schedule")
    public Mono<PanelScheduleView> getScorecard(@PathVariable UUID brandId) {
        return panels.find(brandId, JobType.SCORECARD).map(PanelScheduleView::of);
    }

    @Operation(summary = "Set the brand's weekly scorecard schedule (and activate it)")
    @PutMapping("/scorecard-schedule")
    public Mono<PanelScheduleView> putScorecard(
            @PathVariable UUID brandId, @RequestBody ScorecardScheduleRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        DailyCron cron = BrandSchedulePanels.hourAndDay(
                request.hour() == null ? 9 : request.hour(),
                request.dayOfWeek() == null ? "MONDAY" : request.dayOfWeek(),
                request.timezone(),
                violations);
        BrandSchedulePanels.throwIfAny(violations);
        Map<String, Object> parameters = new HashMap<>();
        if (request.daysBack() != null) {
            parameters.put("days_back", request.daysBack());
        }
        if (request.minSpend() != null) {
            parameters.put("min_spend", request.minSpend());
        }
        if (request.exportEmail() != null) {
            parameters.put("export_email", request.exportEmail());
        }
        return panels.put(
                        brandId,
                        JobType.SCORECARD,
                        "Weekly Performance Scorecard",
                        cron,
                        request.timezone(),
                        parameters)
                .map(PanelScheduleView::of);
    }

    @Operation(summary = "Remove the brand's weekly scorecard schedule")
    @DeleteMapping("/scorecard-schedule")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public Mono<Void> deleteScorecard(@PathVariable UUID brandId) {
        return panels.delete(brandId, JobType.SCORECARD);
    }
}
