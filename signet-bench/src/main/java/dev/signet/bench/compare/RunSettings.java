package dev.signet.bench.compare;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how hard each scenario runs.
 *
 * @param concurrency connections for closed-loop runs
 * @param fixedRateConcurrency connections for the fixed-rate run (enough that none falls behind)
 * @param warmupRequestGuess requests per second assumed when sizing warm-up pools (before any rate is known)
 * @param firstWarmup warm-up of each target's first scenario: a fresh JVM needs far longer than
 *     {@code warmup} before its JIT settles (on 2 cores, C2 recompiles the database's hot paths for
 *     about a minute), and servers are measured as they run, warm
 */
public record RunSettings(int concurrency, int fixedRateConcurrency, Duration duration, Duration warmup,
        double warmupRequestGuess, Duration firstWarmup) {
    public RunSettings {
        Objects.requireNonNull(duration, "duration must not be null");
        Objects.requireNonNull(warmup, "warmup must not be null");
        Objects.requireNonNull(firstWarmup, "firstWarmup must not be null");
        if (concurrency < 1 || fixedRateConcurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
    }
}
