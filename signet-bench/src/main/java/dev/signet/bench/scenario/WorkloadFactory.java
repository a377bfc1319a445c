package dev.signet.bench.scenario;

import dev.signet.bench.load.Workload;

/** Makes a scenario's workload once the runner knows how many requests the run may send. */
@FunctionalInterface
public interface WorkloadFactory {
    /**
     * @param expectedRequests how many requests the run is expected to send at most: pools of
     *     unique assertions are minted to this size (times the share of token requests)
     */
    Workload create(long expectedRequests);
}
