package com.viraltracker.faultsuite.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The suite's findings in markdown: per scenario its figures and each promise with its measured value and whether
 * it held. Scenarios record into it as they go, so a failing scenario still leaves its figures behind.
 */
public final class Report {
    private final String size;
    private final Instant started = Instant.now();
    private final Map<String, Section> sections = new LinkedHashMap<>();

    public Report(String size) {
        this.size = size;
    }

    /** The section of a scenario, created on first use; sections appear in the order they were first used. */
    public synchronized Section section(String title) {
        return sections.computeIfAbsent(title, Section::new);
    }

    /** One scenario's figures and promises. */
    public static final class Section {
        private final String title;
        private final List<String> notes = new ArrayList<>();
        private final Map<String, String> figures = new LinkedHashMap<>();
        private final List<String[]> promises = new ArrayList<>();

        private Section(String title) {
            this.title = title;
        }

        public synchronized Section note(String text) {
            notes.add(text);
            return this;
        }

        public synchronized Section figure(String name, Object value) {
            figures.put(name, value instanceof Duration duration ? seconds(duration) : String.valueOf(value));
            return this;
        }

        /** Records a promise and its measured value; the caller asserts it (so the test fails when it is broken). */
        public synchronized boolean promise(String promise, Object measured, boolean held) {
            promises.add(new String[] {promise, String.valueOf(measured), held ? "held" : "**BROKEN**"});
            return held;
        }
    }

    public static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    public synchronized void write(Path file) {
        StringBuilder md = new StringBuilder("# Fault suite results\n\n");
        md.append("Size `")
                .append(size)
                .append("`, run ")
                .append(started.truncatedTo(ChronoUnit.SECONDS))
                .append(", took ")
                .append(seconds(Duration.between(started, Instant.now())))
                .append(" on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores (")
                .append(System.getProperty("os.name"))
                .append(", Java ")
                .append(System.getProperty("java.version"))
                .append("). Written by `infra/fault-suite`; see its README for what each scenario does.\n");
        sections.values().forEach(section -> {
            md.append("\n## ").append(section.title).append("\n\n");
            section.notes.forEach(note -> md.append(note).append("\n\n"));
            if (!section.promises.isEmpty()) {
                md.append("| promise | measured | |\n|---|---|---|\n");
                section.promises.forEach(p -> md.append("| ")
                        .append(p[0])
                        .append(" | ")
                        .append(p[1])
                        .append(" | ")
                        .append(p[2])
                        .append(" |\n"));
                md.append('\n');
            }
            if (!section.figures.isEmpty()) {
                md.append("| figure | value |\n|---|---|\n");
                section.figures.forEach((name, value) ->
                        md.append("| ").append(name).append(" | ").append(value).append(" |\n"));
            }
        });
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, md);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
