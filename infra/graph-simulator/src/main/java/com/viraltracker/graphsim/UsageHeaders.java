package com.viraltracker.graphsim;

import java.util.Locale;
import java.util.Map;

/**
 * The four usage headers Meta sends with every answer. They all report the account's utilisation, which
 * climbs with the number of calls (see {@link SimulatorConfig#usagePercentPerCall()}).
 */
final class UsageHeaders {
    static final String BUSINESS_USE_CASE = "x-business-use-case-usage";
    static final String APP = "x-app-usage";
    static final String AD_ACCOUNT = "x-ad-account-usage";
    static final String INSIGHTS_THROTTLE = "x-fb-ads-insights-throttle";

    private UsageHeaders() {}

    static Map<String, String> of(String accountId, double percent) {
        String p = String.format(Locale.ROOT, "%.2f", percent);
        int whole = (int) Math.round(percent);
        return Map.of(
                BUSINESS_USE_CASE,
                        "{\"" + accountId + "\":[{\"type\":\"ads_insights\",\"call_count\":" + whole
                                + ",\"total_cputime\":" + whole / 2 + ",\"total_time\":" + whole / 2
                                + ",\"estimated_time_to_regain_access\":" + (percent >= 100 ? 5 : 0)
                                + ",\"ads_api_access_tier\":\"standard_access\"}]}",
                APP,
                        "{\"call_count\":" + whole + ",\"total_cputime\":" + whole / 2 + ",\"total_time\":" + whole / 2
                                + "}",
                AD_ACCOUNT,
                        "{\"acc_id_util_pct\":" + p + ",\"reset_time_duration\":" + (percent >= 100 ? 300 : 0)
                                + ",\"ads_api_access_tier\":\"standard_access\"}",
                INSIGHTS_THROTTLE,
                        "{\"app_id_util_pct\":" + p + ",\"acc_id_util_pct\":" + p
                                + ",\"ads_api_access_tier\":\"standard_access\"}");
    }
}
