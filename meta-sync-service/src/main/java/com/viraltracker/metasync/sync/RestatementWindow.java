package com.viraltracker.metasync.sync;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long Meta may still revise a day ({@code viraltracker.meta.restatement-window-days}, env
 * {@code META_RESTATEMENT_WINDOW_DAYS}): Meta attributes conversions to a day for up to 28 days after it, so a day
 * synced younger than that is synced again, by every sync of its account, until a sync reads it at that age. 0
 * turns re-reading off (a sync reads its {@code days_back} days only).
 *
 * @param restatementWindowDays the age in days at which a day's numbers are final
 */
@Validated
@ConfigurationProperties("viraltracker.meta")
public record RestatementWindow(@Min(0) @Max(28) int restatementWindowDays) {}
