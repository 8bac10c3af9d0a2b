package com.viraltracker.scorecard.scoring;

import com.viraltracker.events.parameters.ScorecardParameters;
import com.viraltracker.scorecard.performance.AdTotals;
import com.viraltracker.scorecard.performance.CurrencyTotals;
import com.viraltracker.scorecard.period.BrandPeriods;
import com.viraltracker.scorecard.period.Coverage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns a run's aggregates (each account's rows summed over its own period) into a summary and ranked lists, one
 * currency at a time, and says which days each section and the whole scorecard cover.
 */
public final class ScorecardBuilder {
    private static final Comparator<AdTotals> BY_AD_ID =
            Comparator.comparing(AdTotals::adAccountId).thenComparing(AdTotals::adId);
    private static final Comparator<AdTotals> BEST_ROAS_FIRST = Comparator.comparing(AdTotals::roas)
            .reversed()
            .thenComparing(Comparator.comparing(AdTotals::spend).reversed())
            .thenComparing(BY_AD_ID);
    // Where the money is being lost: the biggest spend first.
    private static final Comparator<AdTotals> BIGGEST_SPEND_FIRST = Comparator.comparing(AdTotals::spend)
            .reversed()
            .thenComparing(AdTotals::roas)
            .thenComparing(BY_AD_ID);

    private final ScorecardParameters parameters;
    private final RoasClassifier classifier;

    public ScorecardBuilder(ScorecardParameters parameters) {
        this.parameters = parameters;
        this.classifier = new RoasClassifier(parameters.topPerformerRoas(), parameters.needsAttentionRoas());
    }

    /** @param coverage what the whole scorecard covers: every linked account and every account with rows */
    public record Result(ScorecardSummary summary, List<ScoredAd> ads, Coverage coverage) {}

    /**
     * @param noDataMessage what the summary says when no account had rows, given the days the scorecard covers
     */
    public Result build(
            BrandPeriods periods,
            List<AdTotals> ads,
            List<CurrencyTotals> current,
            List<CurrencyTotals> previous,
            Function<Coverage, String> noDataMessage) {
        Map<String, CurrencyTotals> currentByCurrency = byCurrency(current);
        Map<String, CurrencyTotals> previousByCurrency = byCurrency(previous);
        var currencies = new TreeSet<>(currentByCurrency.keySet());
        currencies.addAll(previousByCurrency.keySet());
        Map<String, List<AdTotals>> adsByCurrency = ads.stream().collect(Collectors.groupingBy(AdTotals::currency));

        List<CurrencySummary> sections = new ArrayList<>();
        List<ScoredAd> scored = new ArrayList<>();
        for (String currency : currencies) {
            PeriodFigures now =
                    PeriodFigures.of(currentByCurrency.getOrDefault(currency, CurrencyTotals.none(currency)));
            PeriodFigures before =
                    PeriodFigures.of(previousByCurrency.getOrDefault(currency, CurrencyTotals.none(currency)));
            Coverage coverage = Coverage.of(accounts(currentByCurrency.get(currency), previousByCurrency.get(currency))
                    .map(periods::of)
                    .toList());
            sections.add(
                    section(currency, coverage, adsByCurrency.getOrDefault(currency, List.of()), now, before, scored));
        }
        Coverage coverage = periods.coverage(Stream.concat(current.stream(), previous.stream())
                .flatMap(totals -> totals.adAccountIds().stream())
                .collect(Collectors.toCollection(TreeSet::new)));
        boolean hasData = !ads.isEmpty();
        return new Result(
                new ScorecardSummary(
                        hasData,
                        hasData ? null : noDataMessage.apply(coverage),
                        sections.stream()
                                .mapToInt(CurrencySummary::adsEvaluated)
                                .sum(),
                        sections.stream().mapToInt(CurrencySummary::adsExcluded).sum(),
                        List.copyOf(sections)),
                List.copyOf(scored),
                coverage);
    }

    /** The accounts with rows of the currency in either period: a section compares them over both. */
    private static Stream<String> accounts(CurrencyTotals now, CurrencyTotals before) {
        return Stream.of(now, before)
                .filter(totals -> totals != null)
                .flatMap(totals -> totals.adAccountIds().stream())
                .distinct()
                .sorted();
    }

    private CurrencySummary section(
            String currency,
            Coverage coverage,
            List<AdTotals> ads,
            PeriodFigures now,
            PeriodFigures before,
            List<ScoredAd> scored) {
        Map<Category, List<AdTotals>> byCategory = new EnumMap<>(Category.class);
        int excluded = 0;
        BigDecimal excludedSpend = BigDecimal.ZERO;
        for (AdTotals ad : ads) {
            if (isEvaluated(ad)) {
                byCategory
                        .computeIfAbsent(classifier.classify(ad.spend(), ad.revenue()), c -> new ArrayList<>())
                        .add(ad);
            } else {
                excluded++;
                excludedSpend = excludedSpend.add(ad.spend());
            }
        }
        for (Category category : Category.values()) {
            List<AdTotals> members = new ArrayList<>(byCategory.getOrDefault(category, List.of()));
            members.sort(category == Category.NEEDS_ATTENTION ? BIGGEST_SPEND_FIRST : BEST_ROAS_FIRST);
            for (int i = 0; i < members.size(); i++) {
                scored.add(ScoredAd.of(members.get(i), category, i + 1));
            }
        }
        int evaluated = ads.size() - excluded;
        return new CurrencySummary(
                currency,
                coverage,
                now,
                before,
                PeriodChange.between(before, now),
                evaluated,
                excluded,
                excludedSpend,
                count(byCategory, Category.TOP_PERFORMER),
                count(byCategory, Category.NEEDS_ATTENTION),
                count(byCategory, Category.IN_BETWEEN));
    }

    /** Spend at {@code min_spend} counts; an ad that spent nothing has no ROAS to judge, whatever min_spend is. */
    private boolean isEvaluated(AdTotals ad) {
        return ad.spend().signum() > 0 && ad.spend().compareTo(parameters.minSpend()) >= 0;
    }

    private static int count(Map<Category, List<AdTotals>> byCategory, Category category) {
        return byCategory.getOrDefault(category, List.of()).size();
    }

    private static Map<String, CurrencyTotals> byCurrency(List<CurrencyTotals> totals) {
        return totals.stream()
                .collect(Collectors.toMap(CurrencyTotals::currency, Function.identity(), (a, b) -> a, TreeMap::new));
    }
}
