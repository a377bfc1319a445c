package dev.signet.bench.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/**
 * What one run measured. Latencies of successful responses are in a histogram of microseconds;
 * any failed response (bad status, bad body, I/O error) makes the whole run {@link #failed()}.
 */
public final class RunResult {
    private final long succeeded;
    private final long errors;
    private final Map<String, Long> errorReasons;
    private final long elapsedNanos;
    private final Histogram latencyMicros;
    private final boolean exhausted;

    public RunResult(long succeeded, long errors, Map<String, Long> errorReasons, long elapsedNanos,
            Histogram latencyMicros, boolean exhausted) {
        if (succeeded < 0 || errors < 0 || elapsedNanos < 0) {
            throw new IllegalArgumentException("counts and elapsed time must not be negative");
        }
        this.succeeded = succeeded;
        this.errors = errors;
        this.errorReasons = Collections.unmodifiableMap(new LinkedHashMap<>(errorReasons));
        this.elapsedNanos = elapsedNanos;
        this.latencyMicros = Objects.requireNonNull(latencyMicros, "latencyMicros must not be null").copy();
        this.exhausted = exhausted;
    }

    public long succeeded() {
        return succeeded;
    }

    public long errors() {
        return errors;
    }

    /** Error reason → count, most frequent first. */
    public Map<String, Long> errorReasons() {
        return errorReasons;
    }

    public double elapsedSeconds() {
        return elapsedNanos / 1e9;
    }

    /** Whether the run ended early because its workload (a pool of unique assertions) ran out. */
    public boolean exhausted() {
        return exhausted;
    }

    /** A run with any error, or with no successful response at all, has failed. */
    public boolean failed() {
        return errors > 0 || succeeded == 0;
    }

    /** Successful responses per second over the whole run. */
    public double throughput() {
        return elapsedNanos == 0 ? 0 : succeeded / (elapsedNanos / 1e9);
    }

    /** Latency at a percentile (e.g. 99.9), in milliseconds. */
    public double percentileMillis(double percentile) {
        return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }

    public double maxMillis() {
        return latencyMicros.getMaxValue() / 1000.0;
    }

    /** "3 errors: status 400: {...} (3)", or "no successful response" for an empty run. */
    public String failureSummary() {
        if (!failed()) {
            return "";
        }
        if (errors == 0) {
            return "no successful response";
        }
        return errors + " errors: " + errorReasons.entrySet().stream().limit(3)
                .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining("; "));
    }

    @Override
    public String toString() {
        return failed() ? "FAILED: " + failureSummary()
                : String.format(java.util.Locale.ROOT, "%.0f/s, p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms (%d in %.1f s%s)",
                        throughput(), percentileMillis(50), percentileMillis(99), percentileMillis(99.9), succeeded,
                        elapsedSeconds(), exhausted ? ", pool exhausted" : "");
    }
}
