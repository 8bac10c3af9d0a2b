package com.viraltracker.benchmarks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One scenario's figures, the ratios between them, its targets and what a reader should know about them. */
public final class Section {
    private final String key;
    private final String title;
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Double> ratios = new LinkedHashMap<>();
    private final List<Check> checks = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public Section(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public Figure add(Figure figure) {
        figures.add(figure);
        return figure;
    }

    public void ratio(String label, double value) {
        ratios.put(label, value);
    }

    public void check(String label, String target, String measured, boolean met) {
        checks.add(new Check(label, target, measured, met));
    }

    public void note(String text) {
        notes.add(text);
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public List<Figure> figures() {
        return figures;
    }

    public Map<String, Double> ratios() {
        return ratios;
    }

    public List<Check> checks() {
        return checks;
    }

    public List<String> notes() {
        return notes;
    }

    public Figure figure(String figureKey) {
        return figures.stream()
                .filter(f -> f.key().equals(figureKey))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no figure " + figureKey + " in " + key));
    }
}
