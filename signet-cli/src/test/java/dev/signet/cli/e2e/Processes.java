package dev.signet.cli.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs external programs (the CLI jar, openssl, curl) as real processes with a bounded wait.
 * Output goes to temporary files, never to pipes that could fill up and block the child.
 */
final class Processes {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private static final Pattern ACCESS_TOKEN = Pattern.compile("(00D\\w{12})![\\w.]+");
    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?-----END [A-Z ]*PRIVATE KEY-----");
    private static final int MAX_ARG_CHARS = 120;

    private Processes() {}

    /** What a finished process left: exit code and all of stdout and stderr. */
    record Result(List<String> command, int exitCode, String stdout, String stderr) {
        /** The first line of stdout, trimmed; empty when there is none. */
        String firstLine() {
            return stdout.lines().findFirst().orElse("").trim();
        }

        /** For failure messages: the command, exit code and output, with tokens and keys redacted. */
        @Override
        public String toString() {
            return "$ " + describe(command) + "\nexit code " + exitCode + "\n--- stdout ---\n" + redact(stdout)
                    + "\n--- stderr ---\n" + redact(stderr);
        }
    }

    /**
     * Runs {@code command} in {@code workDir} and waits at most {@code timeout}; stdin is closed
     * at once, so nothing can wait for a prompt. A process that does not finish in time is killed
     * and fails the test.
     *
     * @throws IOException when the program cannot be started (e.g. it is not installed)
     */
    static Result run(Path workDir, Duration timeout, List<String> command) throws IOException {
        Path out = Files.createTempFile("signet-e2e-", ".out");
        Path err = Files.createTempFile("signet-e2e-", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            hermetic(builder);
            Process process = builder.start();
            process.getOutputStream().close();
            boolean finished;
            try {
                finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while running " + describe(command), e);
            }
            if (!finished) {
                process.destroyForcibly();
                throw new AssertionError("did not finish within " + timeout.toSeconds() + " s (killed): "
                        + new Result(command, -1, read(out), read(err)));
            }
            return new Result(command, process.exitValue(), read(out), read(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Like {@link #run(Path, Duration, List)} with the default timeout, failing the test if it cannot start. */
    static Result run(Path workDir, List<String> command) {
        try {
            return run(workDir, DEFAULT_TIMEOUT, command);
        } catch (IOException e) {
            throw new AssertionError("cannot start " + describe(command) + ": " + e.getMessage(), e);
        }
    }

    /** Variables that would change what the CLI does are not inherited from the developer's shell. */
    static void hermetic(ProcessBuilder builder) {
        builder.environment().remove("SIGNET_KEY_PASSWORD");
        builder.environment().remove("SIGNET_ADMIN_SECRET");
        builder.environment().remove("SIGNET_DB_PASSWORD");
    }

    /** Access tokens shortened to their org prefix, PEM private keys removed. */
    static String redact(String text) {
        if (text == null) {
            return null;
        }
        String noKeys = PRIVATE_KEY.matcher(text).replaceAll("<private key redacted>");
        return ACCESS_TOKEN.matcher(noKeys).replaceAll("$1!…");
    }

    /** A command line for messages: redacted, with very long arguments (assertions) shortened. */
    static String describe(List<String> command) {
        return command.stream().map(Processes::redact)
                .map(a -> a.length() > MAX_ARG_CHARS ? a.substring(0, MAX_ARG_CHARS) + "…" : a)
                .collect(Collectors.joining(" "));
    }

    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
