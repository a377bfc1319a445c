package dev.signet.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The admin list commands' one table: a header row and columns as wide as their widest cell, so
 * long usernames or statuses never push the next column out of line. An empty cell shows "-".
 */
final class AdminTable<T> {
    private static final String GAP = "  ";
    private final List<String> headers = new ArrayList<>();
    private final List<Function<T, String>> cells = new ArrayList<>();

    AdminTable<T> column(String header, Function<T, String> cell) {
        headers.add(header);
        cells.add(cell);
        return this;
    }

    void print(PrintWriter out, List<T> rows) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(headers);
        rows.forEach(row -> lines.add(cells.stream().map(c -> text(c.apply(row))).toList()));
        int[] widths = widths(lines);
        lines.forEach(line -> out.println(line(line, widths)));
        out.flush();
    }

    private int[] widths(List<List<String>> lines) {
        int[] widths = new int[headers.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        return widths;
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            line.append(i == 0 ? "" : GAP).append(cell).append(" ".repeat(widths[i] - cell.length()));
        }
        return line.toString().stripTrailing();
    }

    private static String text(String cell) {
        return cell == null || cell.isEmpty() ? "-" : cell;
    }
}
