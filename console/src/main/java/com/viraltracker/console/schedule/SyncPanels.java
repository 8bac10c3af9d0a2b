package com.viraltracker.console.schedule;

import com.viraltracker.console.api.ApiNotFoundException;
import com.viraltracker.console.api.PanelSchedule;
import com.viraltracker.console.api.Run;
import com.viraltracker.console.api.SchedulerApi;
import com.viraltracker.console.api.ServiceUnavailableException;
import com.viraltracker.console.signin.ConsoleUser;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Builds the sync panel from the scheduler: the brand's daily sync and, after Run now, the run being watched. */
@Component
public class SyncPanels {
    static final String UNAVAILABLE = "The sync schedule is unavailable right now.";

    private final SchedulerApi scheduler;

    public SyncPanels(SchedulerApi scheduler) {
        this.scheduler = scheduler;
    }

    public Mono<SyncPanelView> view(ConsoleUser user, UUID brand, String accountZone, UUID watchedRun) {
        return view(user, brand, accountZone, watchedRun, null, Map.of());
    }

    /** The panel as it is now; {@code form} and {@code errors} are a refused form's, shown again. */
    public Mono<SyncPanelView> view(
            ConsoleUser user,
            UUID brand,
            String accountZone,
            UUID watchedRun,
            SyncPanelView.Form form,
            Map<String, String> errors) {
        Mono<Optional<PanelSchedule>> schedule =
                scheduler.syncSchedule(user, brand).map(Optional::of).defaultIfEmpty(Optional.empty());
        Mono<Optional<Run>> watched = watchedRun == null
                ? Mono.just(Optional.empty())
                : scheduler
                        .run(user, watchedRun)
                        .filter(run -> run.brandId() == null || brand.equals(run.brandId()))
                        .map(Optional::of)
                        .onErrorResume(ApiNotFoundException.class, e -> Mono.empty())
                        .defaultIfEmpty(Optional.empty());
        return Mono.zip(schedule, watched)
                .map(found -> new SyncPanelView(
                        brand,
                        user.mayChange(brand),
                        found.getT1().orElse(null),
                        found.getT2().orElse(null),
                        accountZone,
                        form != null ? form : formOf(found.getT1().orElse(null), accountZone),
                        errors,
                        null))
                .onErrorResume(
                        ServiceUnavailableException.class, e -> Mono.just(unavailable(user, brand, accountZone)));
    }

    static SyncPanelView unavailable(ConsoleUser user, UUID brand, String accountZone) {
        return new SyncPanelView(
                brand,
                user.mayChange(brand),
                null,
                null,
                accountZone,
                SyncPanelView.Form.defaults(),
                Map.of(),
                UNAVAILABLE);
    }

    private static SyncPanelView.Form formOf(PanelSchedule schedule, String accountZone) {
        if (schedule == null) {
            return SyncPanelView.Form.defaults();
        }
        return new SyncPanelView.Form(
                schedule.hour() == null ? 6 : schedule.hour(),
                schedule.timezone() == null ? Zones.PACIFIC : schedule.timezone(),
                schedule.intParameter("days_back", 7));
    }
}
