package com.viraltracker.console.schedule;

import com.viraltracker.console.api.ApiProblemException;
import com.viraltracker.console.api.SchedulerApi;
import com.viraltracker.console.signin.ConsoleUser;
import com.viraltracker.console.web.FieldErrors;
import com.viraltracker.console.web.Htmx;
import com.viraltracker.console.web.PageNotFoundException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The sync panel's own requests (htmx swaps the panel with the answer): show it, enable the daily sync, run it
 * now, remove it. Without htmx, each form posts and the browser returns to the Ad Performance page.
 */
@Controller
@RequestMapping("/brands/{brand}/sync-panel")
public class SyncPanelController {
    static final String FRAGMENT = "fragments/sync-panel :: panel";
    static final String[] PANEL_INPUTS = {"hour", "timezone", "days_back"};

    private final SyncPanels panels;
    private final SchedulerApi scheduler;

    public SyncPanelController(SyncPanels panels, SchedulerApi scheduler) {
        this.panels = panels;
        this.scheduler = scheduler;
    }

    @GetMapping
    public Mono<Rendering> show(
            @AuthenticationPrincipal ConsoleUser user,
            @PathVariable UUID brand,
            @RequestParam(name = "run", required = false) UUID run,
            @RequestParam(name = "account_zone", required = false) String accountZone) {
        requireBrand(user, brand);
        return panels.view(user, brand, zoneOrNull(accountZone), run).map(SyncPanelController::fragment);
    }

    @PostMapping("/enable")
    public Mono<Rendering> enable(
            @AuthenticationPrincipal ConsoleUser user, @PathVariable UUID brand, ServerWebExchange exchange) {
        requireBrand(user, brand);
        return exchange.getFormData().flatMap(form -> {
            String accountZone = zoneOrNull(form.getFirst("account_zone"));
            Map<String, String> errors = new LinkedHashMap<>();
            int hour = number(form, "hour", errors);
            int days = number(form, "days_back", errors);
            String zone = form.getFirst("timezone");
            if (!errors.containsKey("hour") && (hour < 0 || hour > 23)) {
                errors.put("hour", "Choose an hour of the day.");
            }
            if (!errors.containsKey("days_back") && !SyncPanelView.DAYS_CHOICES.contains(days)) {
                errors.put("days_back", "Choose 3, 7, 14 or 30 days.");
            }
            if (zone == null || !Zones.allowed(zone, accountZone)) {
                errors.put("timezone", "Choose a time zone from the list.");
            }
            SyncPanelView.Form entered = new SyncPanelView.Form(
                    errors.containsKey("hour") ? 6 : hour, zone == null ? Zones.PACIFIC : zone, days);
            if (!user.mayChange(brand)) {
                errors.put("panel", "A viewer cannot change schedules.");
            }
            if (!errors.isEmpty()) {
                return panels.view(user, brand, accountZone, null, entered, errors)
                        .map(view -> reply(exchange, brand, view));
            }
            return scheduler
                    .enableSync(user, brand, hour, zone, days)
                    .then(panels.view(user, brand, accountZone, null))
                    .onErrorResume(
                            ApiProblemException.class, problem -> refused(user, brand, accountZone, entered, problem))
                    .map(view -> reply(exchange, brand, view));
        });
    }

    @PostMapping("/run")
    public Mono<Rendering> runNow(
            @AuthenticationPrincipal ConsoleUser user, @PathVariable UUID brand, ServerWebExchange exchange) {
        Function<String, Mono<SyncPanelView>> runAndWatch = accountZone -> scheduler
                .syncSchedule(user, brand)
                .flatMap(schedule -> scheduler.runNow(user, schedule.jobId()))
                .flatMap(run -> panels.view(user, brand, accountZone, run.runId()));
        return change(user, brand, exchange, "A viewer cannot run the sync.", runAndWatch);
    }

    @PostMapping("/remove")
    public Mono<Rendering> remove(
            @AuthenticationPrincipal ConsoleUser user, @PathVariable UUID brand, ServerWebExchange exchange) {
        Function<String, Mono<SyncPanelView>> removeSync =
                accountZone -> scheduler.removeSync(user, brand).then(panels.view(user, brand, accountZone, null));
        return change(user, brand, exchange, "A viewer cannot remove the sync.", removeSync);
    }

    /**
     * A button of the panel: refused for a viewer; else {@code work} (given the account's zone the page passed
     * back), and the panel as it is afterwards, with the scheduler's refusal in it when there was one.
     */
    private Mono<Rendering> change(
            ConsoleUser user,
            UUID brand,
            ServerWebExchange exchange,
            String viewerRefusal,
            Function<String, Mono<SyncPanelView>> work) {
        requireBrand(user, brand);
        return exchange.getFormData().flatMap(form -> {
            String accountZone = zoneOrNull(form.getFirst("account_zone"));
            Mono<SyncPanelView> view = user.mayChange(brand)
                    ? work.apply(accountZone)
                            .switchIfEmpty(Mono.defer(() -> panels.view(user, brand, accountZone, null)))
                            .onErrorResume(
                                    ApiProblemException.class,
                                    problem -> refused(user, brand, accountZone, null, problem))
                    : panels.view(user, brand, accountZone, null, null, Map.of("panel", viewerRefusal));
            return view.map(shown -> reply(exchange, brand, shown));
        });
    }

    private static Rendering reply(ServerWebExchange exchange, UUID brand, SyncPanelView view) {
        if (Htmx.isHtmx(exchange)) {
            return fragment(view);
        }
        return Rendering.redirectTo("/brands/" + brand + "/performance#sync").build();
    }

    private static Rendering fragment(SyncPanelView view) {
        return Rendering.view(FRAGMENT).modelAttribute("panel", view).build();
    }

    static void requireBrand(ConsoleUser user, UUID brand) {
        if (!user.maySee(brand)) {
            throw new PageNotFoundException();
        }
    }

    private static int number(MultiValueMap<String, String> form, String field, Map<String, String> errors) {
        try {
            return Integer.parseInt(String.valueOf(form.getFirst(field)).trim());
        } catch (NumberFormatException e) {
            errors.put(field, "Choose a value from the list.");
            return -1;
        }
    }

    /** The account's zone as the page passed it back; anything that is not a zone id is dropped. */
    private static String zoneOrNull(String zone) {
        try {
            return zone == null || zone.isBlank() ? null : ZoneId.of(zone).getId();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The panel again with the scheduler's refusal at the fields it names ({@code entered}: the form as sent). */
    private Mono<SyncPanelView> refused(
            ConsoleUser user, UUID brand, String accountZone, SyncPanelView.Form entered, ApiProblemException problem) {
        return panels.view(user, brand, accountZone, null, entered, FieldErrors.of(problem, "panel", PANEL_INPUTS));
    }
}
