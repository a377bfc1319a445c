package dev.signet.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the embedded server's start and reset for BENCHMARKS.md ("Testkit"); no thresholds.
 * Run with {@code -Dsignet.timings=true -Dtest=StartResetTimingTest}.
 */
@EnabledIfSystemProperty(named = "signet.timings", matches = "true")
class StartResetTimingTest {
    private static final int ROUNDS = 15;

    @Test
    void printStartAndResetTimes() {
        List<Double> emptyStarts = new ArrayList<>();
        List<Double> starts = new ArrayList<>();
        List<Double> resets = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long bare = System.nanoTime();
            try (Signet empty = Signet.builder().start()) {
                emptyStarts.add(millisSince(bare));
            }
            long started = System.nanoTime();
            try (Signet signet = Signet.builder().app("orders").user("ada@acme.test")
                    .record("Account", Map.of("Name", "Acme")).start()) {
                starts.add(millisSince(started));
                for (int j = 0; j < 5; j++) {
                    signet.token("ada@acme.test");
                    signet.insert("Account", Map.of("Name", "Globex " + j));
                }
                long before = System.nanoTime();
                signet.reset();
                resets.add(millisSince(before));
            }
        }
        System.out.printf("first start (cold JVM, empty org): %.0f ms%n", emptyStarts.get(0));
        System.out.printf("start, empty org: median %.0f ms; with app, user, record: median %.0f ms%n",
                median(emptyStarts.subList(1, ROUNDS)), median(starts.subList(1, ROUNDS)));
        System.out.printf("reset after 5 logins and 5 inserts: median %.1f ms, max %.1f ms%n", median(resets),
                resets.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    }

    private static double millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
