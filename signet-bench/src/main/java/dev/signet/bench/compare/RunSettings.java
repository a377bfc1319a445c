package dev.signet.bench.compare;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how hard each scenario runs.
 *
 * @param concurrency connections for closed-loop runs
 * @param fixedRateConcurrency connections for the fixed-rate run (enough that none falls behind)
 * @param warmupRequestGuess requests per second assumed when sizing warm-up pools (before any rate is known)
 */
public record RunSettings(int concurrency, int fixedRateConcurrency, Duration duration, Duration warmup,
        double warmupRequestGuess) {
    public RunSettings {
        Objects.requireNonNull(duration, "duration must not be null");
        Objects.requireNonNull(warmup, "warmup must not be null");
        if (concurrency < 1 || fixedRateConcurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
    }
}
