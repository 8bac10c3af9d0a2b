package com.viraltracker.metasync.sync;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which chunks of one account's range a run still has to read: the days no finished chunk of the run covers, cut
 * into chunks of at most {@code chunkDays}, newest first (the days a brand looks at first are stored first).
 * Pure: the finished chunks come from the database, the range from the clock, and a later attempt that finds some
 * chunks finished plans only the rest, whatever size the earlier attempt cut them to.
 *
 * @param pending      the chunks still to read, newest first
 * @param finished     how many finished chunks of the run lie inside the range
 * @param finishedDays how many of the range's days those chunks cover
 */
public record ChunkPlan(List<Chunk> pending, int finished, int finishedDays) {

    public static ChunkPlan of(SyncRange range, int chunkDays, List<Chunk> finishedChunks) {
        if (chunkDays < 1) {
            throw new IllegalArgumentException("chunks are at least a day long");
        }
        Chunk whole = new Chunk(range.since(), range.until());
        List<Chunk> inRange = finishedChunks.stream()
                .filter(chunk ->
                        !chunk.since().isBefore(whole.since()) && !chunk.until().isAfter(whole.until()))
                .toList();
        List<Chunk> pending = new ArrayList<>();
        int finishedDays = 0;
        LocalDate gapEnd = null;
        for (LocalDate day = whole.until(); !day.isBefore(whole.since()); day = day.minusDays(1)) {
            LocalDate current = day;
            boolean done = inRange.stream().anyMatch(chunk -> chunk.contains(current));
            if (done) {
                finishedDays++;
                if (gapEnd != null) {
                    pending.addAll(cut(new Chunk(day.plusDays(1), gapEnd), chunkDays));
                    gapEnd = null;
                }
            } else if (gapEnd == null) {
                gapEnd = day;
            }
        }
        if (gapEnd != null) {
            pending.addAll(cut(new Chunk(whole.since(), gapEnd), chunkDays));
        }
        return new ChunkPlan(List.copyOf(pending), inRange.size(), finishedDays);
    }

    public int total() {
        return finished + pending.size();
    }

    /** A gap of unread days as chunks of at most {@code chunkDays}, newest first. */
    private static List<Chunk> cut(Chunk gap, int chunkDays) {
        List<Chunk> chunks = new ArrayList<>();
        for (LocalDate until = gap.until(); !until.isBefore(gap.since()); until = until.minusDays(chunkDays)) {
            LocalDate since = until.minusDays(chunkDays - 1L);
            chunks.add(new Chunk(since.isBefore(gap.since()) ? gap.since() : since, until));
        }
        return chunks;
    }
}
