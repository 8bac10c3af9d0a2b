package com.viraltracker.metasync.sync;

import com.viraltracker.events.request.JobRequested;
import com.viraltracker.support.worker.RunProgress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far a run got over all its accounts: chunks finished of all planned (those an earlier attempt finished
 * included) and the account-days they stored. Reported after each chunk of a run of more than one chunk; a daily
 * sync (one chunk an account, usually) reports nothing but its result.
 */
final class BackfillProgress {
    static final String CHUNKS_DONE = "chunks_done";
    static final String CHUNKS_TOTAL = "chunks_total";
    static final String DAYS_STORED = "days_stored";

    private final RunProgress progress;
    private final JobRequested request;
    private final int total;
    private int done;
    private int daysStored;

    BackfillProgress(RunProgress progress, JobRequested request, List<AccountSync.Plan> plans) {
        this.progress = progress;
        this.request = request;
        this.total = plans.stream().mapToInt(plan -> plan.chunks().total()).sum();
        this.done = plans.stream().mapToInt(plan -> plan.chunks().finished()).sum();
        this.daysStored =
                plans.stream().mapToInt(plan -> plan.chunks().finishedDays()).sum();
    }

    void chunkFinished(Chunk chunk) {
        Map<String, Object> figures;
        synchronized (this) {
            done++;
            daysStored += chunk.days();
            figures = figures();
        }
        if (total > 1) {
            progress.report(request, figures);
        }
    }

    synchronized Map<String, Object> figures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put(CHUNKS_DONE, done);
        figures.put(CHUNKS_TOTAL, total);
        figures.put(DAYS_STORED, daysStored);
        return figures;
    }
}
