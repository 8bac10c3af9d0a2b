package com.viraltracker.observability;

/**
 * What running one query gave: how many series (PromQL) or rows (SQL), or the error.
 */
public record QueryOutcome(PanelQuery query, int results, String error) {

    /** A query passes when it ran and returned at least one series or row. */
    public boolean passed() {
        return error == null && results > 0;
    }

    public String describe() {
        String what = query.language() == QueryLanguage.SQL ? "row(s)" : "series";
        String verdict = error != null ? "ERROR " + error : results + " " + what;
        return (passed() ? "ok    " : "FAIL  ") + query.source() + ": " + verdict
                + (passed() ? "" : "\n        " + query.runnable().replaceAll("\\s+", " "));
    }
}
