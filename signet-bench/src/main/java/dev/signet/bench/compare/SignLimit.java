package dev.signet.bench.compare;

import dev.signet.bench.jmh.SignBenchmark;
import java.io.PrintStream;
import java.util.Collection;
import java.util.OptionalDouble;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The machine's RS256 signing limit, measured with JMH ({@link SignBenchmark#jcaSign} on every
 * core): the ceiling for JWT access tokens, which cost one signature each.
 */
final class SignLimit {
    private SignLimit() {}

    static OptionalDouble measure(int threads, PrintStream log) {
        Options options = new OptionsBuilder().include(SignBenchmark.class.getName() + ".jcaSign").forks(1)
                .threads(threads).warmupIterations(2).warmupTime(TimeValue.seconds(1)).measurementIterations(3)
                .measurementTime(TimeValue.seconds(1)).verbosity(VerboseMode.SILENT).build();
        try {
            Collection<RunResult> results = new Runner(options).run();
            double perSecond = results.iterator().next().getPrimaryResult().getScore();
            log.printf("RSA-2048 sign limit (JMH, %d threads): %.0f signatures/s%n", threads, perSecond);
            return OptionalDouble.of(perSecond);
        } catch (RunnerException | RuntimeException e) {
            log.printf("could not measure the RSA sign limit with JMH: %s%n", e.getMessage());
            return OptionalDouble.empty();
        }
    }
}
