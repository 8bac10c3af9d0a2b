package com.viraltracker.observability;

/** What a query is written in, and so where it is run. */
public enum QueryLanguage {
    PROMQL,
    SQL
}
