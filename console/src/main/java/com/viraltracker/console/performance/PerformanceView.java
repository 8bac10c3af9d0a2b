package com.viraltracker.console.performance;

import com.viraltracker.console.api.AdAccount;
import com.viraltracker.console.api.Section;
import com.viraltracker.console.schedule.SyncPanelView;
import com.viraltracker.console.web.BrandHeader;
import java.util.List;

/**
 * The Ad Performance page: the brand, its accounts, the period, one part per currency, and the sync panel.
 *
 * @param accounts   the linked ad accounts (the page points to Settings when there are none)
 * @param currencies the currencies' parts; unavailable when meta-sync-service is
 * @param panel      the "Automated Sync Schedule" panel; null when there is no account to sync
 */
public record PerformanceView(
        BrandHeader brand,
        Section<List<AdAccount>> accounts,
        Period period,
        AdSort sort,
        Section<List<CurrencyView>> currencies,
        SyncPanelView panel) {
    static final int MAX_ADS = 200;

    public boolean hasAccounts() {
        return accounts.available()
                && accounts.value() != null
                && !accounts.value().isEmpty();
    }

    /** The first account's zone, in which "today" and the period's days are counted. */
    public String zone() {
        return hasAccounts() ? accounts.value().get(0).timeZone() : "UTC";
    }

    public AdSort.Column[] columns() {
        return AdSort.Column.values();
    }
}
