package com.viraltracker.scorecard.job;

import java.util.Locale;

/**
 * The parts of generating a scorecard, each timed apart ({@code viraltracker.scorecard.generation} by
 * {@code phase}), so that a slow scorecard shows which part was slow.
 */
public enum GenerationPhase {
    /** Whether the run already has its scorecard (a redelivered run). */
    EXISTING,
    /** The linked accounts, their time zones and so each account's days. */
    PERIODS,
    /** Each ad's totals over the period, with its names: the aggregate of the brand's rows. */
    CURRENT_PERIOD,
    /** Each currency's totals over the period compared with. */
    PREVIOUS_PERIOD,
    /** Classifying and ranking the ads, summing the sections. */
    SCORING,
    /** Writing the scorecard, its ads as one json document. */
    STORING;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
