package dev.signet.testkit;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the embedded server's start and reset for BENCHMARKS.md ("Testkit"); no thresholds.
 * Run with {@code -Dsignet.timings=true -Dtest=StartResetTimingTest}.
 */
@EnabledIfSystemProperty(named = "signet.timings", matches = "true")
class StartResetTimingTest {
    private static final int ROUNDS = 10;

    @Test
    void printStartAndResetTimes() {
        for (int i = 0; i < ROUNDS; i++) {
            long bare = System.nanoTime();
            try (Signet empty = Signet.builder().start()) {
                System.out.printf("round %d: start with an empty org %d ms%n", i, (System.nanoTime() - bare) / 1_000_000);
            }
            long started = System.nanoTime();
            try (Signet signet = Signet.builder().app("orders").user("ada@acme.test")
                    .record("Account", Map.of("Name", "Acme")).start()) {
                long start = System.nanoTime() - started;
                for (int j = 0; j < 5; j++) {
                    signet.token("ada@acme.test");
                    signet.insert("Account", Map.of("Name", "Globex " + j));
                }
                long before = System.nanoTime();
                signet.reset();
                long reset = System.nanoTime() - before;
                System.out.printf("round %d: start %d ms, reset %.1f ms%n", i, start / 1_000_000, reset / 1e6);
            }
        }
    }
}
