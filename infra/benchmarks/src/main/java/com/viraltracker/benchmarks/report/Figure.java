package com.viraltracker.benchmarks.report;

import java.util.ArrayList;
import java.util.List;

/** One measured quantity: its value in each round and their median. */
public record Figure(String key, String label, String unit, List<Double> rounds) {

    public Figure {
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException(key + " has no rounds");
        }
        rounds = List.copyOf(rounds);
    }

    public static Figure of(String key, String label, String unit, List<Double> rounds) {
        return new Figure(key, label, unit, rounds);
    }

    public double median() {
        List<Double> sorted = new ArrayList<>(rounds);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
