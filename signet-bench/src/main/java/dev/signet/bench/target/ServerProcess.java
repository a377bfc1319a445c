package dev.signet.bench.target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server under test, run as its own OS process (so its memory can be read from {@code /proc}),
 * with stdout and stderr in a log file. {@link #close()} stops it: SIGTERM, then SIGKILL.
 *
 * @param startedNanos when {@link #start} launched the process, by {@link System#nanoTime()}
 */
public record ServerProcess(Process process, Path log, long startedNanos) implements AutoCloseable {

    public static ServerProcess start(List<String> command, Map<String, String> env, Path workDir, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        long started = System.nanoTime();
        try {
            return new ServerProcess(builder.start(), log, started);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
    }

    /** Resident memory of the process and its descendants (a launcher script's JVM, for one). */
    public ProcStatus memory() {
        ProcStatus total = ProcStatus.read(process.pid());
        for (ProcessHandle child : process.descendants().toList()) {
            ProcStatus c = ProcStatus.read(child.pid());
            total = new ProcStatus(total.rssKb() + c.rssKb(), total.peakRssKb() + c.peakRssKb());
        }
        return total;
    }

    /** The last {@code lines} lines of the log, for error messages. */
    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Fails with the log's tail when the process has exited. */
    public void requireAlive(String what) {
        if (!process.isAlive()) {
            throw new IllegalStateException(what + " exited with status " + process.exitValue() + "; log " + log
                    + ":\n" + tail(25));
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
