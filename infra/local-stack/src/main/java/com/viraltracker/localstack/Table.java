package com.viraltracker.localstack;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with a header row and columns as wide as their widest cell. */
final class Table {
    private final List<String[]> rows = new ArrayList<>();

    Table(String... header) {
        rows.add(header);
    }

    Table row(Object... cells) {
        String[] text = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            text[i] = cells[i] == null ? "-" : String.valueOf(cells[i]);
        }
        rows.add(text);
        return this;
    }

    boolean isEmpty() {
        return rows.size() == 1;
    }

    @Override
    public String toString() {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns && i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String cell = i < row.length ? row[i] : "";
                line.append(i == columns - 1 ? cell : String.format("%-" + widths[i] + "s  ", cell));
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                for (int i = 0; i < columns; i++) {
                    out.append("-".repeat(widths[i])).append(i == columns - 1 ? "" : "  ");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}
