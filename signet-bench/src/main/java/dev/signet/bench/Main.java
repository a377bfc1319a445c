package dev.signet.bench;

import dev.signet.bench.profile.JfrHotspots;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * {@code java -jar signet-bench/target/signet-bench.jar COMMAND}: {@code compare} (the load
 * comparison, written to BENCHMARKS.md), {@code jmh [JMH options]}, {@code jfr-top FILE.jfr}.
 */
public final class Main {
    private static final String USAGE = """
            Usage: signet-bench COMMAND
              compare [options]   start Signet (SQLite, H2, PostgreSQL) and peers on loopback, drive each, write BENCHMARKS.md
                                  (scripts/bench/run.sh builds everything and runs this; compare --help for options)
              jmh [JMH options]   the JMH benchmarks (Verify, Sign, Mint, TokenCheck); e.g. jmh -f 1 Verify
              jfr-top FILE.jfr    hot spots of a JFR recording (compare --jfr records the Signet servers)
            """;

    private Main() {}

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "help" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (command) {
            case "compare" -> System.exit(new CommandLine(new CompareCommand()).execute(rest));
            case "jmh" -> org.openjdk.jmh.Main.main(rest);
            case "jfr-top" -> {
                if (rest.length != 1) {
                    System.err.print(USAGE);
                    System.exit(2);
                }
                System.out.print(JfrHotspots.report(Path.of(rest[0]), 25));
            }
            default -> {
                System.out.print(USAGE);
                System.exit(command.equals("help") || command.equals("--help") ? 0 : 2);
            }
        }
    }
}
