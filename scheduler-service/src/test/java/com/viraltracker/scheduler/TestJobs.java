package com.viraltracker.scheduler;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Schedule bodies as the jobs API takes them, starting from the seed's daily Meta sync. */
public final class TestJobs {
    private TestJobs() {}

    /**
     * A brand's daily Meta sync at 6 AM over the last 7 days, with fields added or replaced as name, value, name,
     * value, … (such as {@code "timezone", "UTC"}).
     */
    public static Map<String, Object> dailyMetaSync(UUID brand, Object... fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("brand_id", brand);
        body.put("name", "Daily Meta Ads Sync");
        body.put("job_type", "meta_sync");
        body.put("cron_expression", "0 6 * * *");
        body.put("parameters", Map.of("days_back", 7));
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return body;
    }
}
