package com.viraltracker.observability;

import java.util.List;
import java.util.stream.Collectors;

/** Every query's outcome. */
public record CheckReport(List<QueryOutcome> outcomes) {

    public boolean passed() {
        return !outcomes.isEmpty() && outcomes.stream().allMatch(QueryOutcome::passed);
    }

    public List<QueryOutcome> failures() {
        return outcomes.stream().filter(outcome -> !outcome.passed()).toList();
    }

    public long count(QueryLanguage language) {
        return outcomes.stream()
                .filter(outcome -> outcome.query().language() == language)
                .count();
    }

    public String describe() {
        return outcomes.stream().map(QueryOutcome::describe).collect(Collectors.joining("\n"))
                + "\n" + (outcomes.size() - failures().size()) + " of " + outcomes.size() + " queries returned data ("
                + count(QueryLanguage.PROMQL) + " PromQL, " + count(QueryLanguage.SQL) + " SQL)";
    }
}
