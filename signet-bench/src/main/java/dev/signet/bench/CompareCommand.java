package dev.signet.bench;

import dev.signet.bench.chart.ChartFiles;
import dev.signet.bench.chart.ChartLink;
import dev.signet.bench.compare.CompareOptions;
import dev.signet.bench.compare.Comparison;
import dev.signet.bench.compare.ComparisonReport;
import dev.signet.bench.compare.ScenarioResult;
import dev.signet.bench.compare.TargetFactory;
import dev.signet.bench.compare.TargetReport;
import dev.signet.bench.profile.JfrHotspots;
import dev.signet.bench.report.BenchmarksFile;
import dev.signet.bench.report.ServerSection;
import dev.signet.bench.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code compare}: the side-by-side load run. Paths are relative to the repository root. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Start Signet (SQLite, H2, PostgreSQL), NAV mock-oauth2-server and Keycloak on loopback, one at a time;",
            "drive each through the scenarios; write the ## Server section of BENCHMARKS.md and its charts (SVG, in docs/bench/",
            "beside it; with --no-write into the work directory).",
            "Exit status 1 when any run had errors or any target could not run."})
final class CompareCommand implements Callable<Integer> {
    /** Where the charts go, relative to the --output file's directory. */
    static final String CHARTS_DIR = "docs/bench";

    @Option(names = "--targets", split = ",", description = {"Default: ${DEFAULT-VALUE}. Also: signet-cluster",
        "(2 nodes on one PostgreSQL database behind HAProxy; needs haproxy on PATH)."},
            defaultValue = "signet-sqlite,signet-h2,signet-pg,nav-mock,keycloak")
    List<String> targets;

    @Option(names = "--scenarios", split = ",", description = "Default: ${DEFAULT-VALUE}.",
            defaultValue = "token,token@50%,token-jwt,identity,rest-read,soql,mixed")
    List<String> scenarios;

    @Mixin
    RunOptions run;

    @Mixin
    SignetOptions signet;

    @Option(names = "--peers", defaultValue = "signet-bench/target/peers", description = "Unpacked peers (signet-bench/peers/pom.xml).")
    Path peers;

    @Option(names = "--jdk21", defaultValue = "${env:JAVA21_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}",
            description = "JDK 21+ for Keycloak (default: ${DEFAULT-VALUE}).")
    Path jdk21;

    @Option(names = "--pg-url", defaultValue = "jdbc:postgresql://127.0.0.1:5432/postgres",
            description = "Maintenance database; a throwaway database is created beside it (default: ${DEFAULT-VALUE}).")
    String pgUrl;

    @Option(names = "--pg-user", defaultValue = "postgres")
    String pgUser;

    @Option(names = "--nav-http-server", defaultValue = "NettyWrapper",
            description = {"mock-oauth2-server httpServer (default: ${DEFAULT-VALUE}). Its default, MockWebServerWrapper,",
                "stalls about 40 ms per keep-alive response on loopback (Nagle + delayed ACK), which would flatter Signet."})
    String navHttpServer;

    @Option(names = "--cluster-nodes", defaultValue = "2",
            description = "Signet nodes behind HAProxy in the signet-cluster target (default: ${DEFAULT-VALUE}).")
    int clusterNodes;

    @Option(names = "--no-sign-limit", description = "Skip the JMH RSA-sign limit measurement.")
    boolean noSignLimit;

    @Option(names = "--work-dir", description = "Logs, data and recordings (default: signet-bench/target/runs/TIMESTAMP).")
    Path workDir;

    @Option(names = "--output", defaultValue = "BENCHMARKS.md", description = "File whose ## Server section is replaced.")
    Path output;

    @Option(names = "--no-write", description = "Print the section only; leave BENCHMARKS.md and docs/bench/ alone.")
    boolean noWrite;

    @Override
    public Integer call() throws IOException {
        Path dir = workDir != null ? workDir : Path.of("signet-bench/target/runs",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        CompareOptions options = new CompareOptions(targets, scenarios.stream().map(Scenario::parse).toList(),
                run.settings(), run.assertionCap(), signet.jar.toAbsolutePath(), peers.toAbsolutePath(), jdk21, pgUrl,
                pgUser, navHttpServer, signet.jvmArgs(), signet.h2UrlOptions, signet.jfr, !noSignLimit,
                clusterNodes, dir.toAbsolutePath(), noWrite ? null : output);
        ComparisonReport report = new Comparison(options, System.out).run();
        String section = ServerSection.render(report, writeCharts(options, report));
        System.out.println();
        System.out.println(section);
        if (options.output() != null) {
            BenchmarksFile.writeSection(options.output(), ServerSection.HEADING, section);
            System.out.println("wrote the " + ServerSection.HEADING + " section of " + options.output().toAbsolutePath());
        }
        if (signet.jfr) {
            printHotspots(options.workDir(), report);
        }
        return anyFailure(report) ? 1 : 0;
    }

    // Beside the report file (docs/bench/, linked relative to it); with --no-write into the work directory only.
    private static List<ChartLink> writeCharts(CompareOptions options, ComparisonReport report) {
        Path base = options.output() == null ? null : options.output().toAbsolutePath().getParent();
        Path dir = base == null ? options.workDir().resolve("charts") : base.resolve(CHARTS_DIR);
        List<ChartLink> charts = ChartFiles.write(report, dir, base, System.out);
        System.out.println("drew " + charts.size() + " charts into " + dir);
        return charts;
    }

    // One summary per measured Signet scenario, cut from the recording by the run's time window.
    private static void printHotspots(Path workDir, ComparisonReport report) throws IOException {
        StringBuilder all = new StringBuilder();
        for (TargetReport target : report.targets()) {
            Path recording = TargetFactory.jfrFile(workDir, target.id());
            if (!target.signet() || !Files.exists(recording)) {
                continue;
            }
            for (ScenarioResult r : target.results()) {
                if (r.window() != null) {
                    all.append("== JFR hot spots of ").append(target.name()).append(", scenario ").append(r.scenario().id())
                            .append(" (measured run only; ").append(recording.getFileName()).append(") ==\n")
                            .append(JfrHotspots.report(recording, 25, r.window().from(), r.window().to())).append('\n');
                }
            }
        }
        Path summary = workDir.resolve("signet-hotspots.txt");
        Files.writeString(summary, all);
        System.out.print(all);
        System.out.println("(JFR summaries: " + summary + ")");
    }

    private static boolean anyFailure(ComparisonReport report) {
        return report.targets().stream().anyMatch(t -> t.error() != null
                || t.results().stream().anyMatch(r -> r.measured() && r.result().failed()));
    }
}
