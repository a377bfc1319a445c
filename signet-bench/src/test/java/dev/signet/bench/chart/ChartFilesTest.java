package dev.signet.bench.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.bench.compare.ComparisonReport;
import dev.signet.bench.compare.Machine;
import dev.signet.bench.compare.RunSettings;
import dev.signet.bench.compare.ScenarioResult;
import dev.signet.bench.compare.TargetReport;
import dev.signet.bench.load.RunResult;
import dev.signet.bench.scenario.Scenario;
import dev.signet.bench.target.ProcStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartFilesTest {
    @TempDir
    Path dir;

    // each target's fixed colour, as the SVG draws its bars, lines and legend keys
    private static final String SQLITE_BLUE = "rgb(31,119,180)";
    private static final String NAV_ORANGE = "rgb(255,127,14)";
    private static final String KEYCLOAK_RED = "rgb(214,39,40)";

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    // latencies spread from the median (medianMicros) to a 20× tail, as a server's would be
    private static RunResult run(long ok, long errors, long medianMicros) {
        Histogram h = new Histogram(120_000_000L, 3);
        for (int i = 0; i < 10_000; i++) {
            h.recordValue(i < 9_000 ? medianMicros : medianMicros * (1 + (i - 9_000) / 50));
        }
        return new RunResult(ok, errors, errors == 0 ? Map.of() : Map.of("status 400", errors), 10_000_000_000L, h,
                false);
    }

    private static ScenarioResult result(String target, Scenario s, RunResult r) {
        return new ScenarioResult(target, true, s, "closed loop, 16 conns", r, null, new ProcStatus(0, 0), 0, null);
    }

    private static TargetReport target(String id, String name, ScenarioResult... results) {
        return new TargetReport(id, name, id.startsWith("signet"), Map.of(), null, List.of(), new ProcStatus(0, 0),
                List.of(results), null);
    }

    private static ComparisonReport report() {
        return new ComparisonReport(Instant.parse("2026-01-01T00:00:00Z"), 1, new Machine("cpu", 2, 24_000, "Linux",
                "JDK 17", 0.1), "signet 0.1.0", new RunSettings(16, 64, Duration.ofSeconds(15), Duration.ofSeconds(4),
                        3000, Duration.ofSeconds(30)), OptionalDouble.empty(), List.of(
                        target("signet-sqlite", "Signet (SQLite)",
                                result("Signet (SQLite)", Scenario.TOKEN, run(100_000, 0, 1_500)),
                                result("Signet (SQLite)", Scenario.TOKEN_HALF_RATE, run(50_000, 0, 400)),
                                result("Signet (SQLite)", Scenario.IDENTITY, run(300_000, 0, 300)),
                                result("Signet (SQLite)", Scenario.REST_READ, run(200_000, 0, 600))),
                        target("nav-mock", "NAV mock-oauth2-server 2.3.0",
                                result("NAV mock", Scenario.TOKEN, run(15_000, 0, 9_000)),
                                result("NAV mock", Scenario.TOKEN_HALF_RATE, run(7_500, 0, 1_500)),
                                result("NAV mock", Scenario.IDENTITY, run(70_000, 3, 2_000))),
                        target("keycloak", "Keycloak 26.6.4",
                                result("Keycloak", Scenario.TOKEN, run(3_900, 0, 38_000)))));
    }

    private List<ChartLink> write() {
        return ChartFiles.write(report(), dir.resolve("docs/bench"), dir, new PrintStream(log, true));
    }

    @Test
    void writeWhenTargetsMeasuredThenThroughputBarsNameEveryTarget() throws IOException {
        List<ChartLink> links = write();

        assertThat(links.get(0)).isEqualTo(new ChartLink(ThroughputChart.TITLE, "docs/bench/throughput.svg"));
        assertThat(Files.readString(dir.resolve("docs/bench/throughput.svg"))).startsWith("<?xml").contains(
                "<title>" + ThroughputChart.TITLE + "</title>",
                "<desc>Series: Signet (SQLite), NAV mock-oauth2-server 2.3.0, Keycloak 26.6.4.</desc>",
                SQLITE_BLUE, NAV_ORANGE, KEYCLOAK_RED);
        assertThat(log.toString()).isEmpty();
    }

    @Test
    void writeWhenScenarioPassedThenLatencyCurvePerTargetThatPassedIt() throws IOException {
        List<ChartLink> links = write();

        assertThat(links).extracting(ChartLink::path).containsExactly("docs/bench/throughput.svg",
                "docs/bench/latency-token.svg", "docs/bench/latency-token-at-50.svg", "docs/bench/latency-identity.svg");
        assertThat(Files.readString(dir.resolve("docs/bench/latency-token.svg"))).contains(
                "<desc>Series: Signet (SQLite) — 10,000/s, NAV mock-oauth2-server 2.3.0 — 1,500/s, Keycloak 26.6.4 — 390/s.</desc>",
                SQLITE_BLUE, NAV_ORANGE, KEYCLOAK_RED);
        // NAV mock's identity run had errors: no curve for it
        assertThat(Files.readString(dir.resolve("docs/bench/latency-identity.svg")))
                .contains("<desc>Series: Signet (SQLite) — 30,000/s.</desc>", SQLITE_BLUE)
                .doesNotContain("NAV mock", NAV_ORANGE);
        assertThat(dir.resolve("docs/bench/latency-token-jwt.svg")).doesNotExist();
    }

    @Test
    void percentileLabelWhenSpreadThenPercentile() {
        assertThat(List.of(0.0, 0.5, 1.0, 2.0, 3.0, 4.0)).map(LatencyChart::percentileLabel)
                .containsExactly("0%", "", "90%", "99%", "99.9%", "99.99%");
    }

    @Test
    void writeWhenNoOutputDirectoryThenAbsoluteLinks() {
        List<ChartLink> links = ChartFiles.write(report(), dir, null, new PrintStream(log, true));

        assertThat(links.get(0).path()).isEqualTo(dir.resolve("throughput.svg").toAbsolutePath().toString());
    }

    @Test
    void describedWhenTitleHasMarkupThenEscaped() {
        assertThat(ChartFiles.described("<?xml?>\n<svg a=\"b\">\n</svg>", "a < b & c", List.of("x")))
                .isEqualTo("<?xml?>\n<svg a=\"b\">\n  <title>a &lt; b &amp; c</title>\n  <desc>Series: x.</desc>\n</svg>");
    }

    @Test
    void markdownWhenLinkThenImage() {
        assertThat(new ChartLink("Throughput", "docs/bench/throughput.svg").markdown())
                .isEqualTo("![Throughput](docs/bench/throughput.svg)");
    }
}
