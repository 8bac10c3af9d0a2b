package com.viraltracker.scheduler.panels;

import java.time.DayOfWeek;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The panel's view of a cron expression: "at minute 0 of an hour, every day or on one weekday". Schedules written
 * by hand with other expressions still show, just without hour and day.
 *
 * @param dayOfWeek null for every day
 */
record DailyCron(int hour, DayOfWeek dayOfWeek) {
    private static final Pattern SHAPE = Pattern.compile("^0 (\\d{1,2}) \\* \\* (\\*|[0-7])$");

    static Optional<DailyCron> parse(String cron) {
        if (cron == null) {
            return Optional.empty();
        }
        Matcher matcher = SHAPE.matcher(cron.trim().replaceAll("\\s+", " "));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(matcher.group(1));
        String day = matcher.group(2);
        DayOfWeek dayOfWeek = null;
        if (!day.equals("*")) {
            int unixDay = Integer.parseInt(day);
            // Unix cron accepts both 0 and 7 for Sunday; java.time numbers it 7.
            dayOfWeek = DayOfWeek.of(unixDay == 0 ? 7 : unixDay);
        }
        return hour > 23 ? Optional.empty() : Optional.of(new DailyCron(hour, dayOfWeek));
    }

    String expression() {
        // Unix cron counts Sunday as 0; java.time as 7.
        return "0 " + hour + " * * " + (dayOfWeek == null ? "*" : String.valueOf(dayOfWeek.getValue() % 7));
    }
}
