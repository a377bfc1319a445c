package dev.signet.bench.profile;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Counts (or sums weights) by key and prints the top entries with their share of a total. */
final class Tally {
    private final Map<String, Double> counts = new HashMap<>();

    void add(String key, double weight) {
        counts.merge(key, weight, Double::sum);
    }

    List<Map.Entry<String, Double>> top(int n) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(n)
                .toList();
    }

    /** "  12.3%  key" lines, shares of {@code total}. */
    String render(int n, double total, String unit) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Double> e : top(n)) {
            out.append(String.format(Locale.ROOT, "  %5.1f%%  %s%s%n", 100 * e.getValue() / Math.max(1, total),
                    e.getKey(), unit.isEmpty() ? "" : String.format(Locale.ROOT, " (%.0f %s)", e.getValue(), unit)));
        }
        return out.toString();
    }
}
