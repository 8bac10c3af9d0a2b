package com.viraltracker.benchmarks.console;

import com.viraltracker.benchmarks.Sizes;
import com.viraltracker.benchmarks.env.Bench;
import com.viraltracker.benchmarks.env.LargeBrand;
import com.viraltracker.benchmarks.env.Service;
import com.viraltracker.benchmarks.report.Figure;
import com.viraltracker.benchmarks.report.Percentiles;
import com.viraltracker.benchmarks.report.Section;
import com.viraltracker.testing.process.ServiceProcess;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every page of the console for the {@link LargeBrand}, as a signed-in operator opens them: each page's server time
 * (request sent → last byte of the body, over HTTP on localhost) at p50 and p95, and its weight (the HTML with the
 * scripts and stylesheets it references, as transferred). The four services and the console run as processes; the
 * console reaches the services over their REST APIs, as in production.
 */
public final class ConsoleScenario {
    static final double SERVER_TIME_TARGET_MS = 250;
    static final double WEIGHT_TARGET_KB = 300;
    /** A part of a page whose service failed or answered too late says so; such a page was not measured fairly. */
    private static final String UNAVAILABLE = "unavailable right now";
    /** The per-ad tables and charts name the generated ads "Ad 1" to "Ad n". */
    private static final Pattern AN_AD = Pattern.compile("\\bAd \\d+\\b");

    private final Bench bench;
    private final Sizes sizes;

    public ConsoleScenario(Bench bench, Sizes sizes) {
        this.bench = bench;
        this.sizes = sizes;
    }

    /** A console page and what it must show for its time to count. */
    record Page(String key, String label, String path, List<Pattern> shows) {}

    public Section run(Map<Service, ServiceProcess> services, LargeBrand large) throws Exception {
        ConsoleBrand brand = ConsoleBrand.prepare(bench, services, large);
        List<Page> pages = pages(brand);
        Map<Page, long[]> nanos = new LinkedHashMap<>();
        pages.forEach(page -> nanos.put(page, new long[sizes.consoleRequests()]));
        Map<Page, Long> weights = new LinkedHashMap<>();
        try (ServiceProcess console = bench.start(Service.CONSOLE, consoleEnvironment(services))) {
            ConsoleVisitor visitor = ConsoleVisitor.signIn(console.baseUrl(), brand.id());
            // Round by round, every page once a round: a burst of other work on the machine falls on all pages alike.
            for (int round = -sizes.consoleWarmUps(); round < sizes.consoleRequests(); round++) {
                for (Page page : pages) {
                    ConsoleVisitor.Response response = visitor.get(page.path());
                    requireShown(page, response, console);
                    if (round >= 0) {
                        nanos.get(page)[round] = response.nanos();
                    }
                }
            }
            for (Page page : pages) {
                weights.put(page, visitor.pageWeight(page.path()));
            }
        }
        return section(large, pages, nanos, weights);
    }

    private static List<Page> pages(ConsoleBrand brand) {
        String base = "/brands/" + brand.id();
        Pattern name = literal(brand.name());
        return List.of(
                new Page("brands", "Brands", "/brands", List.of(name)),
                new Page(
                        "performance_7d",
                        "Ad Performance, 7 days",
                        base + "/performance?period=7",
                        List.of(name, AN_AD)),
                new Page(
                        "performance_30d",
                        "Ad Performance, 30 days",
                        base + "/performance?period=30",
                        List.of(name, AN_AD)),
                new Page(
                        "performance_90d",
                        "Ad Performance, 90 days",
                        base + "/performance?period=90",
                        List.of(name, AN_AD)),
                new Page("scorecards", "Scorecards", base + "/scorecards", List.of(name)),
                new Page(
                        "scorecard",
                        "one Scorecard",
                        base + "/scorecards/" + brand.scorecardId(),
                        List.of(name, AN_AD)),
                new Page("creatives", "Creatives", base + "/creatives", List.of(name, literal(brand.product()))),
                new Page("runs", "Runs", base + "/runs", List.of(name, literal("Bench scorecard"))),
                new Page("settings", "Settings", base + "/settings", List.of(name, literal(LargeBrand.AD_ACCOUNT))));
    }

    private static Map<String, String> consoleEnvironment(Map<Service, ServiceProcess> services) {
        return Map.of(
                "SCHEDULER_URL", services.get(Service.SCHEDULER).baseUrl(),
                "META_SYNC_URL", services.get(Service.META_SYNC).baseUrl(),
                "SCORECARD_URL", services.get(Service.SCORECARD).baseUrl(),
                "AD_CREATION_URL", services.get(Service.AD_CREATION).baseUrl(),
                // A slow service is to be measured, not cut off and shown as unavailable.
                "CONSOLE_API_TIMEOUT", "60s");
    }

    private static void requireShown(Page page, ConsoleVisitor.Response response, ServiceProcess console) {
        if (response.status() != 200) {
            throw new IllegalStateException(page.label() + " (" + page.path() + ") answered " + response.status()
                    + "; the console's log: " + console.log());
        }
        if (response.body().contains(UNAVAILABLE)) {
            throw new IllegalStateException(page.label() + " says a part is " + UNAVAILABLE);
        }
        for (Pattern expected : page.shows()) {
            if (!expected.matcher(response.body()).find()) {
                throw new IllegalStateException(page.label() + " does not show " + expected);
            }
        }
    }

    private Section section(LargeBrand large, List<Page> pages, Map<Page, long[]> nanos, Map<Page, Long> weights) {
        Section section = new Section(
                "console",
                "5. Console pages: a brand with " + String.format(Locale.ROOT, "%,d", large.rows())
                        + " performance rows, server time over HTTP on localhost");
        for (Page page : pages) {
            long[] sorted = nanos.get(page).clone();
            Arrays.sort(sorted);
            double p50 = Percentiles.nearestRank(sorted, 50) / 1e6;
            double p95 = Percentiles.nearestRank(sorted, 95) / 1e6;
            double kb = weights.get(page) / 1024.0;
            section.add(Figure.of(page.key() + ".p50_ms", page.label() + ": server time p50", "ms", List.of(p50)));
            section.add(Figure.of(page.key() + ".p95_ms", page.label() + ": server time p95", "ms", List.of(p95)));
            section.add(Figure.of(
                    page.key() + ".weight_kb", page.label() + ": with its scripts and styles", "KB", List.of(kb)));
            section.check(
                    "Console " + page.label() + ": server time p95",
                    "≤ 250 ms",
                    String.format(Locale.ROOT, "%.0f ms", p95),
                    p95 <= SERVER_TIME_TARGET_MS);
            section.check(
                    "Console " + page.label() + ": page with scripts and styles",
                    "≤ 300 KB",
                    String.format(Locale.ROOT, "%.0f KB", kb),
                    kb <= WEIGHT_TARGET_KB);
        }
        section.note("A signed-in operator's requests, one at a time on one keep-alive connection (gzip accepted, as "
                + "a browser sends): " + sizes.consoleRequests() + " per page after " + sizes.consoleWarmUps()
                + " unmeasured visits of every page, in rounds that visit every page once. A page counts only when "
                + "it answered 200 with its data and no part unavailable; the console's API timeout is raised so "
                + "that a slow service is measured rather than cut off. The brand has "
                + String.format(Locale.ROOT, "%,d", large.rows()) + " rows over " + large.days() + " days among "
                + String.format(Locale.ROOT, "%,d", large.totalRows()) + "; its scorecards cover "
                + ConsoleBrand.SCORECARD_DAYS_BACK + " days.");
        section.note("Weight: the bodies of the HTML and of every script and stylesheet it references, as sent "
                + "(compressed where the server compresses), on a first visit with nothing cached; headers and "
                + "images are not counted. 1 KB = 1,024 bytes.");
        return section;
    }

    private static Pattern literal(String text) {
        return Pattern.compile(Pattern.quote(text));
    }
}
