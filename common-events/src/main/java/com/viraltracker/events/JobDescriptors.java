package com.viraltracker.events;

import com.viraltracker.events.parameters.AdCreationParameters;
import com.viraltracker.events.parameters.MetaSyncParameters;
import com.viraltracker.events.parameters.ScorecardParameters;
import com.viraltracker.events.request.AdCreationRequested;
import com.viraltracker.events.request.MetaSyncRequested;
import com.viraltracker.events.request.ScorecardRequested;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The one registry of job types: one entry each. A new job type is a {@link JobType} constant, its parameters
 * and request records, one entry here and its worker; nothing else names job types one by one.
 */
public final class JobDescriptors {
    /** A first attempt and two retries: enough to ride out an outage of minutes, few enough to surface a lasting one. */
    private static final int DEFAULT_MAX_ATTEMPTS = 3;

    public static final JobDescriptor<AdCreationParameters, AdCreationRequested> AD_CREATION = new JobDescriptor<>(
            JobType.AD_CREATION,
            AdCreationParameters.class,
            AdCreationRequested.class,
            AdCreationRequested::new,
            Duration.ofMinutes(20),
            DEFAULT_MAX_ATTEMPTS);

    public static final JobDescriptor<MetaSyncParameters, MetaSyncRequested> META_SYNC = new JobDescriptor<>(
            JobType.META_SYNC,
            MetaSyncParameters.class,
            MetaSyncRequested.class,
            MetaSyncRequested::new,
            Duration.ofMinutes(30),
            DEFAULT_MAX_ATTEMPTS);

    public static final JobDescriptor<ScorecardParameters, ScorecardRequested> SCORECARD = new JobDescriptor<>(
            JobType.SCORECARD,
            ScorecardParameters.class,
            ScorecardRequested.class,
            ScorecardRequested::new,
            Duration.ofMinutes(15),
            DEFAULT_MAX_ATTEMPTS);

    private static final Map<JobType, JobDescriptor<?, ?>> BY_TYPE = index(AD_CREATION, META_SYNC, SCORECARD);

    private JobDescriptors() {}

    /** The entry of a job type; every job type has one (checked when this class loads). */
    public static JobDescriptor<?, ?> of(JobType type) {
        return BY_TYPE.get(type);
    }

    /** Every entry, in {@link JobType} order. */
    public static Collection<JobDescriptor<?, ?>> all() {
        return BY_TYPE.values();
    }

    // Failing here, when the class loads, turns a job type without an entry into an error at start-up
    // instead of a null in the middle of a dispatch.
    private static Map<JobType, JobDescriptor<?, ?>> index(JobDescriptor<?, ?>... entries) {
        Map<JobType, JobDescriptor<?, ?>> byType = new EnumMap<>(JobType.class);
        for (JobDescriptor<?, ?> entry : entries) {
            if (byType.put(entry.type(), entry) != null) {
                throw new IllegalStateException("job type " + entry.type() + " has two entries");
            }
        }
        for (JobType type : JobType.values()) {
            if (!byType.containsKey(type)) {
                throw new IllegalStateException("job type " + type + " has no entry in JobDescriptors");
            }
        }
        return Collections.unmodifiableMap(byType);
    }
}
