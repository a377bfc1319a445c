package dev.signet.bench.compare;

import dev.signet.bench.target.ProcStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything measured on one target.
 *
 * @param id {@code signet-h2}, {@code signet-pg}, {@code signet-cluster}, {@code nav-mock} or {@code keycloak}
 * @param startup from launching the process to its first served request, or null
 * @param error why the target could not be started or set up, or null
 */
public record TargetReport(
        String id,
        String name,
        boolean signet,
        Map<String, String> versions,
        Duration startup,
        List<String> notes,
        ProcStatus peakMemory,
        List<ScenarioResult> results,
        String error) {
    public TargetReport {
        versions = Map.copyOf(versions);
        notes = List.copyOf(notes);
        results = List.copyOf(results);
    }
}
