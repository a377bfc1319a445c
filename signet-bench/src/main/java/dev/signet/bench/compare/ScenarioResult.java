package dev.signet.bench.compare;

import dev.signet.bench.load.RunResult;
import dev.signet.bench.scenario.Scenario;
import dev.signet.bench.target.ProcStatus;

/**
 * One row of the report: a measured run, or a skip (with its reason), or an error.
 *
 * @param mode how the load was applied, e.g. "closed loop, 16 conns"
 * @param result null when skipped or when the scenario could not be set up
 * @param memory the server's memory right after the run
 * @param mintSeconds time spent pre-minting this run's assertions (outside the measurement)
 * @param window when the measured run ran (for cutting a JFR recording), or null
 */
public record ScenarioResult(
        String target,
        boolean signet,
        Scenario scenario,
        String mode,
        RunResult result,
        String skipReason,
        ProcStatus memory,
        double mintSeconds,
        Window window) {
    /** Wall-clock start and end of a measured run. */
    public record Window(java.time.Instant from, java.time.Instant to) {}


    public static ScenarioResult skipped(String target, boolean signet, Scenario scenario, String reason) {
        return new ScenarioResult(target, signet, scenario, "", null, reason, new ProcStatus(0, 0), 0, null);
    }

    public boolean measured() {
        return result != null;
    }

    /** Measured and without errors. */
    public boolean passed() {
        return result != null && !result.failed();
    }

    /** Throughput of a passed run, else 0. */
    public double throughput() {
        return passed() ? result.throughput() : 0;
    }
}
