package com.viraltracker.support.worker;

import com.viraltracker.events.JobType;
import com.viraltracker.events.request.MetaSyncRequested;
import com.viraltracker.events.result.ErrorCategory;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A worker whose handler does what each brand id asks of it, to exercise the scaffolding around it. */
@SpringBootApplication
public class ScaffoldingTestApplication {
    static final UUID FAILS_AUTH = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    static final UUID THROWS_BUG = UUID.fromString("00000000-0000-0000-0000-00000000b002");
    /** The database connection is cut under the first two tries of each run. */
    static final UUID LOSES_DATABASE_TWICE = UUID.fromString("00000000-0000-0000-0000-00000000c003");

    @Bean
    RecordingHandler recordingHandler() {
        return new RecordingHandler();
    }

    static class RecordingHandler implements JobHandler<MetaSyncRequested> {
        final Map<UUID, AtomicInteger> calls = new ConcurrentHashMap<>();

        @Override
        public JobType jobType() {
            return JobType.META_SYNC;
        }

        @Override
        public Map<String, Object> handle(MetaSyncRequested request) {
            int call = calls.computeIfAbsent(request.runId(), id -> new AtomicInteger())
                    .incrementAndGet();
            if (request.brandId().equals(LOSES_DATABASE_TWICE) && call <= 2) {
                throw new org.springframework.dao.DataAccessResourceFailureException("connection terminated");
            }
            if (request.brandId().equals(FAILS_AUTH)) {
                throw new JobFailedException(ErrorCategory.AUTH, "token expired; reconnect the ad account");
            }
            if (request.brandId().equals(THROWS_BUG)) {
                throw new IllegalStateException("a bug");
            }
            return Map.of("days", request.parameters().daysBack());
        }

        int callsFor(UUID runId) {
            AtomicInteger count = calls.get(runId);
            return count == null ? 0 : count.get();
        }
    }
}
