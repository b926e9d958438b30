package io.github.camelcustomerio.customers.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The suite's one table, printed as Markdown so that it can be pasted as it is. */
final class ResultTable {

    /** A row: what was measured, against what, and whether it meets its target ({@code null}: reported only). */
    record Row(String name, String measured, String baseline, String ratio, String target, Boolean pass) {

        String result() {
            return pass == null ? "info" : pass ? "pass" : "FAIL";
        }
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String name, String measured, String baseline, String ratio, String target, Boolean pass) {
        rows.add(new Row(name, measured, baseline, ratio, target, pass));
    }

    boolean allPass() {
        return rows.stream().noneMatch(row -> Boolean.FALSE.equals(row.pass()));
    }

    String render() {
        String[] header = {"benchmark", "measured", "baseline", "ratio", "target", "result"};
        int[] width = new int[header.length];
        List<String[]> cells = new ArrayList<>();
        cells.add(header);
        for (Row row : rows) {
            cells.add(
                    new String[] {row.name(), row.measured(), row.baseline(), row.ratio(), row.target(), row.result()});
        }
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                width[i] = Math.max(width[i], line[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int l = 0; l < cells.size(); l++) {
            out.append(line(cells.get(l), width));
            if (l == 0) {
                String[] rule = new String[header.length];
                for (int i = 0; i < rule.length; i++) {
                    rule[i] = "-".repeat(width[i]);
                }
                out.append(line(rule, width));
            }
        }
        return out.toString();
    }

    private static String line(String[] cells, int[] width) {
        StringBuilder line = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            line.append(' ')
                    .append(cells[i])
                    .append(" ".repeat(width[i] - cells[i].length()))
                    .append(" |");
        }
        return line.append('\n').toString();
    }

    static String number(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2fx", value);
    }
}
