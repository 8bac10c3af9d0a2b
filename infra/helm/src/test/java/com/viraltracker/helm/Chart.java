package com.viraltracker.helm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The chart under test and the ways the tests render it: values files plus {@code --set} pairs. */
record Chart(String name, List<Path> valuesFiles, List<String> sets) {
    static final Path DIRECTORY = Path.of("viraltracker").toAbsolutePath();
    static final Path SMALL = DIRECTORY.resolve("values-small.yaml");
    static final Path LARGE = DIRECTORY.resolve("values-large.yaml");

    static Chart small() {
        return new Chart("values-small.yaml", List.of(SMALL), List.of());
    }

    static Chart large() {
        return new Chart("values-large.yaml", List.of(LARGE), List.of());
    }

    /** values.yaml alone: it leaves the database, the broker and the token issuer to the installer. */
    static Chart defaults() {
        return new Chart("values.yaml", List.of(), List.of());
    }

    Chart with(String... moreSets) {
        List<String> all = new ArrayList<>(sets);
        all.addAll(List.of(moreSets));
        return new Chart(name + " " + String.join(" ", moreSets), valuesFiles, all);
    }

    @Override
    public String toString() {
        return name;
    }
}
