package com.viraltracker.events.result;

/** What a worker reports about a run. */
public enum ResultStatus {
    STARTED,
    /** A long run is still going and says how far it got (its summary); sent between STARTED and the end. */
    PROGRESS,
    SUCCEEDED,
    FAILED;

    public boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED;
    }
}
