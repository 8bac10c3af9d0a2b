package com.viraltracker.console.brands;

import com.viraltracker.console.api.BrandSummary;
import com.viraltracker.console.api.JobPage;
import com.viraltracker.console.api.MetaSyncApi;
import com.viraltracker.console.api.SchedulerApi;
import com.viraltracker.console.api.Section;
import com.viraltracker.console.api.ServiceUnavailableException;
import com.viraltracker.console.signin.ConsoleUser;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The brands the user may act on, each with its ad accounts and its schedules' last runs. */
@Controller
public class BrandsController {
    /** Pages a brand switch may land on. */
    static final Set<String> PAGES = Set.of("performance", "scorecards", "creatives", "runs", "settings");
    /** An admin may see hundreds of brands; the page shows the first ones by name. */
    static final int MAX_BRANDS = 50;

    private final MetaSyncApi metaSync;
    private final SchedulerApi scheduler;

    public BrandsController(MetaSyncApi metaSync, SchedulerApi scheduler) {
        this.metaSync = metaSync;
        this.scheduler = scheduler;
    }

    @GetMapping("/")
    public Rendering home() {
        return Rendering.redirectTo("/brands").build();
    }

    @GetMapping("/brands")
    public Mono<Rendering> brands(@AuthenticationPrincipal ConsoleUser user) {
        return metaSync.brands(user)
                .map(Section::of)
                .onErrorResume(ServiceUnavailableException.class, e -> Mono.just(fromToken(user)))
                .flatMap(list -> Flux.fromIterable(list.value() == null ? List.<BrandSummary>of() : list.value())
                        .take(MAX_BRANDS)
                        .flatMapSequential(brand -> card(user, brand), 8)
                        .collectList()
                        .map(cards -> Rendering.view("brands")
                                .modelAttribute("cards", cards)
                                .modelAttribute("listUnavailable", list.unavailable())
                                .modelAttribute(
                                        "truncated",
                                        list.value() != null && list.value().size() > MAX_BRANDS)
                                .build()));
    }

    /** Goes to the chosen brand's page of the same kind (the header's brand switch). */
    @GetMapping("/brands/switch")
    public Rendering switchBrand(@RequestParam UUID brand, @RequestParam(defaultValue = "performance") String page) {
        return Rendering.redirectTo("/brands/" + brand + "/" + (PAGES.contains(page) ? page : "performance"))
                .build();
    }

    private Mono<BrandCard> card(ConsoleUser user, BrandSummary brand) {
        return Mono.zip(
                        Section.of(
                                metaSync.adAccounts(user, brand.brandId()), "Ad accounts are unavailable right now."),
                        Section.of(
                                scheduler.jobs(user, brand.brandId()).map(JobPage::items),
                                "Schedules are unavailable right now."))
                .map(parts -> new BrandCard(brand, parts.getT1(), parts.getT2()));
    }

    /** Without meta-sync-service the token still says which brands these are (an admin's are unknown). */
    private static Section<List<BrandSummary>> fromToken(ConsoleUser user) {
        List<BrandSummary> brands =
                user.brands().stream().map(id -> new BrandSummary(id, null, 0)).toList();
        return new Section<>(brands, "Brand names are unavailable right now.");
    }
}
