package com.viraltracker.console.performance;

/**
 * One KPI: its value this period and the change against the previous one.
 *
 * @param trend {@code good}, {@code bad} or {@code neutral}: how the change reads for a marketer (a higher CPA is
 *              bad, more spend is neither)
 */
public record KpiTile(String label, String value, String change, String trend, String previous) {}
