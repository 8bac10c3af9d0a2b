package com.viraltracker.scorecard.store;

import com.viraltracker.events.serde.SnakeCase;
import java.util.List;

/** One page of a brand's scorecards, newest period first. */
@SnakeCase
public record ScorecardPage(List<ScorecardHeadline> items, int page, int size, long totalItems) {}
