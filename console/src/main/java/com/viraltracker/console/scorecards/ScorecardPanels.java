package com.viraltracker.console.scorecards;

import com.viraltracker.console.api.PanelSchedule;
import com.viraltracker.console.api.SchedulerApi;
import com.viraltracker.console.api.ServiceUnavailableException;
import com.viraltracker.console.signin.ConsoleUser;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Builds the weekly scorecard panel from the scheduler. */
@Component
public class ScorecardPanels {
    static final String UNAVAILABLE = "The weekly scorecard schedule is unavailable right now.";

    private final SchedulerApi scheduler;

    public ScorecardPanels(SchedulerApi scheduler) {
        this.scheduler = scheduler;
    }

    public Mono<ScorecardPanelView> view(
            ConsoleUser user, UUID brand, ScorecardPanelView.Form entered, Map<String, String> errors) {
        return scheduler
                .scorecardSchedule(user, brand)
                .map(Optional::of)
                .defaultIfEmpty(Optional.<PanelSchedule>empty())
                .map(schedule -> new ScorecardPanelView(
                        brand,
                        user.mayChange(brand),
                        schedule.orElse(null),
                        entered != null
                                ? entered
                                : schedule.map(ScorecardPanelView.Form::of)
                                        .orElseGet(ScorecardPanelView.Form::defaults),
                        errors,
                        null))
                .onErrorResume(
                        ServiceUnavailableException.class,
                        e -> Mono.just(new ScorecardPanelView(
                                brand,
                                user.mayChange(brand),
                                null,
                                ScorecardPanelView.Form.defaults(),
                                Map.of(),
                                UNAVAILABLE)));
    }
}
