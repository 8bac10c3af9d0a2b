package com.viraltracker.benchmarks.env;

import java.util.List;

/** The four services and the console, by the name of their executable jar. */
public enum Service {
    // ./stack's SCHEDULER_JAVA_OPTS: room in the tenured generation for the scheduler's live data, so that its first
    // full collection does not stop dispatching within its first minutes of work.
    SCHEDULER("scheduler-service", "-Xms96m"),
    META_SYNC("meta-sync-service"),
    SCORECARD("scorecard-service"),
    AD_CREATION("ad-creation-service"),
    CONSOLE("console");

    private final String jarName;
    private final List<String> ownJavaOptions;

    Service(String jarName, String... ownJavaOptions) {
        this.jarName = jarName;
        this.ownJavaOptions = List.of(ownJavaOptions);
    }

    /** JVM options ./stack gives this service besides every service's (SERVICE_JAVA_OPTS). */
    public List<String> ownJavaOptions() {
        return ownJavaOptions;
    }

    public String jarName() {
        return jarName;
    }
}
