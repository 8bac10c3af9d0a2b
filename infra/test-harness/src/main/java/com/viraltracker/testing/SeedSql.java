package com.viraltracker.testing;

import java.util.UUID;

/**
 * The seed's two SQL snippets exactly as the checkpoint shows them, character for character, so that tests prove
 * what a user pastes works; only the brand placeholder is filled in.
 */
public final class SeedSql {
    private static final String BRAND_PLACEHOLDER = "your-brand-uuid";

    private static final String DAILY_SYNC = """
            INSERT INTO scheduled_jobs (
                brand_id, name, job_type, schedule_type,
                cron_expression, next_run_at, parameters
            ) VALUES (
                'your-brand-uuid',
                'Daily Meta Ads Sync',
                'meta_sync',
                'recurring',
                '0 6 * * *',  -- 6 AM daily
                NOW() + INTERVAL '1 day',
                '{"days_back": 7}'::jsonb
            );""";

    private static final String WEEKLY_SCORECARD = """
            INSERT INTO scheduled_jobs (
                brand_id, name, job_type, schedule_type,
                cron_expression, next_run_at, parameters
            ) VALUES (
                'your-brand-uuid',
                'Weekly Performance Scorecard',
                'scorecard',
                'recurring',
                '0 9 * * 1',  -- Mondays 9 AM
                NOW() + INTERVAL '7 days',
                '{"days_back": 7, "min_spend": 10.0, "export_email": "you@example.com"}'::jsonb
            );""";

    private SeedSql() {}

    /** The daily Meta sync at 6 AM over 7 days, for {@code brand}. */
    public static String dailySync(UUID brand) {
        return DAILY_SYNC.replace(BRAND_PLACEHOLDER, brand.toString());
    }

    /** The weekly scorecard on Mondays at 9 AM, e-mailed to you@example.com, for {@code brand}. */
    public static String weeklyScorecard(UUID brand) {
        return WEEKLY_SCORECARD.replace(BRAND_PLACEHOLDER, brand.toString());
    }
}
