package dev.signet.bench.target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/** Polls a starting server until it is ready, failing early (with its log) if the process dies. */
final class Readiness {
    private static final long POLL_NANOS = 5_000_000L;

    private Readiness() {}

    /** Waits for a JSON file with a text field (e.g. Signet's {@code server.json} url); returns the field. */
    static String awaitFile(ServerProcess process, Path file, String field, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            process.requireAlive("the server");
            if (Files.exists(file)) {
                try {
                    String value = SetupHttp.JSON.readTree(file.toFile()).path(field).asText("");
                    if (!value.isEmpty()) {
                        return value;
                    }
                } catch (IOException e) {
                    // written atomically by rename, so a read error means "not yet"; poll again
                }
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        throw new IllegalStateException("no " + file + " after " + timeout + "; log:\n" + process.tail(25));
    }

    /** Waits until GET url answers {@code status}. */
    static void awaitStatus(ServerProcess process, SetupHttp http, String url, int status, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            process.requireAlive("the server");
            try {
                SetupHttp.Reply reply = http.get(url, java.util.Map.of());
                if (reply.status() == status) {
                    return;
                }
                last = "status " + reply.status();
            } catch (UncheckedIOException e) {
                last = e.getMessage();
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        throw new IllegalStateException(url + " did not answer " + status + " within " + timeout + " (" + last
                + "); log:\n" + process.tail(25));
    }
}
