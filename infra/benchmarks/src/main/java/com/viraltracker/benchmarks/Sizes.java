package com.viraltracker.benchmarks;

/**
 * How big each scenario is. {@link #full()} is the size the targets are stated for; {@link #smoke()} runs every
 * code path with tiny sizes (the module's test): 2.5 minutes on 2 idle cores, 5 on busy ones, nearly all of it
 * starting the services and training their class data sharing archives once per build, not the scenarios' work.
 *
 * @param rounds             measured rounds of each throughput figure (the median is reported)
 * @param dispatchJobs       one-time jobs all due at once (ours, db-scheduler, the SQL ceiling)
 * @param dbSchedulerSweepJobs jobs of each point of db-scheduler's sweep (threads × linger, one round each); its
 *                           best point is then measured like the others, with {@code dispatchJobs} and
 *                           {@code rounds}
 * @param latenessSeconds    how long occurrences keep becoming due
 * @param latenessPerSecond  how many occurrences become due each second
 * @param latenessRounds     lateness runs at each rate (percentiles per round, medians reported, each round listed)
 * @param latenessHighPerSecond the second, higher rate
 * @param ingestAds          ads of the synced account
 * @param ingestDays         days synced (rows = ads × days)
 * @param scorecardAds       ads of the large brand
 * @param scorecardDays      days of data of every brand, also the scorecard's days_back
 * @param otherBrands        brands besides the large one, each with {@code otherBrandAds} ads
 * @param otherBrandAds      ads of each other brand
 * @param consoleWarmUps     unmeasured visits of every console page before the measured ones
 * @param consoleRequests    measured requests of each console page (its p50 and p95 are reported)
 * @param startRounds        starts of each service for the start-time figure
 * @param parallelStarts     start the services that no scenario depends on at once (smoke only: it distorts
 *                           start times)
 */
public record Sizes(
        int rounds,
        int dispatchJobs,
        int dbSchedulerSweepJobs,
        int latenessSeconds,
        int latenessPerSecond,
        int latenessRounds,
        int latenessHighPerSecond,
        int ingestAds,
        int ingestDays,
        int scorecardAds,
        int scorecardDays,
        int otherBrands,
        int otherBrandAds,
        int consoleWarmUps,
        int consoleRequests,
        int startRounds,
        boolean parallelStarts) {

    public static Sizes full() {
        return new Sizes(3, 100_000, 20_000, 60, 1_000, 3, 5_000, 1_000, 90, 4_000, 250, 90, 400, 5, 50, 3, false);
    }

    public static Sizes smoke() {
        return new Sizes(1, 300, 100, 2, 50, 1, 200, 10, 5, 20, 10, 3, 5, 1, 3, 1, true);
    }

    /** Any size overridden by a system property {@code bench.<name>} ({@code -Dbench.dispatchJobs=20000}). */
    public Sizes withOverrides() throws ReflectiveOperationException {
        var components = Sizes.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            String override = System.getProperty("bench." + components[i].getName());
            values[i] = override == null
                    ? components[i].getAccessor().invoke(this)
                    : types[i] == boolean.class
                            ? (Object) Boolean.parseBoolean(override)
                            : (Object) Integer.parseInt(override);
        }
        return Sizes.class.getDeclaredConstructor(types).newInstance(values);
    }

    public long ingestRows() {
        return (long) ingestAds * ingestDays;
    }

    public long scorecardBrandRows() {
        return (long) scorecardAds * scorecardDays;
    }

    public long scorecardTotalRows() {
        return scorecardBrandRows() + (long) otherBrands * otherBrandAds * scorecardDays;
    }
}
