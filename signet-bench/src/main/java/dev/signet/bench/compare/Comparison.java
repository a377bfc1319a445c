package dev.signet.bench.compare;

import dev.signet.bench.mint.AssertionMinter;
import dev.signet.bench.scenario.Scenario;
import dev.signet.bench.target.MintBudget;
import dev.signet.bench.target.PostgresDatabase;
import dev.signet.bench.target.ProcStatus;
import dev.signet.bench.target.Target;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The side-by-side run: each target in turn is started on loopback, set up, driven through the
 * scenarios, and stopped; then one report covers them all.
 */
public record Comparison(CompareOptions options, PrintStream log) {

    public ComparisonReport run() {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Machine machine = Machine.describe();
        log.printf("signet-bench: %d cores, load average %.2f, work dir %s%n", machine.cores(), machine.loadAverage(),
                options.workDir());
        createDirectories(options.workDir());
        Path jar = copySignetJar();
        String signetVersion = SignetVersion.of(jar);
        OptionalDouble signLimit = options.measureSignLimit() && options.scenarios().contains(Scenario.TOKEN_JWT)
                ? SignLimit.measure(machine.cores(), log) : OptionalDouble.empty();
        BenchKeys keys = BenchKeys.generate();
        MintBudget budget = new MintBudget(new AssertionMinter(keys.privateKey(), null, Clock.systemUTC()),
                options.maxAssertions(), machine.cores());
        TargetFactory factory = new TargetFactory(options, budget, keys, jar);
        List<TargetReport> reports = new ArrayList<>();
        try {
            for (String id : options.targets()) {
                reports.add(runTarget(id, factory));
            }
        } finally {
            jar.toFile().delete(); // 27 MB per run; the logs stay
        }
        return new ComparisonReport(started, (System.nanoTime() - t0) / 60e9, machine, signetVersion,
                options.settings(), signLimit, reports);
    }

    private TargetReport runTarget(String id, TargetFactory factory) {
        PostgresDatabase database = null;
        Target target = null;
        List<ScenarioResult> results = new ArrayList<>();
        try {
            database = TargetFactory.usesPostgres(id) ? PostgresDatabase.create(options.pgAdminUrl(), options.pgUser()) : null;
            target = factory.create(id, database);
            log.printf("%s: starting%n", target.name());
            target.start();
            target.startup().ifPresent(d -> log.printf("  started, first request served after %d ms%n", d.toMillis()));
            double tokenRate = 0;
            boolean first = true;
            for (Scenario scenario : options.scenarios()) {
                ScenarioResult result = new ScenarioRunner(options.settings(), log).run(target, scenario, tokenRate,
                        first);
                first = false;
                if (scenario == Scenario.TOKEN) {
                    tokenRate = result.throughput();
                }
                if (result.skipReason() != null && target.isSignet()) {
                    log.printf("  %-10s skipped: %s%n", scenario.id(), result.skipReason());
                }
                results.add(result);
            }
            return report(id, target, results, null);
        } catch (RuntimeException e) {
            log.printf("  %s failed: %s%n", id, e.getMessage());
            return report(id, target, results, e.getMessage() == null ? e.toString() : e.getMessage());
        } finally {
            if (target != null) {
                target.close();
            }
            if (database != null) {
                database.close();
            }
        }
    }

    private static TargetReport report(String id, Target target, List<ScenarioResult> results, String error) {
        if (target == null) {
            return new TargetReport(id, id, id.startsWith("signet"), java.util.Map.of(), null, List.of(),
                    new ProcStatus(0, 0), results, error);
        }
        Duration startup = target.startup().orElse(null);
        return new TargetReport(id, target.name(), target.isSignet(), target.versions(), startup, target.notes(),
                target.memory(), results, error);
    }

    // A private copy, so that a rebuild of signet-cli.jar during the run cannot change what runs.
    private Path copySignetJar() {
        if (!Files.isRegularFile(options.signetJar())) {
            throw new IllegalStateException("no " + options.signetJar() + ": build it with ./mvnw -q -o install -DskipTests");
        }
        try {
            Path copy = options.workDir().resolve("signet-cli.jar");
            Files.copy(options.signetJar(), copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
