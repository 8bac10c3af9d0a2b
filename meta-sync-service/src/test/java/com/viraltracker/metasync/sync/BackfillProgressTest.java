package com.viraltracker.metasync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.parameters.MetaSyncParameters;
import com.viraltracker.events.request.JobRequested;
import com.viraltracker.events.request.MetaSyncRequested;
import com.viraltracker.support.worker.RunProgress;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Progress of chunks read at the same time. The scheduler keeps a run's newest report, so a report with fewer chunks
 * done must never be sent after one with more (BackfillRestartEndToEndTest once saw a succeeded run of 111 chunks
 * show 110 as its last progress).
 */
class BackfillProgressTest {

    @Test
    void reports_of_two_chunks_finishing_together_are_sent_in_the_order_of_their_figures() throws Exception {
        LocalDate today = LocalDate.of(2026, 12, 7);
        List<Chunk> chunks = List.of(new Chunk(today, today), new Chunk(today.minusDays(1), today.minusDays(1)));
        CountDownLatch firstReportSending = new CountDownLatch(1);
        List<Object> sent = new CopyOnWriteArrayList<>();
        // The broker takes its time to acknowledge the first report; the second chunk finishes meanwhile.
        RunProgress slowFirstAcknowledgement = new RunProgress(null, Clock.systemUTC(), "meta-sync-service") {
            @Override
            public void report(JobRequested request, Map<String, Object> progress) {
                if (firstReportSending.getCount() == 1) {
                    firstReportSending.countDown();
                    pause(300);
                }
                sent.add(progress.get(BackfillProgress.CHUNKS_DONE));
            }
        };
        MetaSyncRequested request = new MetaSyncRequested(
                UUID.randomUUID(), null, UUID.randomUUID(), Instant.now(), 1, new MetaSyncParameters(2));
        BackfillProgress progress = new BackfillProgress(
                slowFirstAcknowledgement,
                request,
                List.of(new AccountSync.Plan(null, null, new ChunkPlan(chunks, 0, 0))));

        Thread first = new Thread(() -> progress.chunkFinished(chunks.get(0)));
        first.start();
        firstReportSending.await();
        Thread second = new Thread(() -> progress.chunkFinished(chunks.get(1)));
        second.start();
        first.join(5_000);
        second.join(5_000);

        assertThat(sent).containsExactly(1, 2);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
