package com.viraltracker.scorecard.performance;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Everything one currency's accounts spent and earned in their periods; money is never added across currencies.
 *
 * @param adAccountIds the accounts whose rows were summed, sorted
 */
public record CurrencyTotals(
        String currency, BigDecimal spend, BigDecimal revenue, long purchases, List<String> adAccountIds) {

    public CurrencyTotals {
        adAccountIds = List.copyOf(adAccountIds);
    }

    public static CurrencyTotals none(String currency) {
        return new CurrencyTotals(currency, BigDecimal.ZERO, BigDecimal.ZERO, 0, List.of());
    }

    /**
     * Each currency's totals of the given ads, by currency. The ads' own totals add up to exactly what summing
     * their rows by currency gives, so a period that was summed by ad is not read a second time.
     */
    public static List<CurrencyTotals> ofAds(Collection<AdTotals> ads) {
        return summing(ads.stream()
                .map(ad -> new AccountTotals(ad.currency(), ad.adAccountId(), ad.spend(), ad.revenue(), ad.purchases()))
                .toList());
    }

    /** Each currency's totals of the given parts, by currency. */
    public static List<CurrencyTotals> summing(Collection<AccountTotals> parts) {
        Map<String, List<AccountTotals>> byCurrency = parts.stream()
                .collect(Collectors.groupingBy(AccountTotals::currency, TreeMap::new, Collectors.toList()));
        return byCurrency.entrySet().stream()
                .map(currency -> new CurrencyTotals(
                        currency.getKey(),
                        currency.getValue().stream().map(AccountTotals::spend).reduce(BigDecimal.ZERO, BigDecimal::add),
                        currency.getValue().stream()
                                .map(AccountTotals::revenue)
                                .reduce(BigDecimal.ZERO, BigDecimal::add),
                        currency.getValue().stream()
                                .mapToLong(AccountTotals::purchases)
                                .sum(),
                        List.copyOf(currency.getValue().stream()
                                .map(AccountTotals::adAccountId)
                                .collect(Collectors.toCollection(TreeSet::new)))))
                .toList();
    }
}
