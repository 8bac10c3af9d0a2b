package com.viraltracker.benchmarks.env;

/** The four services and the console, by the name of their executable jar. */
public enum Service {
    SCHEDULER("scheduler-service"),
    META_SYNC("meta-sync-service"),
    SCORECARD("scorecard-service"),
    AD_CREATION("ad-creation-service"),
    CONSOLE("console");

    private final String jarName;

    Service(String jarName) {
        this.jarName = jarName;
    }

    public String jarName() {
        return jarName;
    }
}
