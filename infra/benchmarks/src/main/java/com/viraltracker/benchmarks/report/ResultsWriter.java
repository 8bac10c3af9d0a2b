package com.viraltracker.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes {@code latest.md} (for people and the README) and {@code latest.json} (for tools) from the same data. */
public final class ResultsWriter {
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ResultsWriter() {}

    public static void write(Path directory, Map<String, String> machine, List<Section> sections) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("latest.md"), markdown(machine, sections));
        Files.writeString(directory.resolve("latest.json"), JSON.writeValueAsString(json(machine, sections)) + "\n");
    }

    static String markdown(Map<String, String> machine, List<Section> sections) {
        StringBuilder md = new StringBuilder("# Benchmark results\n\n");
        md.append("Written by `infra/benchmarks` (see its README for the command and what each scenario does). ")
                .append("Each figure is the median of its rounds; the rounds are listed beside it.\n\n");
        md.append("## Machine\n\n| | |\n|---|---|\n");
        machine.forEach((name, value) ->
                md.append("| ").append(name).append(" | ").append(cell(value)).append(" |\n"));
        md.append("\n## Targets\n\n| target | wanted | measured | met |\n|---|---|---|---|\n");
        for (Section section : sections) {
            for (Check check : section.checks()) {
                md.append("| ")
                        .append(check.label())
                        .append(" | ")
                        .append(check.target())
                        .append(" | ")
                        .append(check.measured())
                        .append(" | ")
                        .append(check.met() ? "yes" : "**no**")
                        .append(" |\n");
            }
        }
        for (Section section : sections) {
            md.append("\n## ").append(section.title()).append("\n\n| figure | median | rounds |\n|---|---|---|\n");
            for (Figure figure : section.figures()) {
                md.append("| ")
                        .append(figure.label())
                        .append(" | ")
                        .append(number(figure.median()))
                        .append(' ')
                        .append(figure.unit())
                        .append(" | ")
                        .append(String.join(
                                ", ",
                                figure.rounds().stream()
                                        .map(ResultsWriter::number)
                                        .toList()))
                        .append(" |\n");
            }
            if (!section.ratios().isEmpty()) {
                md.append("\n| ratio | value |\n|---|---|\n");
                section.ratios()
                        .forEach((label, value) -> md.append("| ")
                                .append(label)
                                .append(" | ")
                                .append(String.format(Locale.ROOT, "%.2f", value))
                                .append(" |\n"));
            }
            if (!section.notes().isEmpty()) {
                md.append('\n');
                section.notes().forEach(note -> md.append("- ").append(note).append('\n'));
            }
        }
        return md.toString();
    }

    private static Map<String, Object> json(Map<String, String> machine, List<Section> sections) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("machine", machine);
        List<Object> list = new ArrayList<>();
        for (Section section : sections) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("key", section.key());
            s.put("title", section.title());
            Map<String, Object> figures = new LinkedHashMap<>();
            for (Figure figure : section.figures()) {
                figures.put(
                        figure.key(),
                        Map.of(
                                "label",
                                figure.label(),
                                "unit",
                                figure.unit(),
                                "median",
                                figure.median(),
                                "rounds",
                                figure.rounds()));
            }
            s.put("figures", figures);
            s.put("ratios", section.ratios());
            s.put("checks", section.checks());
            s.put("notes", section.notes());
            list.add(s);
        }
        root.put("sections", list);
        return root;
    }

    static String number(double value) {
        if (Math.abs(value) >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String cell(String value) {
        return value.replace("|", "\\|").replace("\n", " ");
    }
}
