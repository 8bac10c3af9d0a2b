package com.viraltracker.scheduler.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.Locale;
import org.springframework.scheduling.support.CronExpression;

/**
 * A cron expression evaluated in a time zone, with the seed's 5-field Unix syntax ({@code 0 6 * * *}) and the
 * macros ({@code @daily}). Parsing is Spring's {@link CronExpression}; what this class adds is the rule for
 * local times that do not exist or exist twice:
 * <ul>
 *   <li>spring forward: a time inside the gap runs at the first valid instant after it (the transition);</li>
 *   <li>fall back: a repeated local time runs once, at its first (earlier-offset) instant.</li>
 * </ul>
 * Both follow from evaluating the cron on local time and then mapping each local match to one instant, and
 * never returning an instant that is not after the one asked about.
 */
public final class CronSchedule {
    private final String expression;
    private final CronExpression cron;
    private final ZoneId zone;

    private CronSchedule(String expression, CronExpression cron, ZoneId zone) {
        this.expression = expression;
        this.cron = cron;
        this.zone = zone;
    }

    /**
     * @throws IllegalArgumentException with a readable reason when the expression or zone is invalid
     */
    public static CronSchedule parse(String expression, String timeZone) {
        return new CronSchedule(expression, parseExpression(expression), parseZone(timeZone));
    }

    public static CronExpression parseExpression(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("a cron expression is required");
        }
        String trimmed = expression.trim();
        String springSyntax = trimmed;
        if (!trimmed.startsWith("@")) {
            int fields = trimmed.split("\\s+").length;
            if (fields != 5) {
                throw new IllegalArgumentException("expected 5 fields (minute hour day-of-month month day-of-week) "
                        + "or a macro such as @daily, got " + fields + " fields");
            }
            // Spring's syntax has a leading seconds field; Unix cron fires at second 0.
            springSyntax = "0 " + trimmed;
        } else {
            springSyntax = trimmed.toLowerCase(Locale.ROOT);
        }
        try {
            return CronExpression.parse(springSyntax);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a valid cron expression: " + e.getMessage(), e);
        }
    }

    public static ZoneId parseZone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            throw new IllegalArgumentException("a time zone is required");
        }
        try {
            return ZoneId.of(timeZone.trim());
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(
                    "unknown time zone '" + timeZone + "'; use an IANA name such as " + "America/Los_Angeles");
        }
    }

    /** The first occurrence strictly after {@code after}, or null if the expression never fires again. */
    public Instant nextAfter(Instant after) {
        LocalDateTime local = LocalDateTime.ofInstant(after, zone);
        // A local time can map to an instant at or before 'after' only around a transition; a few steps suffice.
        for (int step = 0; step < 1000; step++) {
            LocalDateTime match = cron.next(local);
            if (match == null) {
                return null;
            }
            Instant candidate = toInstant(match);
            if (candidate.isAfter(after)) {
                return candidate;
            }
            local = match;
        }
        throw new IllegalStateException("no occurrence of '" + expression + "' found after " + after);
    }

    private Instant toInstant(LocalDateTime local) {
        var offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            ZoneOffsetTransition gap = zone.getRules().getTransition(local);
            return gap.getInstant();
        }
        // One offset normally; two in a fall-back overlap, the earlier offset first.
        return local.toInstant(offsets.get(0));
    }

    public ZoneId zone() {
        return zone;
    }

    public String expression() {
        return expression;
    }
}
