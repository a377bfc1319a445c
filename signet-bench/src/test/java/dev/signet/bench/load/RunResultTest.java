package dev.signet.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class RunResultTest {
    private static Histogram latencies(long... micros) {
        Histogram h = new Histogram(Worker.HIGHEST_MICROS, 3);
        for (long m : micros) {
            h.recordValue(m);
        }
        return h;
    }

    @Test
    void throughputWhenRunTookTwoSecondsThenSuccessesPerSecond() {
        RunResult r = new RunResult(5_000, 0, Map.of(), 2_000_000_000L, latencies(100), false);

        assertThat(r.throughput()).isCloseTo(2_500, within(0.001));
        assertThat(r.elapsedSeconds()).isCloseTo(2.0, within(1e-9));
        assertThat(r.failed()).isFalse();
    }

    @Test
    void percentilesWhenHundredLatenciesThenNearestRankInMillis() {
        long[] micros = new long[100];
        for (int i = 0; i < 100; i++) {
            micros[i] = (i + 1) * 1_000L; // 1 ms .. 100 ms
        }
        RunResult r = new RunResult(100, 0, Map.of(), 1_000_000_000L, latencies(micros), false);

        assertThat(r.percentileMillis(50)).isCloseTo(50, within(0.1));
        assertThat(r.percentileMillis(99)).isCloseTo(99, within(0.1));
        assertThat(r.percentileMillis(99.9)).isCloseTo(100, within(0.1));
        assertThat(r.maxMillis()).isCloseTo(100, within(0.1));
    }

    @Test
    void failedWhenAnyErrorThenFailedWithReasons() {
        RunResult r = new RunResult(9_999, 1, Map.of("status 400: {\"error\":\"invalid_grant\"}", 1L), 1_000_000_000L,
                latencies(100), false);

        assertThat(r.failed()).isTrue();
        assertThat(r.failureSummary()).contains("1 errors").contains("status 400");
        assertThat(r.toString()).startsWith("FAILED");
    }

    @Test
    void failedWhenNothingSucceededThenFailed() {
        RunResult r = new RunResult(0, 0, Map.of(), 1_000_000_000L, latencies(), false);

        assertThat(r.failed()).isTrue();
        assertThat(r.failureSummary()).isEqualTo("no successful response");
        assertThat(r.throughput()).isZero();
    }
}
