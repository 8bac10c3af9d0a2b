package com.viraltracker.console.performance;

import com.viraltracker.console.api.AdAccount;
import com.viraltracker.console.api.CurrencyPerformance;
import com.viraltracker.console.api.MetaSyncApi;
import com.viraltracker.console.api.Metrics;
import com.viraltracker.console.api.Performance;
import com.viraltracker.console.api.PerformanceRow;
import com.viraltracker.console.api.Section;
import com.viraltracker.console.schedule.SyncPanelView;
import com.viraltracker.console.schedule.SyncPanels;
import com.viraltracker.console.signin.ConsoleUser;
import com.viraltracker.console.web.BrandHeader;
import com.viraltracker.console.web.BrandPages;
import com.viraltracker.console.web.Formats;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/**
 * The Ad Performance page. Its parts are gathered in parallel once the brand's accounts (and so its time zone)
 * are known: this period by day and by ad, the previous period's totals, and the sync panel.
 */
@Controller
public class PerformanceController {
    static final String UNAVAILABLE = "Performance data is unavailable right now.";

    private final BrandPages brands;
    private final MetaSyncApi metaSync;
    private final SyncPanels panels;
    private final Formats fmt;
    private final Clock clock;

    public PerformanceController(BrandPages brands, MetaSyncApi metaSync, SyncPanels panels, Formats fmt, Clock clock) {
        this.brands = brands;
        this.metaSync = metaSync;
        this.panels = panels;
        this.fmt = fmt;
        this.clock = clock;
    }

    @GetMapping("/brands/{brand}")
    public Rendering brand(@PathVariable UUID brand) {
        return Rendering.redirectTo("/brands/" + brand + "/performance").build();
    }

    @GetMapping("/brands/{brand}/performance")
    public Mono<Rendering> page(
            @AuthenticationPrincipal ConsoleUser user,
            @PathVariable UUID brand,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        AdSort adSort = AdSort.of(sort, dir);
        // The header and the accounts are asked for together: a brand the user may not see is refused by both.
        return Mono.zip(
                        brands.open(user, brand),
                        Section.of(metaSync.adAccounts(user, brand), "Ad accounts are unavailable right now."))
                .flatMap(opened -> {
                    BrandHeader header = opened.getT1();
                    Section<List<AdAccount>> accounts = opened.getT2();
                    List<AdAccount> linked = accounts.value() == null ? List.of() : accounts.value();
                    String zone = linked.isEmpty() ? "UTC" : linked.get(0).timeZone();
                    Period chosen = Period.resolve(period, from, to, LocalDate.now(clock.withZone(zoneOf(zone))));
                    if (linked.isEmpty()) {
                        return Mono.just(view(header, accounts, chosen, adSort, Section.of(List.of()), null));
                    }
                    return Mono.zip(
                                    Section.of(
                                            metaSync.performance(user, brand, chosen.from(), chosen.to(), "day"),
                                            UNAVAILABLE),
                                    // The first ads in the table's order only: a brand may have
                                    // thousands, and meta-sync-service sorts and counts them all.
                                    Section.of(
                                            metaSync.performance(
                                                    user,
                                                    brand,
                                                    chosen.from(),
                                                    chosen.to(),
                                                    "ad",
                                                    adSort.serviceSort(),
                                                    adSort.serviceDirection(),
                                                    PerformanceView.MAX_ADS),
                                            UNAVAILABLE),
                                    // Only the previous period's totals are shown: by day is the
                                    // breakdown that costs least to get them (no ad's name is looked up).
                                    Section.of(
                                            metaSync.performance(
                                                    user,
                                                    brand,
                                                    chosen.previous().from(),
                                                    chosen.previous().to(),
                                                    "day"),
                                            UNAVAILABLE),
                                    panels.view(user, brand, zone, null))
                            .map(parts -> view(
                                    header,
                                    accounts,
                                    chosen,
                                    adSort,
                                    currencies(chosen, parts.getT1(), parts.getT2(), parts.getT3()),
                                    parts.getT4()));
                })
                .map(view -> Rendering.view("performance")
                        .modelAttribute("page", view)
                        .build());
    }

    private static PerformanceView view(
            BrandHeader header,
            Section<List<AdAccount>> accounts,
            Period period,
            AdSort sort,
            Section<List<CurrencyView>> currencies,
            SyncPanelView panel) {
        return new PerformanceView(header, accounts, period, sort, currencies, panel);
    }

    /** One part per currency of this period, each compared with the same currency's previous period. */
    private Section<List<CurrencyView>> currencies(
            Period period, Section<Performance> days, Section<Performance> ads, Section<Performance> before) {
        if (!days.available() || !ads.available() || days.value() == null) {
            return Section.missing(UNAVAILABLE);
        }
        List<CurrencyView> views = days.value().currencies().stream()
                .map(section -> {
                    Metrics previous = before.available() && before.value() != null
                            ? before.value()
                                    .currency(section.currency())
                                    .map(CurrencyPerformance::totals)
                                    .orElse(Metrics.NONE)
                            : Metrics.NONE;
                    CurrencyPerformance adsOfTheCurrency = ads.value() == null
                            ? null
                            : ads.value().currency(section.currency()).orElse(null);
                    List<PerformanceRow> shown = adsOfTheCurrency == null ? List.of() : adsOfTheCurrency.rows();
                    long adsTotal = adsOfTheCurrency == null ? 0 : Math.max(adsOfTheCurrency.rowCount(), shown.size());
                    return new CurrencyView(
                            section.currency(),
                            KpiTiles.of(section.totals(), previous, section.currency(), fmt),
                            DailyChart.json(section.currency(), period, section.rows()),
                            shown.subList(0, Math.min(shown.size(), PerformanceView.MAX_ADS)),
                            adsTotal);
                })
                .toList();
        return Section.of(views);
    }

    private static ZoneId zoneOf(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
