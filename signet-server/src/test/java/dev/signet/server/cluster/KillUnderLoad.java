package dev.signet.server.cluster;

import static dev.signet.server.cluster.Cluster.assertion;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Token requests on every node while the last node is killed with SIGKILL: every token any node
 * acknowledged stays valid on the others and its assertion stays used up, the other nodes answer
 * every request, and the killed node restarts on the shared database.
 */
final class KillUnderLoad {
    private record Ack(int node, long atNanos, String assertion, String token) {}

    private final Cluster cluster;
    private final String app;
    private final String user;
    private final int victim;
    private final List<Ack> acks = new CopyOnWriteArrayList<>();
    private final List<String> faults = new CopyOnWriteArrayList<>();
    private volatile boolean stop;
    private volatile boolean killed;

    KillUnderLoad(Cluster cluster, String app, String user) {
        this.cluster = cluster;
        this.app = app;
        this.user = user;
        this.victim = cluster.size() - 1;
    }

    void run() throws InterruptedException {
        List<Thread> clients = new ArrayList<>();
        for (int node = 0; node < cluster.size(); node++) {
            clients.add(client(node));
            clients.add(client(node));
        }
        Thread.sleep(1_500);
        killed = true;
        long killedAt = System.nanoTime();
        cluster.node(victim).kill();
        Thread.sleep(1_500);
        stop = true;
        for (Thread t : clients) {
            t.join();
        }
        assertThat(faults).isEmpty();
        assertThat(acks).as("tokens from the victim before the kill").anyMatch(a -> a.node() == victim);
        for (int node = 0; node < victim; node++) {
            final int n = node;
            assertThat(acks).as("node %d served after the kill", node).anyMatch(a -> a.node() == n && a.atNanos() > killedAt);
        }
        for (Ack ack : acks) {
            assertThat(cluster.check(0, ack.token())).as("token acknowledged by node %d", ack.node()).isEqualTo(200);
            assertThat(cluster.token(1, ack.assertion()).statusCode()).as("replay of an acknowledged assertion")
                    .isEqualTo(400);
        }
        cluster.restart(victim);
        Ack before = acks.stream().filter(a -> a.node() == victim).findFirst().orElseThrow();
        assertThat(cluster.check(victim, before.token())).isEqualTo(200);
        ClusterTest.accessToken(cluster.token(victim, assertion(app, user)));
    }

    private Thread client(int node) {
        Thread t = new Thread(() -> {
            while (!stop) {
                String signed = assertion(app, user);
                try {
                    HttpResponse<String> response = cluster.token(node, signed);
                    if (response.statusCode() == 200) {
                        acks.add(new Ack(node, System.nanoTime(), signed,
                                Cluster.json(response).get("access_token").asText()));
                    } else {
                        faults.add("node " + node + ": " + response.statusCode() + " " + response.body());
                    }
                } catch (UncheckedIOException e) {
                    if (node == victim && killed) {
                        return; // the killed node's connections fail: expected
                    }
                    faults.add("node " + node + ": " + e.getCause());
                }
            }
        }, "client-node-" + node);
        t.start();
        return t;
    }
}
