package com.viraltracker.metasync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.graphsim.AccountSpec;
import com.viraltracker.metasync.MetaSyncIntegrationTest;
import com.viraltracker.metasync.TestGraphSimulator;
import com.viraltracker.metasync.graph.CallStats;
import com.viraltracker.metasync.graph.GraphCalls;
import com.viraltracker.metasync.graph.GraphContexts;
import com.viraltracker.metasync.graph.GraphProperties;
import com.viraltracker.metasync.graph.InsightsReader;
import com.viraltracker.metasync.graph.InsightsRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Measures what reading a 37-month range costs per chunk size: Graph API calls, async report runs and wall time
 * (reads only, at the production page size and async threshold), and how many days a crash re-reads at most. The
 * figures are in the README's "Backfill" section. A measurement, not a check: run it with
 * {@code -Dmeasure.backfill=true}.
 */
@EnabledIfSystemProperty(named = "measure.backfill", matches = "true")
class BackfillChunkSizeTest extends MetaSyncIntegrationTest {
    private static final int DAYS = 1123;

    @Autowired
    GraphCalls calls;

    @Autowired
    GraphContexts contexts;

    @Autowired
    GraphProperties properties;

    @Test
    void graph_calls_and_wall_time_of_a_37_month_backfill_per_chunk_size() {
        InsightsReader reader = productionReader();
        System.out.printf("%6s %10s %8s %8s %10s %10s%n", "ads", "chunk days", "chunks", "calls", "async runs", "ms");
        for (int ads : new int[] {10, 100}) {
            String id = TestGraphSimulator.newAccountId();
            simulator.account(AccountSpec.of(id).withAds(10, 1, ads / 10).withHistoryDays(1200));
            simulator.usagePerCall(id, 0);
            LocalDate today = simulator.today(id);
            SyncRange range = new SyncRange(today.minusDays(DAYS - 1), today);
            for (int chunkDays : new int[] {7, 14, 31, 60, 90, 180, 365, DAYS}) {
                List<Chunk> chunks = ChunkPlan.of(range, chunkDays, List.of()).pending();
                long callsBefore = simulator.callCount(id);
                CallStats stats = new CallStats();
                long rows = 0;
                long started = System.nanoTime();
                for (Chunk chunk : chunks) {
                    rows += reader.read(
                            new InsightsRequest(
                                    contexts.forAccount(null), "act_" + id, chunk.since(), chunk.until(), stats),
                            page -> {});
                }
                long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
                System.out.printf(
                        "%6d %10d %8d %8d %10d %10d%n",
                        ads,
                        chunkDays,
                        chunks.size(),
                        simulator.callCount(id) - callsBefore,
                        stats.asyncReports(),
                        millis);
                assertThat(rows).isEqualTo((long) ads * DAYS);
            }
        }
    }

    private InsightsReader productionReader() {
        return ProductionReader.of(properties, calls);
    }
}
