package com.viraltracker.scorecard.period;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run's periods: for each ad account linked to the brand, the last {@code days} complete days in the
 * account's own time zone (and the equally long period before), and for rows of accounts that are no longer
 * linked, the same in the configured zone. At one instant "yesterday" differs between zones: 21:00 on Monday in
 * Los Angeles is already Tuesday in Sydney, so the Los Angeles account's week ends on Sunday and the Sydney
 * account's on Monday.
 */
public final class BrandPeriods {
    private static final Logger log = LoggerFactory.getLogger(BrandPeriods.class);

    private final Map<String, AccountPeriod> linked;
    private final ZoneId configuredZone;
    private final ReportPeriod configuredPeriod;

    private BrandPeriods(Map<String, AccountPeriod> linked, ZoneId configuredZone, ReportPeriod configuredPeriod) {
        this.linked = linked;
        this.configuredZone = configuredZone;
        this.configuredPeriod = configuredPeriod;
    }

    public static BrandPeriods endingYesterday(
            Instant asOf, int days, List<LinkedAccount> accounts, ZoneId configuredZone) {
        Map<String, AccountPeriod> linked = new TreeMap<>();
        for (LinkedAccount account : accounts) {
            ZoneId zone = zoneOf(account, configuredZone);
            ReportPeriod period = ReportPeriod.endingYesterday(asOf, zone, days);
            linked.put(
                    account.adAccountId(),
                    new AccountPeriod(account.adAccountId(), zone.getId(), true, period, period.previous()));
        }
        return new BrandPeriods(linked, configuredZone, ReportPeriod.endingYesterday(asOf, configuredZone, days));
    }

    /**
     * Meta reports IANA names, so an unknown one is a stored value the JDK cannot read (an older tz database): the
     * run still reports, on the configured zone, and says so in the account's period.
     */
    private static ZoneId zoneOf(LinkedAccount account, ZoneId configuredZone) {
        try {
            return ZoneId.of(account.timeZone());
        } catch (DateTimeException e) {
            log.warn(
                    "ad account {} has time zone '{}', which is not a known zone; using {} for its period",
                    account.adAccountId(),
                    account.timeZone(),
                    configuredZone.getId());
            return configuredZone;
        }
    }

    /** The period of an account's rows: its own when it is linked, else the configured zone's. */
    public AccountPeriod of(String adAccountId) {
        AccountPeriod own = linked.get(adAccountId);
        return own != null ? own : configured(adAccountId);
    }

    private AccountPeriod configured(String adAccountId) {
        return new AccountPeriod(
                adAccountId, configuredZone.getId(), false, configuredPeriod, configuredPeriod.previous());
    }

    /**
     * What a scorecard covers: every linked account and every other account that had rows. A brand with neither
     * covers the configured zone's period, so even an empty scorecard names the days it looked at.
     */
    public Coverage coverage(Collection<String> accountsWithRows) {
        var ids = new TreeSet<>(linked.keySet());
        ids.addAll(accountsWithRows);
        if (ids.isEmpty()) {
            return Coverage.of(List.of(configured(null)));
        }
        return Coverage.of(ids.stream().map(this::of).toList());
    }

    public DaysByAccount current() {
        return days(AccountPeriod::period);
    }

    public DaysByAccount previous() {
        return days(AccountPeriod::previousPeriod);
    }

    private DaysByAccount days(Function<AccountPeriod, ReportPeriod> which) {
        Map<String, ReportPeriod> byAccount = linked.values().stream()
                .collect(Collectors.toMap(AccountPeriod::adAccountId, which, (a, b) -> a, LinkedHashMap::new));
        ReportPeriod others = which.apply(configured(null));
        var starts = new TreeSet<>(
                byAccount.values().stream().map(ReportPeriod::start).toList());
        var ends =
                new TreeSet<>(byAccount.values().stream().map(ReportPeriod::end).toList());
        starts.add(others.start());
        ends.add(others.end());
        return new DaysByAccount(byAccount, others, new ReportPeriod(starts.first(), ends.last()));
    }
}
