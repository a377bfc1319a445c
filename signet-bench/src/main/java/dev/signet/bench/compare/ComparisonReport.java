package dev.signet.bench.compare;

import dev.signet.bench.scenario.Scenario;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A whole comparison: machine, settings, the measured RSA-sign limit and every target's results.
 *
 * @param signLimit RS256 signatures per second on all cores (JMH), or empty when not measured
 */
public record ComparisonReport(
        Instant started,
        double minutes,
        Machine machine,
        String signetVersion,
        RunSettings settings,
        OptionalDouble signLimit,
        List<TargetReport> targets) {
    public ComparisonReport {
        targets = List.copyOf(targets);
    }

    public Optional<TargetReport> target(String id) {
        return targets.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<ScenarioResult> result(String targetId, Scenario scenario) {
        return target(targetId).flatMap(t -> t.results().stream().filter(r -> r.scenario() == scenario).findFirst());
    }

    /** Throughput of a passed run, or empty. */
    public OptionalDouble throughput(String targetId, Scenario scenario) {
        return result(targetId, scenario).filter(ScenarioResult::passed)
                .map(r -> OptionalDouble.of(r.throughput())).orElse(OptionalDouble.empty());
    }
}
