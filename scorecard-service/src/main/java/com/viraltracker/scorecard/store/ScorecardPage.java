package com.viraltracker.scorecard.store;

import com.viraltracker.events.serde.SnakeCase;
import com.viraltracker.scorecard.scoring.Scorecard;
import java.util.List;

/** One page of a brand's scorecards, newest period first, each without its ads (GET the scorecard for them). */
@SnakeCase
public record ScorecardPage(List<Scorecard> items, int page, int size, long totalItems) {}
