package dev.signet.bench.load;

import java.time.Duration;
import java.util.Objects;

/**
 * How to drive a target: {@code concurrency} connections for {@code duration}, either as fast as
 * the target answers (closed loop, {@code ratePerSecond == 0}) or at a fixed overall rate, where
 * latency counts from each request's scheduled start (so a stalled server is not hidden).
 */
public record LoadOptions(int concurrency, Duration duration, double ratePerSecond) {
    public LoadOptions {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        Objects.requireNonNull(duration, "duration must not be null");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be positive, was " + duration);
        }
        if (ratePerSecond < 0) {
            throw new IllegalArgumentException("ratePerSecond must not be negative, was " + ratePerSecond);
        }
    }

    public static LoadOptions closedLoop(int concurrency, Duration duration) {
        return new LoadOptions(concurrency, duration, 0);
    }

    public static LoadOptions fixedRate(int concurrency, Duration duration, double ratePerSecond) {
        if (ratePerSecond <= 0) {
            throw new IllegalArgumentException("a fixed rate must be positive, was " + ratePerSecond);
        }
        return new LoadOptions(concurrency, duration, ratePerSecond);
    }

    public boolean isFixedRate() {
        return ratePerSecond > 0;
    }

    /**
     * Scheduled start of worker {@code worker}'s request number {@code k}, in nanoseconds after the
     * run's start: the workers take turns, so together they send one request every 1/rate seconds.
     */
    public long scheduledStartNanos(int worker, long k) {
        double interval = 1e9 / ratePerSecond;
        return (long) ((worker + k * (double) concurrency) * interval);
    }
}
