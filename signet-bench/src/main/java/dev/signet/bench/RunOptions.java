package dev.signet.bench;

import dev.signet.bench.compare.RunSettings;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** {@code compare}'s options for how long and how hard each scenario runs; {@code --quick} overrides them. */
final class RunOptions {
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

    RunSettings settings() {
        return quick ? new RunSettings(concurrency, fixedRateConcurrency, Duration.ofSeconds(3),
                Duration.ofSeconds(2), 3000, Duration.ofSeconds(2))
                : new RunSettings(concurrency, fixedRateConcurrency, duration, warmup, 3000, firstWarmup);
    }

    int assertionCap() {
        return quick ? Math.min(maxAssertions, 20_000) : maxAssertions;
    }

    /** "15s", "500ms", "2m", or plain seconds. */
    static final class DurationConverter implements ITypeConverter<Duration> {
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
