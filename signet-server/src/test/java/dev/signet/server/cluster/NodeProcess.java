package dev.signet.server.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link NodeMain} process: started with the test class path, found by the URL it prints,
 * stopped with SIGTERM or killed with SIGKILL. Its output goes to {@code DATA.log}.
 */
final class NodeProcess implements AutoCloseable {
    // An upper bound for a hang, not a timing check: a start takes seconds, more on a busy machine.
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path dataDir;
    private final Path log;
    private final Process process;
    private final String url;

    private NodeProcess(Path dataDir, Path log, Process process, String url) {
        this.dataDir = dataDir;
        this.log = log;
        this.process = process;
        this.url = url;
    }

    /** A started process, and where its output starts in the log (which restarts append to). */
    record Launch(Process process, long logOffset) {}

    /** Starts a node; {@link #awaitUrl} waits for it. */
    static Launch launch(Path dataDir, String dbUrl, String dbUser, String publicUrl, long cacheMaxAgeSeconds,
            Map<String, String> env) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-cp", classPath(), NodeMain.class.getName(), dataDir.toString(),
                dbUrl, dbUser, publicUrl, Long.toString(cacheMaxAgeSeconds)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logOf(dataDir).toFile()));
        builder.environment().putAll(env);
        try {
            Files.createDirectories(dataDir);
            long offset = Files.exists(logOf(dataDir)) ? Files.size(logOf(dataDir)) : 0;
            return new Launch(builder.start(), offset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The started node, once it prints its URL. */
    static NodeProcess awaitUrl(Path dataDir, Launch launch) {
        Process process = launch.process();
        Path log = logOf(dataDir);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> url = listening(read(log).substring((int) launch.logOffset()));
            if (url.isPresent()) {
                return new NodeProcess(dataDir, log, process, url.get());
            }
            if (!process.isAlive()) {
                throw new AssertionError("node exited with " + process.exitValue() + ":\n" + read(log));
            }
            sleep(100);
        }
        process.destroyForcibly();
        throw new AssertionError("node did not start within " + START_TIMEOUT.toSeconds() + " s:\n" + read(log));
    }

    String url() {
        return url;
    }

    Path dataDir() {
        return dataDir;
    }

    String log() {
        return read(log);
    }

    /** SIGKILL: no shutdown hook, no flush. */
    void kill() {
        process.destroyForcibly();
        waitFor();
    }

    @Override
    public void close() {
        process.destroy();
        waitFor();
    }

    private void waitFor() {
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Optional<String> listening(String output) {
        return output.lines().filter(l -> l.startsWith("LISTENING ")).map(l -> l.substring(10).trim()).findFirst();
    }

    private static Path logOf(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".log");
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Surefire runs tests from a manifest-only jar; the real class path is in this property.
    private static String classPath() {
        String path = System.getProperty("surefire.test.class.path");
        return path != null && !path.isBlank() ? path : System.getProperty("java.class.path").replace(';', File.pathSeparatorChar);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
