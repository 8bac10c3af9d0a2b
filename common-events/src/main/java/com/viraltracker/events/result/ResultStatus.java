package com.viraltracker.events.result;

/** What a worker reports about a run. */
public enum ResultStatus {
    STARTED,
    SUCCEEDED,
    FAILED;

    public boolean isTerminal() {
        return this != STARTED;
    }
}
