package dev.signet.client.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the client benchmarks the way {@code BENCHMARKS.md} reports them: 1 fork, 3 × 2 s warmup,
 * 3 × 2 s measurement. From {@code signet-client}, after {@code ./mvnw -q -o install -DskipTests}:
 *
 * <pre>
 * ../mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.cp
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) dev.signet.client.bench.RunBenchmarks
 * </pre>
 *
 * Arguments, if any, are a regular expression selecting benchmarks (default: all of this package).
 */
public final class RunBenchmarks {
    private RunBenchmarks() {}

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                .include(args.length > 0 ? args[0] : RunBenchmarks.class.getPackageName() + "\\..*Benchmark.*")
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(2))
                .build()).run();
    }
}
