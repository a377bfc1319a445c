package dev.signet.bench.compare;

import dev.signet.bench.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code compare} runs and where things are.
 *
 * @param targets ids in run order: {@code signet-h2}, {@code signet-pg}, {@code signet-cluster}, {@code nav-mock},
 *     {@code keycloak}
 * @param signetJvmArgs extra JVM options for the Signet server processes
 * @param h2UrlOptions settings appended to Signet's embedded H2 URL, for experiments ("" for none)
 * @param jfr record the Signet H2 server with JFR into the work directory
 * @param clusterNodes Signet nodes behind HAProxy in {@code signet-cluster}
 * @param output BENCHMARKS.md to update, or null to only print
 */
public record CompareOptions(
        List<String> targets,
        List<Scenario> scenarios,
        RunSettings settings,
        int maxAssertions,
        Path signetJar,
        Path peersDir,
        Path jdk21Home,
        String pgAdminUrl,
        String pgUser,
        String navHttpServer,
        List<String> signetJvmArgs,
        String h2UrlOptions,
        boolean jfr,
        boolean measureSignLimit,
        int clusterNodes,
        Path workDir,
        Path output) {
    /** The known targets; {@code signet-cluster} (2 nodes behind HAProxy) runs only when asked for. */
    public static final List<String> ALL_TARGETS = List.of("signet-sqlite", "signet-h2", "signet-pg", "signet-cluster",
            "nav-mock", "keycloak");

    public CompareOptions {
        targets = List.copyOf(targets);
        scenarios = List.copyOf(scenarios);
        signetJvmArgs = List.copyOf(signetJvmArgs);
        if (clusterNodes < 1) {
            throw new IllegalArgumentException("--cluster-nodes must be at least 1");
        }
        for (String t : targets) {
            if (!ALL_TARGETS.contains(t)) {
                throw new IllegalArgumentException("unknown target '" + t + "'; known: " + String.join(", ", ALL_TARGETS));
            }
        }
    }
}
