package com.viraltracker.metasync.performance;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.viraltracker.events.serde.SnakeCase;

/**
 * One day, ad or campaign of a currency. {@code key} is the ISO date, the ad id or the campaign id; {@code name}
 * the ad's or campaign's name on the last day it has rows in the period (none for a day); {@code campaign_id} and
 * {@code campaign_name} the ad's campaign (for a campaign, the campaign itself).
 */
@SnakeCase
public record PerformanceLine(
        String key,
        String name,
        String campaignId,
        String campaignName,
        @JsonUnwrapped Metrics metrics) {}
