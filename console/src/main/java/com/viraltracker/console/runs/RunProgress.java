package com.viraltracker.console.runs;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How far a long run got, as its worker last reported it ({@code chunks_done}, {@code chunks_total},
 * {@code days_stored} of a backfill), in words — "3 of 13 chunks · 270 days stored" — and as a bar when the total
 * is known. Figures that are missing or not whole numbers of at least zero are left out.
 *
 * @param chunksDone  null when not reported
 * @param chunksTotal null when not reported, or zero
 * @param daysStored  null when not reported
 */
public record RunProgress(Long chunksDone, Long chunksTotal, Long daysStored) {

    /** @return the progress, or null when the report holds none of the figures this page shows */
    public static RunProgress of(Map<String, Object> reported) {
        if (reported == null) {
            return null;
        }
        Long total = count(reported.get("chunks_total"));
        RunProgress progress = new RunProgress(
                count(reported.get("chunks_done")),
                total == null || total == 0 ? null : total,
                count(reported.get("days_stored")));
        return progress.chunksDone == null && progress.daysStored == null ? null : progress;
    }

    public String text() {
        List<String> parts = new ArrayList<>();
        if (chunksDone != null) {
            parts.add(
                    chunksTotal == null
                            ? plural(chunksDone, "chunk") + " done"
                            : number(chunksDone) + " of " + plural(chunksTotal, "chunk"));
        }
        if (daysStored != null) {
            parts.add(plural(daysStored, "day") + " stored");
        }
        return String.join(" · ", parts);
    }

    /** Whether a bar can be drawn: the chunks done and their total are known. */
    public boolean measurable() {
        return chunksDone != null && chunksTotal != null;
    }

    /** The chunks done for the bar, never beyond the total. */
    public long barValue() {
        return measurable() ? Math.min(chunksDone, chunksTotal) : 0;
    }

    private static Long count(Object value) {
        if (value instanceof Number number) {
            double figure = number.doubleValue();
            if (figure >= 0 && figure == Math.rint(figure) && figure <= Long.MAX_VALUE) {
                return number.longValue();
            }
        }
        return null;
    }

    private static String plural(long value, String noun) {
        return number(value) + " " + (value == 1 ? noun : noun + "s");
    }

    private static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.US).format(value);
    }
}
