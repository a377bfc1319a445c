package dev.signet.bench.scenario;

import java.util.Objects;

/**
 * How a target runs one scenario: a warm-up workload and the measured one, or the reason the
 * target cannot run it ("not supported by this build: …").
 */
public record Plan(String skipReason, WorkloadFactory warmup, WorkloadFactory measured) {
    public static Plan skip(String reason) {
        return new Plan(Objects.requireNonNull(reason, "reason must not be null"), null, null);
    }

    public static Plan of(WorkloadFactory warmup, WorkloadFactory measured) {
        return new Plan(null, Objects.requireNonNull(warmup, "warmup must not be null"),
                Objects.requireNonNull(measured, "measured must not be null"));
    }

    public boolean skipped() {
        return skipReason != null;
    }
}
