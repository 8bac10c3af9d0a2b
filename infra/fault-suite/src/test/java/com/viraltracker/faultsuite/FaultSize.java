package com.viraltracker.faultsuite;

/**
 * How big each scenario is, chosen with {@code -Dfault.size=ci|full}: {@code ci} keeps {@code ./mvnw -B verify}
 * within a few minutes on two cores; {@code full} is the size the promises are reported at.
 *
 * @param name            ci or full
 * @param crashRuns       runs flowing through the services while they are killed (scenario 1)
 * @param crashWindow     how long those runs keep falling due
 * @param crashServicesTogether kill the four services at once (ci, to save time) rather than one by one
 * @param dueJobs         due jobs the two schedulers share (scenario 2)
 * @param databaseRuns    runs flowing while connections are cut and PostgreSQL restarts (scenario 3)
 * @param fuzzCases       generated requests per endpoint (scenario 6)
 * @param scaleOutRuns    runs flowing through three instances of each worker and two schedulers (scenario 7)
 * @param scaleOutWindow  how long those runs keep falling due
 */
public record FaultSize(
        String name,
        int crashRuns,
        java.time.Duration crashWindow,
        boolean crashServicesTogether,
        int dueJobs,
        int databaseRuns,
        int fuzzCases,
        int scaleOutRuns,
        java.time.Duration scaleOutWindow) {
    public static final FaultSize CI = new FaultSize(
            "ci", 120, java.time.Duration.ofSeconds(90), true, 2_000, 45, 8, 360, java.time.Duration.ofSeconds(90));
    public static final FaultSize FULL = new FaultSize(
            "full",
            10_000,
            java.time.Duration.ofSeconds(600),
            false,
            100_000,
            1_000,
            60,
            10_000,
            java.time.Duration.ofSeconds(600));

    public static FaultSize fromSystemProperty() {
        String size = System.getProperty("fault.size", "ci");
        return switch (size) {
            case "ci" -> CI;
            case "full" -> FULL;
            default -> throw new IllegalArgumentException("fault.size must be ci or full, not " + size);
        };
    }
}
