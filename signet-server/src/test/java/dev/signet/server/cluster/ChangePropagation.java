package dev.signet.server.cluster;

import static dev.signet.server.cluster.Cluster.assertion;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * One admin change made on node 0 while nodes 1 and 2 keep issuing tokens for the app and user it
 * affects: each of them must start refusing (long before the cache max age, so by notification)
 * and never issue a token after its first refusal; undoing the change must revive none of the
 * tokens issued meanwhile. How long each node took is appended to
 * {@code target/cluster-propagation.txt}.
 */
final class ChangePropagation {
    /** A change and its undo, as admin API paths of the app or user. */
    enum Change {
        DISABLE_APP("/apps/%s/disable", "/apps/%s/enable", true),
        DEACTIVATE_USER("/users/%s/deactivate", "/users/%s/activate", false),
        FREEZE_USER("/users/%s/freeze", "/users/%s/unfreeze", false);

        final String make;
        final String undo;
        final boolean onApp;

        Change(String make, String undo, boolean onApp) {
            this.make = make;
            this.undo = undo;
            this.onApp = onApp;
        }
    }

    private record Attempt(int node, long startedNanos, int status, String token) {}

    // Upper bounds for a hang, far below the cache max age: a refusal sooner came by notification.
    private static final long ENFORCED_WITHIN_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final long REFUSING_FOR_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final Cluster cluster;
    private final Change change;
    private final String app;
    private final String user;
    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();
    private volatile boolean stop;

    ChangePropagation(Cluster cluster, Change change) {
        this.cluster = cluster;
        this.change = change;
        this.app = cluster.createApp(0, false);
        this.user = cluster.createUser(0);
    }

    void run() throws InterruptedException {
        String before = ClusterTest.accessToken(cluster.token(1, assertion(app, user)));
        ClusterTest.accessToken(cluster.token(2, assertion(app, user))); // both nodes have it cached now
        List<Thread> load = List.of(load(1), load(2));
        Thread.sleep(300);
        String target = change.onApp ? app : user;
        cluster.admin(0, change.make.formatted(target), null);
        long changedAt = System.nanoTime();
        awaitRefusals(changedAt);
        stop = true;
        for (Thread t : load) {
            t.join();
        }
        StringBuilder report = new StringBuilder(change.name());
        for (int node = 1; node <= 2; node++) {
            report.append("; node ").append(node).append(": ").append(checkNode(node, changedAt));
        }
        record(report.toString());
        cluster.admin(0, change.undo.formatted(target), null);
        List<String> issuedMeanwhile = attempts.stream().filter(a -> a.startedNanos() > changedAt - 1_000_000_000L
                && a.status() == 200).map(Attempt::token).toList();
        for (int node = 0; node < cluster.size(); node++) {
            assertThat(cluster.check(node, before)).as("token from before the change, on node %d", node).isEqualTo(401);
            for (String token : issuedMeanwhile) {
                assertThat(cluster.check(node, token)).as("%s: a token issued around the change, on node %d",
                        change, node).isEqualTo(401);
            }
        }
    }

    // When the node enforced the change (its last token and first refusal, in ms after the change
    // was acknowledged on node 0); asserts it issued none after its first refusal.
    private String checkNode(int node, long changedAt) {
        List<Attempt> mine = attempts.stream().filter(a -> a.node() == node).toList();
        assertThat(mine).as("%s node %d: no 5xx", change, node).noneMatch(a -> a.status() >= 500);
        Optional<Attempt> firstRefusal = mine.stream().filter(a -> a.status() != 200).findFirst();
        assertThat(firstRefusal).as("%s node %d refused", change, node).isPresent();
        long refusedFrom = firstRefusal.get().startedNanos();
        assertThat(mine).as("%s node %d: a token after its first refusal", change, node)
                .noneMatch(a -> a.startedNanos() > refusedFrom && a.status() == 200);
        assertThat(mine).as("%s node %d: a token long after the change", change, node)
                .noneMatch(a -> a.startedNanos() > changedAt + ENFORCED_WITHIN_NANOS && a.status() == 200);
        String lastToken = mine.stream().filter(a -> a.status() == 200 && a.startedNanos() > changedAt)
                .reduce((a, b) -> b).map(a -> "a token for a request sent " + millis(a.startedNanos() - changedAt)
                        + " ms after the change").orElse("no token for a request sent after the change");
        return lastToken + ", refusals from " + millis(refusedFrom - changedAt) + " ms";
    }

    private static String millis(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
    }

    private void awaitRefusals(long changedAt) throws InterruptedException {
        while (System.nanoTime() - changedAt < ENFORCED_WITHIN_NANOS + REFUSING_FOR_NANOS) {
            long now = System.nanoTime();
            boolean settled = true;
            for (int node = 1; node <= 2; node++) {
                final int n = node;
                Optional<Attempt> refusal = attempts.stream().filter(a -> a.node() == n && a.status() != 200).findFirst();
                settled &= refusal.isPresent() && now - refusal.get().startedNanos() > REFUSING_FOR_NANOS;
            }
            if (settled) {
                return;
            }
            Thread.sleep(20);
        }
    }

    private Thread load(int node) {
        Thread t = new Thread(() -> {
            while (!stop) {
                long started = System.nanoTime();
                HttpResponse<String> response = cluster.token(node, assertion(app, user));
                String token = response.statusCode() == 200 ? Cluster.json(response).get("access_token").asText() : null;
                attempts.add(new Attempt(node, started, response.statusCode(), token));
            }
        }, "load-node-" + node);
        t.start();
        return t;
    }

    private static void record(String line) {
        System.out.println("propagation: " + line);
        try {
            Files.writeString(Path.of("target", "cluster-propagation.txt"), line + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
