package dev.signet.bench.compare;

import dev.signet.bench.load.LoadDriver;
import dev.signet.bench.load.LoadOptions;
import dev.signet.bench.load.RunResult;
import dev.signet.bench.load.Workload;
import dev.signet.bench.scenario.Plan;
import dev.signet.bench.scenario.Scenario;
import dev.signet.bench.target.Target;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Runs one scenario on one target: warm-up in two halves (the second half's rate sizes the
 * assertion pool), pre-minting, then the measured run; if the pool runs dry early (the warmed-up
 * server was faster than the warm-up said), one more run with a pool sized from the measured rate.
 * A warm-up with errors is reported as the scenario's (failed) result.
 */
final class ScenarioRunner {
    /** A pool that runs dry before this share of the duration means the warm-up underestimated the rate. */
    private static final double EARLY_END = 0.8;
    /** The retry's pool is sized for this much more than the rate the first try measured. */
    private static final double RETRY_HEADROOM = 1.5;
    private final RunSettings settings;
    private final PrintStream log;

    ScenarioRunner(RunSettings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    /**
     * @param tokenRate what {@link Scenario#TOKEN} reached on this target, or 0 if it did not pass
     * @param firstOnTarget whether the target's JVM is fresh: it gets the longer first warm-up
     */
    ScenarioResult run(Target target, Scenario scenario, double tokenRate, boolean firstOnTarget) {
        Plan plan = target.plan(scenario);
        if (plan.skipped()) {
            return ScenarioResult.skipped(target.name(), target.isSignet(), scenario, plan.skipReason());
        }
        boolean halfRate = scenario == Scenario.TOKEN_HALF_RATE;
        if (halfRate && tokenRate <= 0) {
            return ScenarioResult.skipped(target.name(), target.isSignet(), scenario, "needs a passed `token` run");
        }
        double expectedRate = halfRate ? tokenRate / 2 : settings.warmupRequestGuess();
        if (!halfRate && !settings.warmup().isZero()) {
            RunResult warm = warmUp(target, plan, firstOnTarget && settings.firstWarmup().compareTo(settings.warmup()) > 0
                    ? settings.firstWarmup() : settings.warmup());
            if (warm.failed()) {
                log.printf("  %-10s warm-up %s%n", scenario.id(), warm);
                return result(target, scenario, "warm-up, " + settings.concurrency() + " conns", warm, 0, null);
            }
            expectedRate = warm.throughput();
        }
        LoadOptions options = halfRate
                ? LoadOptions.fixedRate(settings.fixedRateConcurrency(), settings.duration(), expectedRate)
                : LoadOptions.closedLoop(settings.concurrency(), settings.duration());
        ScenarioResult result = measure(target, scenario, plan, options, expectedRate);
        RunResult first = result.result();
        if (!halfRate && first.exhausted() && !first.failed()
                && first.elapsedSeconds() < EARLY_END * settings.duration().toMillis() / 1000.0) {
            log.printf("  %-10s pool ran dry after %.1f s at %.0f/s (warm-up said %.0f/s): measuring again%n",
                    scenario.id(), first.elapsedSeconds(), first.throughput(), expectedRate);
            result = measure(target, scenario, plan, options, first.throughput() * RETRY_HEADROOM);
        }
        log.printf("  %-10s %s%n", scenario.id(), result.result());
        return result;
    }

    // Pre-mints for the expected rate, then runs the measured load.
    private ScenarioResult measure(Target target, Scenario scenario, Plan plan, LoadOptions options, double rate) {
        long mintStart = System.nanoTime();
        Workload workload = plan.measured().create((long) Math.ceil(rate * settings.duration().toMillis() / 1000.0));
        double mintSeconds = (System.nanoTime() - mintStart) / 1e9;
        Instant from = Instant.now();
        RunResult measured = LoadDriver.run(target.address(), workload, options);
        ScenarioResult.Window window = new ScenarioResult.Window(from, Instant.now());
        return result(target, scenario, mode(options), measured, mintSeconds, window);
    }

    private RunResult warmUp(Target target, Plan plan, Duration warmup) {
        Duration half = warmup.dividedBy(2);
        long guess = (long) Math.ceil(settings.warmupRequestGuess() * half.toMillis() / 1000.0);
        RunResult first = LoadDriver.run(target.address(), plan.warmup().create(guess),
                LoadOptions.closedLoop(settings.concurrency(), half));
        return first.failed() ? first : LoadDriver.run(target.address(), plan.warmup().create(guess),
                LoadOptions.closedLoop(settings.concurrency(), half));
    }

    private static ScenarioResult result(Target target, Scenario scenario, String mode, RunResult run, double mint,
            ScenarioResult.Window window) {
        return new ScenarioResult(target.name(), target.isSignet(), scenario, mode, run, null, target.memory(), mint,
                window);
    }

    private static String mode(LoadOptions options) {
        return options.isFixedRate()
                ? String.format(Locale.ROOT, "fixed %.0f/s, %d conns", options.ratePerSecond(), options.concurrency())
                : "closed loop, " + options.concurrency() + " conns";
    }
}
