package dev.signet.bench;

import dev.signet.bench.compare.CompareOptions;
import dev.signet.bench.compare.Comparison;
import dev.signet.bench.compare.ComparisonReport;
import dev.signet.bench.compare.RunSettings;
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
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code compare}: the side-by-side load run. Paths are relative to the repository root. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Start Signet (H2, PostgreSQL), NAV mock-oauth2-server and Keycloak on loopback, one at a time;",
            "drive each through the scenarios; write the ## Server section of BENCHMARKS.md.",
            "Exit status 1 when any run had errors or any target could not run."})
final class CompareCommand implements Callable<Integer> {
    @Option(names = "--targets", split = ",", description = "Default: ${DEFAULT-VALUE}.",
            defaultValue = "signet-h2,signet-pg,nav-mock,keycloak")
    List<String> targets;

    @Option(names = "--scenarios", split = ",", description = "Default: ${DEFAULT-VALUE}.",
            defaultValue = "token,token@50%,token-jwt,identity,rest-read,soql,mixed")
    List<String> scenarios;

    @Option(names = "--duration", defaultValue = "12s", converter = DurationConverter.class,
            description = "Measured time per scenario (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--warmup", defaultValue = "4s", converter = DurationConverter.class,
            description = "Warm-up per scenario, in two halves (default: ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--first-warmup", defaultValue = "30s", converter = DurationConverter.class,
            description = {"Warm-up of each server's first scenario (default: ${DEFAULT-VALUE}): a fresh JVM's JIT",
                "keeps recompiling hot paths for tens of seconds on 2 cores."})
    Duration firstWarmup;

    @Option(names = "--concurrency", defaultValue = "16", description = "Connections, closed loop (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--fixed-rate-concurrency", defaultValue = "64", description = "Connections at a fixed rate (default: ${DEFAULT-VALUE}).")
    int fixedRateConcurrency;

    @Option(names = "--max-assertions", defaultValue = "120000",
            description = "Cap on pre-minted assertions per run (~1 ms each per core; default: ${DEFAULT-VALUE}).")
    int maxAssertions;

    @Option(names = "--quick", description = "Smoke run: 3 s per scenario, 2 s warm-up, at most 20000 assertions.")
    boolean quick;

    @Option(names = "--signet-jar", defaultValue = "signet-cli/target/signet-cli.jar")
    Path signetJar;

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

    @Option(names = "--signet-java-opts", defaultValue = "${env:SIGNET_JAVA_OPTS:-}",
            description = {"JVM options for the Signet server processes (default: $SIGNET_JAVA_OPTS, else",
                "signet-cli/jvm.options: what ./signet runs the server with)."})
    String signetJavaOpts;

    @Option(names = "--signet-h2-url-options", defaultValue = "",
            description = "Experiments: settings appended to Signet's embedded H2 URL, e.g. QUERY_CACHE_SIZE=64.")
    String h2UrlOptions;

    @Option(names = "--jfr", description = "Record the Signet servers with JFR (settings=profile); print hot spots per scenario.")
    boolean jfr;

    @Option(names = "--no-sign-limit", description = "Skip the JMH RSA-sign limit measurement.")
    boolean noSignLimit;

    @Option(names = "--work-dir", description = "Logs, data and recordings (default: signet-bench/target/runs/TIMESTAMP).")
    Path workDir;

    @Option(names = "--output", defaultValue = "BENCHMARKS.md", description = "File whose ## Server section is replaced.")
    Path output;

    @Option(names = "--no-write", description = "Print the section only; leave BENCHMARKS.md alone.")
    boolean noWrite;

    @Override
    public Integer call() throws IOException {
        Path dir = workDir != null ? workDir : Path.of("signet-bench/target/runs",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        RunSettings settings = quick ? new RunSettings(concurrency, fixedRateConcurrency, Duration.ofSeconds(3),
                Duration.ofSeconds(2), 3000, Duration.ofSeconds(2))
                : new RunSettings(concurrency, fixedRateConcurrency, duration, warmup, 3000, firstWarmup);
        CompareOptions options = new CompareOptions(targets, scenarios.stream().map(Scenario::parse).toList(), settings,
                quick ? Math.min(maxAssertions, 20_000) : maxAssertions, signetJar.toAbsolutePath(),
                peers.toAbsolutePath(), jdk21, pgUrl, pgUser, navHttpServer, javaOpts(), h2UrlOptions, jfr, !noSignLimit,
                dir.toAbsolutePath(), noWrite ? null : output);
        ComparisonReport report = new Comparison(options, System.out).run();
        String section = ServerSection.render(report);
        System.out.println();
        System.out.println(section);
        if (options.output() != null) {
            BenchmarksFile.writeSection(options.output(), ServerSection.HEADING, section);
            System.out.println("wrote the " + ServerSection.HEADING + " section of " + options.output().toAbsolutePath());
        }
        if (jfr) {
            printHotspots(options.workDir(), report);
        }
        return anyFailure(report) ? 1 : 0;
    }

    private List<String> javaOpts() throws IOException {
        String opts = signetJavaOpts;
        if (opts == null || opts.isBlank()) {
            Path launcherOptions = Path.of("signet-cli", "jvm.options");
            opts = Files.exists(launcherOptions) ? Files.readAllLines(launcherOptions).stream()
                    .filter(line -> !line.startsWith("#")).reduce("", (a, b) -> a + " " + b) : "";
        }
        return opts.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(opts.trim().split("\\s+")));
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

    /** "15s", "500ms", "2m", or plain seconds. */
    static final class DurationConverter implements picocli.CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim();
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            if (v.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            return Duration.ofMillis(Math.round(Double.parseDouble(v.endsWith("s") ? v.substring(0, v.length() - 1) : v) * 1000));
        }
    }
}
