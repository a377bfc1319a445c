package dev.signet.server.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@link CrashServerMain} in a process of its own, started on a store and stopped by a signal. */
final class ServerProcess {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long START_SECONDS = 60;

    private final Process process;
    private final Path log;
    private final String url;

    private ServerProcess(Process process, Path log, String url) {
        this.process = process;
        this.log = log;
        this.url = url;
    }

    /** Starts the server on {@code dataDir} (and the database of {@code dbArgs}, if any) and waits until it listens. */
    static ServerProcess start(Path dataDir, List<String> dbArgs) throws IOException, InterruptedException {
        Files.deleteIfExists(dataDir.resolve("server.json")); // a killed run leaves its own
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                CrashServerMain.class.getName(), dataDir.toString()));
        command.addAll(dbArgs);
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        process.getOutputStream().close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (System.nanoTime() < deadline && process.isAlive()) {
            JsonNode info = read(dataDir.resolve("server.json"));
            if (info != null && info.path("pid").asLong() == process.pid()) {
                return new ServerProcess(process, log, info.path("url").asText());
            }
            Thread.sleep(50);
        }
        process.destroyForcibly().waitFor();
        throw new AssertionError("the server process did not start:\n" + Files.readString(log));
    }

    String url() {
        return url;
    }

    /** SIGKILL: the process ends at once, mid-write as it may be. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM, then waits for the graceful stop; its exit code. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("no graceful stop within 60 s:\n" + logText());
        }
        return process.exitValue();
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return Files.exists(file) ? JSON.readTree(file.toFile()) : null;
        } catch (IOException e) {
            return null; // being written
        }
    }
}
