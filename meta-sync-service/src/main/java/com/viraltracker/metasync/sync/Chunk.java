package com.viraltracker.metasync.sync;

import java.time.LocalDate;

/** A run of whole days, {@code since} to {@code until}, read from Meta as one piece of a longer range. */
public record Chunk(LocalDate since, LocalDate until) {
    public Chunk {
        if (until.isBefore(since)) {
            throw new IllegalArgumentException("a chunk ends on or after its first day: " + since + " to " + until);
        }
    }

    public int days() {
        return Math.toIntExact(until.toEpochDay() - since.toEpochDay() + 1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(since) && !day.isAfter(until);
    }

    @Override
    public String toString() {
        return since + " to " + until;
    }
}
