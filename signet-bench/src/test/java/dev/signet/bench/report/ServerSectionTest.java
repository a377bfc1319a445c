package dev.signet.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.bench.chart.ChartLink;
import dev.signet.bench.compare.ComparisonReport;
import dev.signet.bench.compare.Machine;
import dev.signet.bench.compare.RunSettings;
import dev.signet.bench.compare.ScenarioResult;
import dev.signet.bench.compare.TargetReport;
import dev.signet.bench.load.RunResult;
import dev.signet.bench.scenario.Scenario;
import dev.signet.bench.target.ProcStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class ServerSectionTest {
    private static RunResult run(long ok, long errors, double seconds) {
        Histogram h = new Histogram(120_000_000L, 3);
        h.recordValue(1_500);
        return new RunResult(ok, errors, errors == 0 ? Map.of() : Map.of("status 400", errors),
                (long) (seconds * 1e9), h, false);
    }

    private static ScenarioResult result(String target, boolean signet, Scenario s, RunResult r) {
        return new ScenarioResult(target, signet, s, "closed loop, 16 conns", r, null, new ProcStatus(200 * 1024, 250 * 1024), 0, null);
    }

    private static TargetReport target(String id, String name, boolean signet, ScenarioResult... results) {
        return new TargetReport(id, name, signet, Map.of(), signet ? Duration.ofMillis(1500) : null, List.of(),
                new ProcStatus(200 * 1024, 250 * 1024), List.of(results), null);
    }

    private static ComparisonReport report() {
        return new ComparisonReport(Instant.parse("2026-01-01T00:00:00Z"), 1, new Machine("cpu", 2, 24_000, "Linux", "JDK 17", 0.1),
                "signet 0.1.0", new RunSettings(16, 64, Duration.ofSeconds(15), Duration.ofSeconds(4), 3000,
                        Duration.ofSeconds(30)),
                OptionalDouble.of(1_800), List.of(
                        target("signet-sqlite", "Signet (SQLite)", true,
                                result("Signet (SQLite)", true, Scenario.TOKEN, run(120_000, 0, 10)),
                                result("Signet (SQLite)", true, Scenario.TOKEN_JWT, run(15_000, 0, 10)),
                                result("Signet (SQLite)", true, Scenario.IDENTITY, run(100, 3, 1)),
                                ScenarioResult.skipped("Signet (SQLite)", true, Scenario.SOQL, "not supported by this build")),
                        target("nav-mock", "NAV mock", false, result("NAV mock", false, Scenario.TOKEN, run(6_000, 0, 10))),
                        target("keycloak", "Keycloak", false, result("Keycloak", false, Scenario.TOKEN, run(4_000, 0, 10)))));
    }

    @Test
    void renderWhenPeersMeasuredThenRatiosFromTheSameRun() {
        assertThat(ServerSection.render(report())).startsWith("## Server\n").contains(
                "| Signet (SQLite) | `token` vs `token` | 20.0× | 30.0× |",
                "| Signet (SQLite) | `token-jwt` vs `token` | 2.50× | 3.75× |");
    }

    @Test
    void renderWhenRunHadErrorsThenFailedNotFast() {
        assertThat(ServerSection.render(report())).contains(
                "| Signet (SQLite) | `identity` | closed loop, 16 conns | **FAILED** |",
                "| Identity URL ≥ 15,000 req/s (embedded) | — | not measured |",
                "skipped: not supported by this build");
    }

    @Test
    void renderWhenGoalsThenMeasuredAgainstThem() {
        String md = ServerSection.render(report());

        assertThat(md).contains("| Opaque-token endpoint ≥ 10,000 tokens/s on the embedded store | 12,000/s | yes |",
                "| ≥ 20× NAV mock (`token`) | 20.0× | yes |",
                "| RS256 JWT tokens ≥ 80% of the RSA-sign limit (embedded) | 1,500/s = 83% of 1,800 signatures/s (JMH) | yes |",
                "| Start to first served request ≤ 2 s (Signet) | Signet (SQLite) 1.50 s | yes |");
        assertThat(md.substring(md.indexOf('\n'))).doesNotContain("\n## ");
    }

    @Test
    void renderWhenChartsThenEmbeddedAfterTheResults() {
        String md = ServerSection.render(report(), List.of(new ChartLink("Throughput", "docs/bench/throughput.svg")));

        assertThat(md).contains("### Charts\n\n![Throughput](docs/bench/throughput.svg)\n\n### Ratios");
        assertThat(ServerSection.render(report())).doesNotContain("### Charts");
    }

    @Test
    void renderWhenClusterAndOneNodeOnPostgresThenClusterRelativeToOneNode() {
        ComparisonReport pair = new ComparisonReport(Instant.parse("2026-01-01T00:00:00Z"), 1,
                new Machine("cpu", 2, 24_000, "Linux", "JDK 17", 0.1), "signet 0.1.0", report().settings(),
                OptionalDouble.empty(), List.of(
                        target("signet-pg", "Signet (PostgreSQL)", true,
                                result("Signet (PostgreSQL)", true, Scenario.TOKEN, run(60_000, 0, 10))),
                        target("signet-cluster", "Signet (2 nodes)", true,
                                result("Signet (2 nodes)", true, Scenario.TOKEN, run(45_000, 0, 10)))));

        assertThat(ServerSection.render(pair)).contains("| Signet (2 nodes) | `token` | closed loop, 16 conns | 4,500 |",
                "Signet (2 nodes) relative to Signet (PostgreSQL) without a load balancer (throughput): `token` 0.75×.");
    }
}
