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
                "| Identity URL ≥ 30,000 req/s on H2 | — | not measured |",
                "skipped: not supported by this build");
    }

    @Test
    void renderWhenGoalsThenMeasuredAgainstThem() {
        String md = ServerSection.render(report());

        assertThat(md).contains("| Opaque-token endpoint ≥ 10,000 tokens/s on the embedded store (SQLite) | 12,000/s | yes |",
                "| Opaque-token endpoint ≥ 8,000 tokens/s on PostgreSQL | — | not measured |",
                "| ≥ 6× NAV mock (`token`, SQLite) | 20.0× | yes |",
                "| ≥ 25× Keycloak (`token`, SQLite) | 30.0× | yes |",
                "| RS256 JWT access tokens (`token-jwt`, SQLite) ≥ 85% of the RSA-sign rate (JMH, same run) "
                        + "| 1,500/s = 83% of 1,800 signatures/s | **no** |",
                "| Server RSS ≤ 300 MB (peak, Signet) | Signet (SQLite) 250 MB | yes |",
                "| Start to first served request ≤ 1 s (Signet) | Signet (SQLite) 1.50 s | **no** |");
        assertThat(md.substring(md.indexOf('\n'))).doesNotContain("\n## ");
    }

    @Test
    void renderWhenH2NotRunThenReadGoalsOnTheEmbeddedStoreSayingSo() {
        ComparisonReport sqliteOnly = withTargets(target("signet-sqlite", "Signet (SQLite)", true,
                result("Signet (SQLite)", true, Scenario.IDENTITY, run(400_000, 0, 10))));

        assertThat(ServerSection.render(sqliteOnly))
                .contains("| Identity URL ≥ 30,000 req/s on H2 | 40,000/s on Signet (SQLite) (H2 not run) | yes |");
    }

    @Test
    void renderWhenH2RunThenReadGoalsOnH2Only() {
        ComparisonReport both = withTargets(
                target("signet-sqlite", "Signet (SQLite)", true,
                        result("Signet (SQLite)", true, Scenario.REST_READ, run(400_000, 0, 10))),
                target("signet-h2", "Signet (H2)", true,
                        result("Signet (H2)", true, Scenario.REST_READ, run(250_000, 0, 10))));

        assertThat(ServerSection.render(both)).contains("| REST record read ≥ 30,000 req/s on H2 | 25,000/s | **no** |",
                "| Identity URL ≥ 30,000 req/s on H2 | — | not measured |");
    }

    @Test
    void renderWhenHalfRateRunThenP99AgainstTenMillis() {
        ComparisonReport pg = withTargets(target("signet-pg", "Signet (PostgreSQL)", true,
                result("Signet (PostgreSQL)", true, Scenario.TOKEN_HALF_RATE, run(40_000, 0, 10))));

        assertThat(ServerSection.render(pg)).contains(
                "| p99 ≤ 10 ms at half that rate (`token@50%`, PostgreSQL) | 1.50 ms at closed loop, 16 conns | yes |");
    }

    @Test
    void renderWhenChartsThenEmbeddedAfterTheResults() {
        String md = ServerSection.render(report(), List.of(new ChartLink("Throughput", "docs/bench/throughput.svg")));

        assertThat(md).contains("### Charts\n\n![Throughput](docs/bench/throughput.svg)\n\n"
                + ServerSection.CHARTS_NOTE + "\n\n### Ratios");
        assertThat(ServerSection.render(report())).doesNotContain("### Charts");
    }

    private static ComparisonReport withTargets(TargetReport... targets) {
        return new ComparisonReport(Instant.parse("2026-01-01T00:00:00Z"), 1, report().machine(), "signet 0.1.0",
                report().settings(), OptionalDouble.empty(), List.of(targets));
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
