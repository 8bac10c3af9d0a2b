package com.viraltracker.console.scorecards;

import com.viraltracker.console.api.ApiNotFoundException;
import com.viraltracker.console.api.ApiProblemException;
import com.viraltracker.console.api.SchedulerApi;
import com.viraltracker.console.api.Scorecard;
import com.viraltracker.console.api.ScorecardApi;
import com.viraltracker.console.api.Section;
import com.viraltracker.console.signin.ConsoleUser;
import com.viraltracker.console.web.BrandPages;
import com.viraltracker.console.web.FieldErrors;
import com.viraltracker.console.web.Htmx;
import com.viraltracker.console.web.PageNotFoundException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The brand's scorecards, one scorecard with its chart, its CSV, and the weekly scorecard panel. */
@Controller
public class ScorecardsController {
    static final int PAGE_SIZE = 20;
    static final String UNAVAILABLE = "Scorecards are unavailable right now.";
    static final String PANEL = "fragments/scorecard-panel :: panel";

    private final BrandPages brands;
    private final ScorecardApi scorecards;
    private final SchedulerApi scheduler;
    private final ScorecardPanels panels;

    public ScorecardsController(
            BrandPages brands, ScorecardApi scorecards, SchedulerApi scheduler, ScorecardPanels panels) {
        this.brands = brands;
        this.scorecards = scorecards;
        this.scheduler = scheduler;
        this.panels = panels;
    }

    @GetMapping("/brands/{brand}/scorecards")
    public Mono<Rendering> list(
            @AuthenticationPrincipal ConsoleUser user,
            @PathVariable UUID brand,
            @RequestParam(defaultValue = "0") int page) {
        int chosen = Math.max(0, page);
        return brands.open(user, brand)
                .flatMap(header -> Mono.zip(
                                Section.of(scorecards.scorecards(user, brand, chosen, PAGE_SIZE), UNAVAILABLE),
                                panels.view(user, brand, null, Map.of()))
                        .map(parts -> Rendering.view("scorecards")
                                .modelAttribute("brand", header)
                                .modelAttribute("scorecards", parts.getT1())
                                .modelAttribute("panel", parts.getT2())
                                .modelAttribute("page", chosen)
                                .build()));
    }

    @GetMapping("/brands/{brand}/scorecards/{id}")
    public Mono<Rendering> one(
            @AuthenticationPrincipal ConsoleUser user,
            @PathVariable UUID brand,
            @PathVariable UUID id,
            @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "0") int page) {
        return brands.open(user, brand).zipWith(ownScorecard(user, brand, id)).map(found -> {
            Scorecard scorecard = found.getT2();
            var parts = scorecard.summary().currencies().stream()
                    .map(section -> {
                        List<Scorecard.Ad> ads = scorecard.ads(section.currency());
                        return new ScorecardView.Part(
                                section,
                                ScorecardChart.json(section.currency(), ads),
                                ScorecardAdsPage.of(ads, category, page));
                    })
                    .toList();
            return Rendering.view("scorecard")
                    .modelAttribute("page", new ScorecardView(found.getT1(), scorecard, parts))
                    .build();
        });
    }

    @GetMapping("/brands/{brand}/scorecards/{id}.csv")
    @ResponseBody
    public Mono<ResponseEntity<byte[]>> csv(
            @AuthenticationPrincipal ConsoleUser user, @PathVariable UUID brand, @PathVariable UUID id) {
        return ownScorecard(user, brand, id).then(scorecards.csv(user, id)).map(answer -> {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(
                    answer.getHeaders().getContentType() == null
                            ? MediaType.parseMediaType("text/csv")
                            : answer.getHeaders().getContentType());
            String disposition = answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
            headers.set(
                    HttpHeaders.CONTENT_DISPOSITION,
                    disposition != null ? disposition : "attachment; filename=\"scorecard-" + id + ".csv\"");
            return ResponseEntity.ok().headers(headers).body(answer.getBody());
        });
    }

    @PostMapping("/brands/{brand}/scorecard-panel/save")
    public Mono<Rendering> save(
            @AuthenticationPrincipal ConsoleUser user, @PathVariable UUID brand, ServerWebExchange exchange) {
        requireBrand(user, brand);
        return exchange.getFormData().flatMap(form -> {
            Map<String, String> errors = new LinkedHashMap<>();
            ScorecardPanelView.Form entered = read(form, errors);
            if (!user.mayChange(brand)) {
                errors.put("panel", "A viewer cannot change schedules.");
            }
            if (!errors.isEmpty()) {
                return panels.view(user, brand, entered, errors).map(view -> reply(exchange, brand, view));
            }
            return scheduler
                    .saveScorecardSchedule(
                            user,
                            brand,
                            entered.dayOfWeek(),
                            entered.hour(),
                            entered.timezone(),
                            entered.daysBack(),
                            entered.minSpend(),
                            entered.exportEmail())
                    .then(panels.view(user, brand, null, Map.of()))
                    .onErrorResume(
                            ApiProblemException.class,
                            problem -> panels.view(
                                    user,
                                    brand,
                                    entered,
                                    FieldErrors.of(
                                            problem,
                                            "panel",
                                            "day_of_week",
                                            "hour",
                                            "timezone",
                                            "days_back",
                                            "min_spend",
                                            "export_email")))
                    .map(view -> reply(exchange, brand, view));
        });
    }

    @PostMapping("/brands/{brand}/scorecard-panel/remove")
    public Mono<Rendering> remove(
            @AuthenticationPrincipal ConsoleUser user, @PathVariable UUID brand, ServerWebExchange exchange) {
        requireBrand(user, brand);
        if (!user.mayChange(brand)) {
            return panels.view(user, brand, null, Map.of("panel", "A viewer cannot change schedules."))
                    .map(view -> reply(exchange, brand, view));
        }
        return scheduler
                .removeScorecardSchedule(user, brand)
                .then(panels.view(user, brand, null, Map.of()))
                .onErrorResume(
                        ApiProblemException.class,
                        problem -> panels.view(user, brand, null, FieldErrors.of(problem, "panel")))
                .map(view -> reply(exchange, brand, view));
    }

    /** The scorecard when it is this brand's; any other is not found, whoever may read it elsewhere. */
    private Mono<Scorecard> ownScorecard(ConsoleUser user, UUID brand, UUID id) {
        if (!user.maySee(brand)) {
            return Mono.error(new PageNotFoundException());
        }
        return scorecards
                .scorecard(user, id)
                .filter(scorecard -> brand.equals(scorecard.brandId()))
                .switchIfEmpty(Mono.error(new PageNotFoundException()))
                .onErrorMap(ApiNotFoundException.class, e -> new PageNotFoundException());
    }

    private static ScorecardPanelView.Form read(MultiValueMap<String, String> form, Map<String, String> errors) {
        String day = String.valueOf(form.getFirst("day_of_week"));
        int hour = whole(form.getFirst("hour"), "hour", errors, 9);
        int daysBack = whole(form.getFirst("days_back"), "days_back", errors, 7);
        BigDecimal minSpend = BigDecimal.TEN;
        try {
            minSpend = new BigDecimal(String.valueOf(form.getFirst("min_spend")).trim());
        } catch (NumberFormatException e) {
            errors.put("min_spend", "Enter an amount such as 10.00.");
        }
        String zone = form.getFirst("timezone") == null ? "" : form.getFirst("timezone");
        String email = form.getFirst("export_email") == null
                ? ""
                : form.getFirst("export_email").trim();
        return new ScorecardPanelView.Form(day, hour, zone, daysBack, minSpend, email);
    }

    private static int whole(String text, String field, Map<String, String> errors, int fallback) {
        try {
            return Integer.parseInt(String.valueOf(text).trim());
        } catch (NumberFormatException e) {
            errors.put(field, "Enter a whole number.");
            return fallback;
        }
    }

    private static Rendering reply(ServerWebExchange exchange, UUID brand, ScorecardPanelView view) {
        if (Htmx.isHtmx(exchange)) {
            return Rendering.view(PANEL).modelAttribute("panel", view).build();
        }
        return Rendering.redirectTo("/brands/" + brand + "/scorecards").build();
    }

    private static void requireBrand(ConsoleUser user, UUID brand) {
        if (!user.maySee(brand)) {
            throw new PageNotFoundException();
        }
    }
}
